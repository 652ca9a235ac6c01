package dev.kgx.lang;

import dev.kgx.Resources;
import dev.kgx.model.WorkField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A language's words for what people do ({@code occupations.tsv}): occupations with their fields of work, and the
 * words around a name that attach one to it (articles, copulas) or show that a clause is about something else.
 * Latin-script words are compared in lower case.
 */
public final class Occupations {
    /**
     * An occupation as the language writes it, with its fields of work.
     *
     * @param words  as the data file writes it ("CEO")
     * @param folded as it is matched ({@link #fold})
     */
    public record Occupation(String words, String folded, Set<WorkField> fields) {
        public Occupation {
            fields = Set.copyOf(fields);
        }
    }

    private final boolean caseSensitive;
    private final List<Occupation> occupations;
    private final Set<String> articles;
    private final Set<String> copulas;
    private final Set<String> stops;
    private final Set<String> past;

    private Occupations(boolean caseSensitive, List<Occupation> occupations, Set<String> articles,
                        Set<String> copulas, Set<String> stops, Set<String> past) {
        this.caseSensitive = caseSensitive;
        this.occupations = occupations;
        this.articles = articles;
        this.copulas = copulas;
        this.stops = stops;
        this.past = past;
    }

    static Occupations load(String resource, boolean caseSensitive) {
        List<Occupation> occupations = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        Set<String> copulas = new LinkedHashSet<>();
        Set<String> stops = new LinkedHashSet<>();
        Set<String> past = new LinkedHashSet<>();
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            try {
                if (f.length < 2 || f[1].isBlank()) {
                    throw new IllegalArgumentException("a line needs a kind and words");
                }
                String words = f[1].strip();
                String folded = caseSensitive ? words : words.toLowerCase(Locale.ROOT);
                switch (f[0]) {
                    case "occupation" -> {
                        if (f.length < 3 || f[2].isBlank()) {
                            throw new IllegalArgumentException("an occupation needs its fields of work");
                        }
                        Set<WorkField> fields = EnumSet.noneOf(WorkField.class);
                        for (String name : f[2].strip().split(" +")) {
                            fields.add(WorkField.fromName(name));
                        }
                        occupations.add(new Occupation(words, folded, fields));
                    }
                    case "article" -> articles.add(folded);
                    case "copula" -> copulas.add(folded);
                    case "stop" -> stops.add(folded);
                    case "past" -> past.add(folded);
                    default -> throw new IllegalArgumentException("unknown kind " + f[0]
                            + " (occupation, article, copula, stop, past)");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage() + ": " + line, e);
            }
        }
        // the longest first, so that "chief executive officer" wins over "chief executive"
        occupations.sort(Comparator.comparingInt((Occupation o) -> o.folded().length()).reversed());
        return new Occupations(caseSensitive, List.copyOf(occupations), Set.copyOf(articles), Set.copyOf(copulas),
                Set.copyOf(stops), Set.copyOf(past));
    }

    /** Text as the lists hold it (lower case for Latin-script languages). */
    public String fold(String text) {
        return caseSensitive ? text : text.toLowerCase(Locale.ROOT);
    }

    /** The occupations, longest first. */
    public List<Occupation> occupations() {
        return occupations;
    }

    /** Words that may stand before a description ("a", 一名). */
    public Set<String> articles() {
        return articles;
    }

    /** Verbs that attach a description after a name ("is", 是). */
    public Set<String> copulas() {
        return copulas;
    }

    /** Words that may not stand between the opener and an occupation ("who", 的). */
    public Set<String> stops() {
        return stops;
    }

    /** Words right before an occupation that make it a past one ("former", 前). */
    public Set<String> past() {
        return past;
    }
}
