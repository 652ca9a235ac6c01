package dev.kgx.ingest;

import dev.kgx.model.TemporalValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown file (Jekyll, Hugo, Hexo, Astro…): a block between a first line {@code ---}
 * and the next line {@code ---} (or {@code ...}). It is metadata, not article text: the body starts after it. Of
 * its keys only the publication date is read, from the first of {@value #KEYS_IN_ORDER} that is present:
 * {@code date: 2021-06-03}, {@code date: 2021-06-03T07:57:45Z}, {@code date: "2021-06-03 07:57:45"} (the date as
 * written; a time and zone after it are ignored). Only top-level {@code key: value} lines are read, which is all
 * a date needs; nested YAML is skipped.
 */
public final class FrontMatter {
    /** The keys that give a publication date, most specific first (Hugo's date can be a draft's creation date). */
    static final String KEYS_IN_ORDER = "published, publishDate, pubDate, date";
    private static final List<String> KEYS = List.of("published", "publishdate", "pubdate", "date");

    /** A date, optionally followed by a time and zone: 2021-06-03, 2021-06-03T07:57:45Z, 2021-06-03 07:57 +0800. */
    private static final Pattern DATE_VALUE = Pattern.compile(
            "(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:\\s*(.*)");

    /**
     * What the front matter of a text gave.
     *
     * @param bodyStart where the article's text begins (0 when there is no front matter)
     * @param published the publication date, or null
     * @param warnings  what could not be read, for the user
     */
    public record Read(int bodyStart, TemporalValue published, List<String> warnings) {
        public Read {
            warnings = List.copyOf(warnings);
        }

        static Read none() {
            return new Read(0, null, List.of());
        }
    }

    private FrontMatter() {
    }

    /** Reads the front matter at the top of a Markdown file's text, if it has one. */
    public static Read read(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int firstEnd = lineEnd(text, start);
        if (!text.substring(start, firstEnd).strip().equals("---")) {
            return Read.none();
        }
        Map<String, String> values = new LinkedHashMap<>();
        int lineStart = next(text, firstEnd);
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            String line = text.substring(lineStart, end);
            String closing = line.strip();
            if (closing.equals("---") || closing.equals("...")) {
                return withDate(next(text, end), values);
            }
            Matcher kv = KEY_VALUE.matcher(line);
            if (kv.matches()) { // top level only: an indented line belongs to a nested value
                values.putIfAbsent(kv.group(1).toLowerCase(Locale.ROOT), kv.group(2));
            }
            lineStart = next(text, end);
        }
        return new Read(0, null, List.of("the file starts with a '---' line but no closing '---' follows; "
                + "it was read as text, not as front matter"));
    }

    /** The front matter's publication date: the first key of {@link #KEYS} whose value is one. */
    private static Read withDate(int bodyStart, Map<String, String> values) {
        List<String> warnings = new ArrayList<>();
        for (String key : KEYS) {
            String raw = values.get(key);
            if (raw == null) {
                continue;
            }
            String value = unquote(stripComment(raw));
            if (value.isEmpty() || key.equals("published") && (value.equals("true") || value.equals("false"))) {
                continue; // Jekyll's "published: false" says whether to publish, not when
            }
            Optional<TemporalValue> date = parseDate(value);
            if (date.isPresent()) {
                return new Read(bodyStart, date.get(), warnings);
            }
            warnings.add("front matter '" + key + ": " + value + "' is not a date (YYYY-MM-DD, optionally with a "
                    + "time); the document has no publication date from it");
        }
        return new Read(bodyStart, null, warnings);
    }

    /** A front-matter date value: its date part as written, or empty when it names no calendar date. */
    static Optional<TemporalValue> parseDate(String value) {
        Matcher m = DATE_VALUE.matcher(value.strip());
        return m.matches() ? TemporalValue.tryParse(m.group(1)) : Optional.empty();
    }

    private static String stripComment(String value) {
        int hash = value.indexOf(" #");
        return (hash >= 0 ? value.substring(0, hash) : value).strip();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /** The end of the line starting at {@code from}, before its line break. */
    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the next line after a line ending at {@code end} (CRLF, LF or CR). */
    private static int next(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return end;
    }
}
