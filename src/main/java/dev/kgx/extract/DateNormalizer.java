package dev.kgx.extract;

import dev.kgx.model.TemporalValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence and normalizes them to the precision the text gives: {@code 2024年5月} and
 * {@code March 2023} to a year and month, {@code em 2020} to a year. Relative forms (今年6月, 去年) are resolved
 * against the document's publication date when one is known, and ignored otherwise.
 */
public final class DateNormalizer {
    /** A date found in text. */
    public record Found(int begin, int end, TemporalValue value) {
    }

    private static final Pattern ZH_DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?");
    private static final Pattern ZH_RELATIVE = Pattern.compile(
            "(今年|去年|明年|前年)\\s*(?:(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("janeiro", 1), Map.entry("fevereiro", 2), Map.entry("março", 3),
            Map.entry("abril", 4), Map.entry("maio", 5), Map.entry("junho", 6), Map.entry("julho", 7),
            Map.entry("agosto", 8), Map.entry("setembro", 9), Map.entry("outubro", 10), Map.entry("novembro", 11),
            Map.entry("dezembro", 12));
    private static final Pattern LATIN_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(" + String.join("|", MONTHS.keySet()) + ")(?:\\s+(?:de\\s+)?(\\d{1,2}),?)?\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern LATIN_YEAR = Pattern.compile("(?i)\\b(?:in|em|since|desde|de)\\s+(\\d{4})\\b");

    /** Dates in the text, in order of position; relative ones only when {@code published} is known. */
    public List<Found> find(String text, TemporalValue published) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), day(m.group(1), m.group(2), m.group(3)));
        }
        m = ZH_DATE.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), ymd(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
        m = LATIN_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            add(out, m.start(), m.end(), ymd(Integer.parseInt(m.group(3)), String.valueOf(month), m.group(2)));
        }
        m = LATIN_YEAR.matcher(text);
        while (m.find()) {
            add(out, m.start(1), m.end(), TemporalValue.year(Integer.parseInt(m.group(1))));
        }
        if (published != null) {
            int year = Integer.parseInt(published.lexical().substring(0, 4));
            m = ZH_RELATIVE.matcher(text);
            while (m.find()) {
                int offset = switch (m.group(1)) {
                    case "去年" -> -1;
                    case "明年" -> 1;
                    case "前年" -> -2;
                    default -> 0;
                };
                add(out, m.start(), m.end(), ymd(year + offset, m.group(2), m.group(3)));
            }
            m = ZH_MONTH_DAY.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), ymd(year, m.group(1), m.group(2)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /**
     * The publication date a document states near its top (a header line such as "发布时间:2025-07-20" or a
     * full date in the first lines), or null.
     */
    public TemporalValue publicationDate(String text) {
        String head = text.lines().limit(6).reduce("", (a, b) -> a + "\n" + b);
        for (Found f : find(head, null)) {
            if (f.value().precision() == TemporalValue.Precision.DAY) {
                return f.value();
            }
        }
        return null;
    }

    private static void add(List<Found> out, int begin, int end, TemporalValue v) {
        if (v == null) {
            return;
        }
        for (Found f : out) {
            if (begin < f.end() && f.begin() < end) {
                return; // a longer, earlier-found reading already covers it
            }
        }
        out.add(new Found(begin, end, v));
    }

    private static TemporalValue day(String y, String m, String d) {
        return ymd(Integer.parseInt(y), m, d);
    }

    private static TemporalValue ymd(int year, String month, String day) {
        if (year < 1800 || year > 2200) {
            return null;
        }
        if (month == null) {
            return TemporalValue.year(year);
        }
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) {
            return TemporalValue.year(year); // the year still stands
        }
        if (day == null) {
            return TemporalValue.month(year, mo);
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return TemporalValue.month(year, mo);
        }
        return TemporalValue.day(year, mo, d);
    }
}
