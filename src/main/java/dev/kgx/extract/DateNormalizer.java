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
 * against the document's publication date when one is known ("三周前", "上个月", "há três semanas", "two weeks
 * ago", "on Monday", "last Tuesday", "nesta quarta-feira", "周三"), and ignored otherwise.
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
    /** "三周前", "两个月前", "5天前", "三年前", and 上个月/上周/昨天/去年底 forms. */
    private static final Pattern ZH_AGO = Pattern.compile("([0-9]+|[一两二三四五六七八九十半]+)\\s*(天|日|周|星期|个月|月|年)(?:以|之)?前");
    private static final Pattern ZH_LAST = Pattern.compile("(昨天|昨日|前天|今天|今日|上周|上星期|上个月|上月|本月|这个月)");
    private static final Pattern LATIN_AGO = Pattern.compile(
            "(?i)\\b(?:(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(days?|weeks?|months?|years?)\\s+ago"
                    + "|há\\s+(\\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez)\\s+(dias?|semanas?|meses|mês|anos?))\\b");
    private static final Pattern LATIN_LAST = Pattern.compile(
            "(?i)\\b(yesterday|last week|last month|last year|this month|ontem|semana passada|mês passado|ano passado)\\b");
    /** A weekday, resolved to that day of the week of the publication (or the one before it). */
    private static final Pattern LATIN_WEEKDAY = Pattern.compile(
            "(?i)\\b(?:(last|this past|on|nesta|neste|na|no|nessa|última|último|passada|passado)\\s+)?"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|segunda|terça|quarta|quinta|sexta"
                    + "|sábado|domingo)(?:-feira)?\\b");
    private static final Pattern ZH_WEEKDAY = Pattern.compile("(上)?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", 1), Map.entry("tuesday", 2), Map.entry("wednesday", 3), Map.entry("thursday", 4),
            Map.entry("friday", 5), Map.entry("saturday", 6), Map.entry("sunday", 7), Map.entry("segunda", 1),
            Map.entry("terça", 2), Map.entry("quarta", 3), Map.entry("quinta", 4), Map.entry("sexta", 5),
            Map.entry("sábado", 6), Map.entry("domingo", 7), Map.entry("一", 1), Map.entry("二", 2),
            Map.entry("三", 3), Map.entry("四", 4), Map.entry("五", 5), Map.entry("六", 6), Map.entry("日", 7),
            Map.entry("天", 7));
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("um", 1), Map.entry("uma", 1),
            Map.entry("dois", 2), Map.entry("duas", 2), Map.entry("três", 3), Map.entry("quatro", 4),
            Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("sete", 7), Map.entry("oito", 8),
            Map.entry("nove", 9), Map.entry("dez", 10));
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
    private static final Pattern LATIN_DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})\\s+(?:de\\s+)?(" + String.join("|", MONTHS.keySet()) + ")\\s+(?:de\\s+)?(\\d{4})\\b");
    /** A month named without its year after a preposition: "stepped down in December", "em dezembro". */
    private static final Pattern LATIN_MONTH_ONLY = Pattern.compile(
            "\\b(?i:in|em|since|desde|until|até|by|early|late|last|this|de|neste|nesse|em meados de)\\s+("
                    + String.join("|", MONTHS.keySet().stream().map(m -> "(?i:" + m.substring(0, 1) + ")"
                    + m.substring(1)).toList()) + ")\\b(?!\\s+(?:de\\s+)?\\d)");
    /** A month without year or day in Chinese: 9月, 12 月 (not 2024年9月, not 3月16日). */
    private static final Pattern ZH_MONTH_ONLY = Pattern.compile("(?<![\\d])(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])(?!份?\\d)");
    private static final Pattern LATIN_YEAR = Pattern.compile("(?i)\\b(?:in|em|since|desde|de)\\s+(\\d{4})\\b");

    /** A date that states month and day but no year ("3 月 16 日"). */
    public record Yearless(int begin, int end, int month, int day) {
    }

    /**
     * Dates in the text, in order of position. Relative ones need the document's {@code published} date: forms
     * that count from a day (三周前, last week) need it to the day; forms that name the year (今年6月, 去年, and
     * year-less 3 月 16 日) need only its year.
     */
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
        m = LATIN_DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            add(out, m.start(), m.end(), ymd(Integer.parseInt(m.group(3)), String.valueOf(month), m.group(1)));
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
            m = ZH_MONTH_ONLY.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), monthOnly(published, Integer.parseInt(m.group(1))));
            }
            m = LATIN_MONTH_ONLY.matcher(text);
            while (m.find()) {
                add(out, m.start(1), m.end(1), monthOnly(published, MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))));
            }
        }
        if (published != null && published.precision() == TemporalValue.Precision.DAY) {
            java.time.LocalDate day = java.time.LocalDate.parse(published.lexical());
            // weekdays first: 上周三 is a day, not 上周 followed by 三
            m = LATIN_WEEKDAY.matcher(text);
            while (m.find()) {
                String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                boolean before = mod.equals("last") || mod.startsWith("últim") || mod.startsWith("passad");
                add(out, m.start(), m.end(), weekday(day, WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT)), before));
            }
            m = ZH_WEEKDAY.matcher(text);
            while (m.find()) {
                TemporalValue v = weekday(day, WEEKDAYS.get(m.group(2)), false);
                if (m.group(1) != null) { // 上周三: the Wednesday of the week before the publication's
                    java.time.LocalDate d = java.time.LocalDate.parse(v.lexical());
                    java.time.LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
                    while (!d.isBefore(monday)) {
                        d = d.minusWeeks(1);
                    }
                    v = TemporalValue.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                }
                add(out, m.start(), m.end(), v);
            }
            m = ZH_AGO.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), ago(day, chineseNumber(m.group(1)), m.group(2)));
            }
            m = ZH_LAST.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), last(day, m.group(1)));
            }
            m = LATIN_AGO.matcher(text);
            while (m.find()) {
                String n = m.group(1) != null ? m.group(1) : m.group(3);
                String unit = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
                int count = n.matches("\\d+") ? Integer.parseInt(n) : NUMBER_WORDS.get(n.toLowerCase(Locale.ROOT));
                add(out, m.start(), m.end(), ago(day, count, unit));
            }
            m = LATIN_LAST.matcher(text);
            while (m.find()) {
                add(out, m.start(), m.end(), last(day, m.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** The dates of a text that give month and day but no year. */
    public List<Yearless> yearless(String text) {
        List<Yearless> out = new ArrayList<>();
        Matcher m = ZH_MONTH_DAY.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                out.add(new Yearless(m.start(), m.end(), month, day));
            }
        }
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

    /**
     * A date so many units before the publication day, as precise as the unit allows: days give a day, weeks and
     * months a month, years a year.
     */
    static TemporalValue ago(java.time.LocalDate published, int count, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("天") || u.startsWith("日") || u.startsWith("day") || u.startsWith("dia")) {
            java.time.LocalDate d = published.minusDays(count);
            return TemporalValue.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        if (u.startsWith("周") || u.startsWith("星期") || u.startsWith("week") || u.startsWith("semana")) {
            java.time.LocalDate d = published.minusWeeks(count);
            return TemporalValue.month(d.getYear(), d.getMonthValue());
        }
        if (u.contains("月") || u.startsWith("month") || u.startsWith("mes") || u.startsWith("mês")) {
            java.time.LocalDate d = published.minusMonths(count);
            return TemporalValue.month(d.getYear(), d.getMonthValue());
        }
        return TemporalValue.year(published.getYear() - count);
    }

    /**
     * A month named without its year is the latest such month up to the publication (news reports what has
     * happened): December in a March article is last year's; with only the year known, that year's.
     */
    static TemporalValue monthOnly(TemporalValue published, int month) {
        if (month < 1 || month > 12) {
            return null;
        }
        int year = published.yearValue();
        if (published.precision() != TemporalValue.Precision.YEAR && month > published.monthValue()) {
            year--;
        }
        return TemporalValue.month(year, month);
    }

    /**
     * A weekday named in news refers to the latest such day up to the publication ("on Monday" in a Monday's
     * article is that day); with "last" it is the one before the publication day.
     */
    static TemporalValue weekday(java.time.LocalDate published, int dayOfWeek, boolean strictlyBefore) {
        java.time.LocalDate d = published;
        if (strictlyBefore) {
            d = d.minusDays(1);
        }
        while (d.getDayOfWeek().getValue() != dayOfWeek) {
            d = d.minusDays(1);
        }
        return TemporalValue.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static TemporalValue last(java.time.LocalDate published, String word) {
        return switch (word) {
            case "昨天", "昨日", "yesterday", "ontem" -> ago(published, 1, "day");
            case "前天" -> ago(published, 2, "day");
            case "今天", "今日" -> ago(published, 0, "day");
            case "上周", "上星期", "last week", "semana passada" -> ago(published, 1, "week");
            case "上个月", "上月", "last month", "mês passado" -> ago(published, 1, "month");
            case "last year", "ano passado" -> ago(published, 1, "year");
            default -> ago(published, 0, "month"); // 本月, 这个月, this month
        };
    }

    /** 三 → 3, 十二 → 12, 两 → 2, 半 → 0 (half a unit counts as none), digits as written. */
    static int chineseNumber(String s) {
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '两') {
                current = 2;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (digits.indexOf(c) >= 0) {
                current = digits.indexOf(c);
            }
        }
        return value + current;
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
