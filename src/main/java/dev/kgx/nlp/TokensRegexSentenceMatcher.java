package dev.kgx.nlp;

import dev.kgx.extract.FactProposal;
import dev.kgx.extract.SentenceContext;
import dev.kgx.extract.FactProposer;
import dev.kgx.model.FactType;
import dev.kgx.model.Span;
import dev.kgx.Resources;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * TokensRegex patterns ({@code patterns/facts-zh.tsv} for Chinese, {@code patterns/facts-latin.tsv} otherwise) over
 * a sentence's tokens in which every entity mention is one token whose ner is PERSON, ORG or PRODUCT, so patterns
 * speak of entities and the words between them.
 */
public final class TokensRegexSentenceMatcher implements FactProposer {
    public static final String NAME = "tokensregex";

    /** One pattern line. */
    /**
     * A compiled rule, with the number of entity tokens any match needs (one per entity macro in the pattern):
     * rules a sentence cannot satisfy are not run, which matters because most sentences name one entity or none.
     */
    record Rule(String name, List<FactType> emits, double confidence, TokenSequencePattern pattern, int entities) {
    }

    private static final java.util.regex.Pattern ENTITY_MACRO = java.util.regex.Pattern.compile("\\$(PER|ORG|PROD|ENT)\\b");

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

    private final List<Rule> chineseRules = loadRules("dev/kgx/patterns/facts-zh.tsv");
    private final List<Rule> latinRules = loadRules("dev/kgx/patterns/facts-latin.tsv");

    static List<Rule> loadRules(String resource) {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("$PER", "[{ner:PERSON}]");
        env.bind("$ORG", "[{ner:ORG}]");
        env.bind("$PROD", "[{ner:PRODUCT}]");
        env.bind("$ENT", "[{ner:/PERSON|ORG|PRODUCT/}]");
        List<Rule> rules = new ArrayList<>();
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(resource + ": a rule needs 4 tab-separated columns: " + line);
            }
            try {
                // a macro inside a repeated list ("([、和] $ORG)*") may match nothing: count the others
                String required = f[3].replaceAll("\\([^()]*\\$(?:PER|ORG|PROD|ENT)[^()]*\\)\\*", "");
                rules.add(new Rule(f[0], java.util.Arrays.stream(f[1].split(",")).map(TokensRegexSentenceMatcher::factType).toList(), Double.parseDouble(f[2]),
                        TokenSequencePattern.compile(env, f[3]), (int) ENTITY_MACRO.matcher(required).results().count()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": rule " + f[0] + " does not compile: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    @Override
    public List<FactProposal> propose(SentenceContext context) {
        List<Rule> rules = context.doc().source().language().isChinese() ? chineseRules : latinRules;
        List<CoreLabel> tokens = entityTokens(context);
        long entities = tokens.stream().filter(t -> !"O".equals(t.ner())).count();
        List<FactProposal> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.entities() > entities) {
                continue;
            }
            TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
            while (m.find()) {
                List<String> subjects = keysIn(m, "$s");
                List<String> objects = keysIn(m, "$o");
                if (subjects.isEmpty() && objects.isEmpty()) {
                    continue;
                }
                boolean anaphor = usesAnaphor(m, "$s") || usesAnaphor(m, "$o");
                // the date nearest to where the match ends, where its verb usually stands, is the event's
                // (punctuation that ends the match does not count)
                int last = m.end() - 1;
                while (last > m.start() && tokens.get(last).word().matches("\\p{Punct}|[,。;;!?!?]")) {
                    last--;
                }
                int end = tokens.get(last).endPosition();
                Span anchor = new Span(Math.max(tokens.get(m.start()).beginPosition(), end - 1), end);
                for (FactType type : rule.emits()) {
                    for (String a : subjects.isEmpty() ? java.util.Collections.<String>singletonList(null) : subjects) {
                        for (String o : objects.isEmpty() ? java.util.Collections.<String>singletonList(null) : objects) {
                            if (a == null && o == null || a != null && a.equals(o)) {
                                continue;
                            }
                            out.add(new FactProposal(type, a, o, context.sentence(), anchor, anchor,
                                    NAME + ":" + rule.name(), rule.confidence(), anaphor));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A rule's emitted fact: a relation term, or event:Type. */
    static FactType factType(String emit) {
        return FactType.fromTerm(emit.startsWith("event:") ? emit.substring(6) : emit);
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
