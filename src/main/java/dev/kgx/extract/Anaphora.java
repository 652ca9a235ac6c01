package dev.kgx.extract;

import dev.kgx.lang.Anaphor;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;
import dev.kgx.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pronouns and descriptions that stand for an entity named earlier (the document's language's
 * {@code lang/<language>/anaphors.tsv}). An anaphor is resolved only when it is unambiguous: going back sentence
 * by sentence within its reach, the first sentence that names entities of its kind names exactly one. A
 * first-person pronoun stands for the article's author when the byline (introduced by the language's byline
 * words) names a person of the document.
 */
public final class Anaphora {
    /** A byline among the first lines, after one of its language's byline words: 作者:X, 文|X, By X. */
    private static final String BYLINE = "(?m)^\\s*(?:%s)\\s*[::|]?\\s*([^\\n,,;;]{2,40}?)\\s*$";

    private static final Map<LanguageProfile, Pattern> BYLINES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The byline of a language's articles, or null when it has no byline words. */
    static Pattern byline(LanguageProfile profile) {
        if (profile.bylineWords().isEmpty()) {
            return null;
        }
        return BYLINES.computeIfAbsent(profile, p -> Pattern.compile(String.format(BYLINE, p.bylineWords().stream()
                .map(Pattern::quote).collect(Collectors.joining("|")))));
    }

    /**
     * The sentence's mentions plus, for every anaphor that starts and ends on token boundaries and has an
     * unambiguous antecedent, a mention standing for that antecedent.
     *
     * @param bySentence the document's mentions, grouped by sentence index
     */
    public SentenceContext context(AnalyzedDocument doc, Sentence s, List<List<Mention>> bySentence,
                                   Map<Mention, Entity> entityOf) {
        List<Mention> mentions = new ArrayList<>(bySentence.get(s.index()));
        Map<Mention, Entity> owner = new HashMap<>();
        mentions.forEach(m -> owner.put(m, entityOf.get(m)));
        Set<Mention> anaphoric = new HashSet<>();
        List<Anaphor> words = LanguageProfile.of(doc.source().language()).anaphors();
        for (Token t : s.tokens()) {
            for (Anaphor a : words) {
                String word = a.word();
                int end = t.span().begin() + word.length();
                Span span = new Span(t.span().begin(), end);
                if (end > s.span().end() || !s.text().startsWith(word, t.span().begin() - s.span().begin())
                        || s.tokens().stream().noneMatch(x -> x.span().end() == end)
                        || mentions.stream().anyMatch(m -> m.span().overlaps(span))) {
                    continue;
                }
                Entity antecedent = antecedent(a, doc, s, span.begin(), bySentence, entityOf);
                if (antecedent != null) {
                    Mention pseudo = new Mention(span, word, antecedent.type(), "anaphor",
                            "refers to " + antecedent.key(), 0, null);
                    mentions.add(pseudo);
                    owner.put(pseudo, antecedent);
                    anaphoric.add(pseudo);
                }
            }
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
        return new SentenceContext(doc, s, mentions, owner, anaphoric);
    }

    private Entity antecedent(Anaphor anaphor, AnalyzedDocument doc, Sentence s, int at,
                              List<List<Mention>> bySentence, Map<Mention, Entity> owner) {
        if (anaphor.byline()) {
            return author(doc, owner);
        }
        for (int i = s.index(); i >= 0 && i >= s.index() - anaphor.reach(); i--) {
            Set<Entity> candidates = new LinkedHashSet<>();
            for (Mention m : bySentence.get(i)) {
                Entity e = owner.get(m);
                boolean fits = e.type() == anaphor.type()
                        || e.type().isOrganization() && anaphor.type().isOrganization();
                if (fits && m.span().end() <= at) {
                    candidates.add(e);
                }
            }
            if (!candidates.isEmpty()) {
                return candidates.size() == 1 ? candidates.iterator().next() : null;
            }
        }
        return null;
    }

    private AnalyzedDocument authorOf;
    private Entity author;

    /** The person the byline names, when the document mentions that person (worked out once per document). */
    private synchronized Entity author(AnalyzedDocument doc, Map<Mention, Entity> owner) {
        if (authorOf != doc) {
            authorOf = doc;
            author = findAuthor(doc, owner);
        }
        return author;
    }

    static Entity findAuthor(AnalyzedDocument doc, Map<Mention, Entity> owner) {
        String head = doc.source().text().lines().limit(10).collect(Collectors.joining("\n"));
        Pattern byline = byline(LanguageProfile.of(doc.source().language()));
        if (byline == null) {
            return null;
        }
        Matcher m = byline.matcher(head);
        while (m.find()) {
            String name = dev.kgx.mention.NameKeys.key(m.group(1));
            for (Entity e : new LinkedHashSet<>(owner.values())) {
                if (e.type() == EntityType.PERSON && e.names().stream()
                        .anyMatch(n -> dev.kgx.mention.NameKeys.key(n.form()).equals(name))) {
                    return e;
                }
            }
        }
        return null;
    }
}
