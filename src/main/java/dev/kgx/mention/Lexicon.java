package dev.kgx.mention;

import dev.kgx.Resources;
import dev.kgx.model.EntityType;
import dev.kgx.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexicon of well-known entities ({@code lexicon/entities.tsv}): names in several languages for each entry,
 * found in text by exact or folded matching.
 */
public final class Lexicon {
    public static final String RESOURCE = "dev/kgx/lexicon/entities.tsv";

    /** How an entry's names may match. */
    public enum Match { EXACT, FOLD, CUE }

    public record Entry(String id, EntityType type, List<String> names, Match match, String source) {
        public String label() {
            return names.get(0);
        }
    }

    /** An occurrence of a lexicon name in text. */
    public record Hit(Span span, Entry entry, boolean needsContext) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final List<Finder> finders = new ArrayList<>();

    private record Finder(Entry entry, String han, Pattern latin, boolean needsContext, String key) {
    }

    public Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            byId.put(e.id(), e);
            for (String name : e.names()) {
                byKey.putIfAbsent(NameKeys.key(name), e);
                boolean han = NameKeys.hasHan(name);
                if (han) {
                    // of a word-like name (小米), a longer form that contains it (小米集团, 小米公司) is unambiguous
                    boolean extendsShorter = e.names().stream().anyMatch(o -> !o.equals(name) && name.contains(o));
                    finders.add(new Finder(e, name, null, e.match() == Match.CUE && !extendsShorter, null));
                } else {
                    finders.add(new Finder(e, null, latinPattern(name, e.match() == Match.FOLD), false,
                            NameKeys.key(name)));
                }
            }
        }
    }

    /** The lexicon of the build, read once per process: it never changes, and several stages need it. */
    private static volatile Lexicon standard;

    public static Lexicon load() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (standard == null) {
                    standard = read();
                }
                l = standard;
            }
        }
        return l;
    }

    private static Lexicon read() {
        List<Entry> entries = new ArrayList<>();
        for (String line : Resources.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                throw new IllegalStateException("lexicon line needs 5 tab-separated columns: " + line);
            }
            entries.add(new Entry(f[0], EntityType.fromName(f[1]), List.of(f[2].split("\\|")),
                    Match.valueOf(f[3].toUpperCase(Locale.ROOT)), f[4]));
        }
        return new Lexicon(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry with this id, or null. */
    public Entry byId(String id) {
        return byId.get(id);
    }

    /** The entry one of whose names has this key, or null. */
    public Entry byKey(String key) {
        return byKey.get(key);
    }

    /** Every occurrence of a lexicon name in the text; overlapping hits are all reported. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        // a cheap test before each Latin pattern: the name's letters, run together, must be in the folded text
        String folded = NameKeys.key(text);
        for (Finder f : finders) {
            if (f.latin() != null && !folded.contains(f.key())) {
                continue;
            }
            if (f.han() != null) {
                for (int i = text.indexOf(f.han()); i >= 0; i = text.indexOf(f.han(), i + 1)) {
                    hits.add(new Hit(new Span(i, i + f.han().length()), f.entry(), f.needsContext()));
                }
            } else {
                Matcher m = f.latin().matcher(text);
                while (m.find()) {
                    hits.add(new Hit(new Span(m.start(), m.end()), f.entry(), false));
                }
            }
        }
        return hits;
    }

    /** Capitalized Latin words long enough to be checked for misspelled lexicon names. */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{IsLatin}\\p{N}])\\p{Lu}[\\p{IsLatin}]{5,}(?![\\p{IsLatin}\\p{N}])");

    /**
     * Misspelled lexicon names, as machine translation and hurried writing produce them ("Anthrope", "Nvidea"):
     * a capitalized Latin word that no exact name matched, whose first three letters agree with a lexicon name of
     * at least six letters and which is within one edit of it (two for names of eight letters or more).
     */
    public List<Hit> findMisspelled(String text, java.util.function.Predicate<Span> alreadyFound) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (alreadyFound.test(span)) {
                continue;
            }
            String word = NameKeys.key(m.group());
            Entry best = null;
            for (var e : byKey.entrySet()) {
                String name = e.getKey();
                if (name.length() < 6 || NameKeys.hasHan(name) || !name.regionMatches(0, word, 0, 3)
                        || Math.abs(name.length() - word.length()) > 2 || name.equals(word)) {
                    continue;
                }
                int allowed = name.length() >= 8 ? 2 : 1;
                if (NameKeys.editDistance(word, name, allowed) <= allowed) {
                    if (best != null && best != e.getValue()) {
                        best = null; // close to two different entries: no guess
                        break;
                    }
                    best = e.getValue();
                }
            }
            if (best != null && best.match() != Match.CUE) {
                hits.add(new Hit(span, best, false));
            }
        }
        return hits;
    }

    /**
     * A Latin name as a pattern bounded by anything but Latin letters and digits (Chinese characters may touch it). Folded names also match in any letter case and with
     * spaces or hyphens between their parts or left out ("Deep Mind", "deepmind").
     */
    private static Pattern latinPattern(String name, boolean fold) {
        StringBuilder re = new StringBuilder("(?<![\\p{IsLatin}\\p{N}])");
        if (fold) {
            String compact = NameKeys.key(name);
            for (int i = 0; i < compact.length(); i++) {
                if (i > 0) {
                    re.append("[\\s\\-.]?");
                }
                re.append(Pattern.quote(String.valueOf(compact.charAt(i))));
            }
        } else {
            re.append(Pattern.quote(name));
        }
        re.append("(?![\\p{IsLatin}\\p{N}])");
        return Pattern.compile(re.toString(), fold ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }
}
