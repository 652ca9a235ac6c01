package dev.kgx.extract;

import dev.kgx.Resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates are written with ({@code lexicon/date-words.tsv}): month and weekday names, count words, units,
 * relative phrases, per language. Loaded once; {@link DateNormalizer} builds its patterns from them.
 */
final class DateWords {
    static final String RESOURCE = "dev/kgx/lexicon/date-words.tsv";

    /** The kinds of word the file may list; an unknown kind fails the load. */
    enum Kind {
        MONTH, WEEKDAY, WEEKDAY_SHORT, NUMBER, UNIT, RELATIVE, SAME_YEAR, SAME_MONTH, YEAR_PREFIX, YEAR_PART, MONTH_PREFIX_BEFORE,
        MONTH_SUFFIX_BEFORE, MONTH_PREPOSITION, YEAR_PREPOSITION, WEEKDAY_BEFORE, WEEKDAY_AFTER_BEFORE,
        WEEKDAY_MODIFIER, AGO_AFTER, AGO_BEFORE, LATER;

        static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** What a count or a relative phrase counts in. */
    enum Unit { DAYS, WEEKS, MONTHS, YEARS }

    /** One word of the file. */
    record Word(Kind kind, String language, String value, String word) {
    }

    private final Map<Kind, List<Word>> byKind = new HashMap<>();
    private final Map<String, Word> byKindAndWord = new HashMap<>();

    private static final DateWords STANDARD = parse(Resources.lines(RESOURCE));

    static DateWords standard() {
        return STANDARD;
    }

    /** Reads the lines of a date-word file; a malformed line or unknown kind fails with the line. */
    static DateWords parse(List<String> lines) {
        DateWords w = new DateWords();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(RESOURCE + ": expected kind, lang, value, words: " + line);
            }
            Kind kind;
            try {
                kind = Kind.of(f[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": unknown kind '" + f[0] + "': " + line, e);
            }
            for (String word : f[3].split(",")) {
                Word entry = new Word(kind, f[1], f[2], word.strip());
                w.byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
                w.byKindAndWord.put(kind + "|" + key(entry.word()), entry);
            }
        }
        return w;
    }

    List<Word> words(Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The entry for a word as found in text (any case), or null. */
    Word find(Kind kind, String text) {
        return byKindAndWord.get(kind + "|" + key(text));
    }

    /** The entry's value as a number. */
    int number(Kind kind, String text) {
        return Integer.parseInt(find(kind, text).value());
    }

    /**
     * A regex alternation of the words of some kinds, longest first so that "segunda-feira" wins over "segunda";
     * each word quoted. {@code titleCase} languages match only as written in a sentence ("July", not "july"),
     * the others in any case.
     */
    String alternation(Set<String> titleCase, Kind... kinds) {
        return alternation(titleCase, w -> true, kinds);
    }

    /** The same for the words of some languages only. */
    String alternation(Set<String> titleCase, Predicate<Word> which, Kind... kinds) {
        List<Word> all = new ArrayList<>();
        for (Kind k : kinds) {
            words(k).stream().filter(which).forEach(all::add);
        }
        return all.stream().sorted(Comparator.comparingInt((Word w) -> -w.word().length()))
                .map(w -> titleCase.contains(w.language())
                        ? Pattern.quote(w.word().substring(0, 1).toUpperCase(Locale.ROOT) + w.word().substring(1))
                        : "(?i:" + Pattern.quote(w.word()) + ")")
                .distinct().collect(Collectors.joining("|"));
    }

    /** The same in any case. */
    String alternation(Kind... kinds) {
        return alternation(Set.of(), kinds);
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
