package dev.kgx.lang;

import dev.kgx.Resources;
import dev.kgx.model.FactType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that state relations and events in one language ({@code lang/<language>/triggers.tsv}): each line
 * gives the word forms (separated by {@code |}; words of a phrase by spaces), the relation or event, the kind and
 * optional flags. Names are checked when the file loads: an unknown relation or kind fails loudly.
 */
public final class TriggerLexicon {
    private final Map<String, List<Trigger>> byPhrase = new LinkedHashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private final boolean caseSensitive;

    TriggerLexicon(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    /**
     * Reads a trigger file. Columns (tab-separated): forms, relation or event terms (comma-separated: 创始人
     * states founded and worksFor), kind, confidence, and optionally flags (comma-separated): {@code inverse},
     * {@code named-owner}.
     */
    static TriggerLexicon load(String resource, boolean caseSensitive) {
        TriggerLexicon lexicon = new TriggerLexicon(caseSensitive);
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length < 4) {
                throw new IllegalStateException(resource + ": a trigger needs forms, fact, kind and confidence: "
                        + line);
            }
            try {
                List<FactType> types = new ArrayList<>();
                for (String term : f[1].split(",")) {
                    types.add(FactType.fromTerm(term.strip()));
                }
                TriggerKind kind = TriggerKind.fromName(f[2].strip());
                double confidence = Double.parseDouble(f[3].strip());
                Set<String> flags = f.length > 4 && !f[4].isBlank() ? Set.of(f[4].strip().split(",")) : Set.of();
                for (String flag : flags) {
                    if (!flag.equals("inverse") && !flag.equals("named-owner")) {
                        throw new IllegalArgumentException("unknown flag " + flag + " (inverse, named-owner)");
                    }
                }
                boolean inverse = flags.contains("inverse");
                boolean namedOwner = flags.contains("named-owner");
                for (String form : f[0].split("\\|")) {
                    List<String> words = List.of(form.strip().split(" +"));
                    for (FactType type : types) {
                        lexicon.add(new Trigger(words, type, kind, inverse, namedOwner, confidence));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return lexicon;
    }

    void add(Trigger t) {
        byPhrase.computeIfAbsent(fold(t.phrase()), k -> new ArrayList<>()).add(t);
        firstWords.add(fold(t.words().get(0)));
    }

    /** The triggers written as this phrase (words separated by single spaces). */
    public List<Trigger> find(String phrase) {
        return byPhrase.getOrDefault(fold(phrase), List.of());
    }

    public Collection<Trigger> all() {
        return byPhrase.values().stream().flatMap(List::stream).toList();
    }

    /** Whether a word is some trigger's first word: a cheap test before any pattern runs. */
    public boolean startsTrigger(String word) {
        return firstWords.contains(fold(word));
    }

    public boolean caseSensitive() {
        return caseSensitive;
    }

    private String fold(String s) {
        return caseSensitive ? s : s.toLowerCase(Locale.ROOT);
    }
}
