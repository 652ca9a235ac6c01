package dev.kgx.nlp;

import dev.kgx.extract.SentenceContext;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as TokensRegex frames see it: every entity mention (anaphors standing for their antecedents included)
 * one token whose ner is the entity's kind (PERSON, ORG, PRODUCT) and which carries the entity's key, after a
 * sentinel first token; and the entity keys a match's groups hold.
 */
final class EntityTokens {
    private EntityTokens() {
    }

    /** The custom key under which a mention token carries its entity key. */
    private static final class EntityKeyAnnotation implements edu.stanford.nlp.ling.CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** Marks a token that stands for an entity through an anaphor ("他", "the company"). */
    private static final class AnaphorAnnotation implements edu.stanford.nlp.ling.CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    static List<String> keysIn(SequenceMatchResult<CoreMap> m, String group) {
        List<String> keys = new ArrayList<>();
        List<? extends CoreMap> nodes = groupNodes(m, group);
        if (nodes == null) {
            return keys;
        }
        for (CoreMap node : nodes) {
            String key = node.get(EntityKeyAnnotation.class);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** A named group's tokens, or null when the pattern has no such group or it matched nothing. */
    static List<? extends CoreMap> groupNodes(SequenceMatchResult<CoreMap> m, String group) {
        try {
            return m.groupNodes(group);
        } catch (NullPointerException e) {
            return null; // TokensRegex's overlapping search has no record of a group the pattern lacks
        }
    }

    static boolean usesAnaphor(SequenceMatchResult<CoreMap> m, String group) {
        List<? extends CoreMap> nodes = groupNodes(m, group);
        return nodes != null && nodes.stream().anyMatch(n -> Boolean.TRUE.equals(n.get(AnaphorAnnotation.class)));
    }

    /** The word of the token that starts every sentence. */
    static final String SENTENCE_START = "<s>";

    /**
     * The sentence's tokens with every mention (anaphors included) collapsed into one token tagged with its kind,
     * after a sentinel token ({@link #SENTENCE_START}).
     */
    static List<CoreLabel> entityTokens(SentenceContext context) {
        List<Mention> mentions = context.mentions();
        List<CoreLabel> out = new ArrayList<>();
        // a sentinel first token, so that a pattern can ask what stands before a name at the sentence start
        int start = context.sentence().span().begin();
        out.add(word(SENTENCE_START, "", start, start));
        int mi = 0;
        int cursor = context.sentence().span().begin();
        for (Token t : context.sentence().tokens()) {
            int b = Math.max(t.span().begin(), cursor);
            int e = t.span().end();
            CoreLabel last = out.get(out.size() - 1);
            if (b > t.span().begin() && b < e && !"O".equals(last.ner()) && last.endPosition() == b
                    && t.word().substring(b - t.span().begin()).matches("\\p{Punct}+")) {
                // the rest of a word the name ends inside, when it is only punctuation ("Inc." of "Acme Inc."),
                // belongs to the name: it is no sentence end
                last.setEndPosition(e);
                cursor = e;
                continue;
            }
            while (b < e) {
                while (mi < mentions.size() && mentions.get(mi).span().end() <= b) {
                    mi++;
                }
                Mention next = mi < mentions.size() ? mentions.get(mi) : null;
                if (next == null || next.span().begin() >= e) {
                    out.add(word(t.word().substring(b - t.span().begin()), t.pos(), b, e));
                    b = e;
                } else if (next.span().begin() > b) {
                    out.add(word(t.word().substring(b - t.span().begin(), next.span().begin() - t.span().begin()), "",
                            b, next.span().begin()));
                    b = next.span().begin();
                } else {
                    Entity ent = context.owner().get(next);
                    CoreLabel l = word(next.text(), "NR", next.span().begin(), next.span().end());
                    l.setNER(kind(ent.type()));
                    l.set(EntityKeyAnnotation.class, ent.key());
                    l.set(AnaphorAnnotation.class, context.anaphoric().contains(next));
                    out.add(l);
                    b = next.span().end();
                    cursor = b;
                    mi++;
                }
            }
        }
        return out;
    }

    private static CoreLabel word(String text, String pos, int begin, int end) {
        CoreLabel l = new CoreLabel();
        l.setWord(text);
        l.setValue(text);
        l.setOriginalText(text);
        l.setTag(pos);
        l.setNER("O");
        l.setBeginPosition(begin);
        l.setEndPosition(end);
        return l;
    }

    static String kind(EntityType t) {
        return switch (t) {
            case PERSON -> "PERSON";
            case PRODUCT -> "PRODUCT";
            default -> "ORG";
        };
    }
}
