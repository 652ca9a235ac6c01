package dev.kgx.nlp;

import dev.kgx.extract.DateNormalizer;
import dev.kgx.extract.FactExtractor;
import dev.kgx.mention.Resources;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Evidence;
import dev.kgx.model.Mention;
import dev.kgx.model.Relation;
import dev.kgx.model.Sentence;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.TemporalValue;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relations and events from TokensRegex patterns ({@code patterns/facts-zh.tsv}, {@code patterns/facts-latin.tsv}).
 * Each sentence becomes a token sequence in which every entity mention is one token tagged PERSON, ORG or
 * PRODUCT, so patterns speak of entities and the words between them. Events take the date stated in their
 * sentence, relative dates resolved against the document's publication date when it states one.
 */
public final class TokensRegexFactExtractor implements FactExtractor {
    public static final String NAME = "tokensregex";

    /** One pattern line. */
    record Rule(String name, List<String> emits, double confidence, TokenSequencePattern pattern) {
    }

    /** The custom key under which a mention token carries its entity key. */
    private static final class EntityKeyAnnotation implements edu.stanford.nlp.ling.CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** Marks a token that stands for an entity through an anaphor ("他", "该公司"). */
    private static final class AnaphorAnnotation implements edu.stanford.nlp.ling.CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /** How much an anaphor's uncertainty lowers a fact's confidence. */
    static final double ANAPHOR_DISCOUNT = 0.85;
    /** How many sentences back an anaphor may reach for its antecedent. */
    static final int ANAPHOR_REACH = 2;

    /** Events whose pattern names no agent still get one entry, with a null agent. */
    private static final List<String> NO_AGENT = java.util.Collections.singletonList(null);

    private final List<Rule> chineseRules;
    private final List<Rule> latinRules;
    private final DateNormalizer dates = new DateNormalizer();
    private final Map<String, EntityType> anaphors = new HashMap<>();

    public TokensRegexFactExtractor() {
        this.chineseRules = loadRules("dev/kgx/patterns/facts-zh.tsv");
        this.latinRules = loadRules("dev/kgx/patterns/facts-latin.tsv");
        for (String line : Resources.lines("dev/kgx/patterns/anaphors.tsv")) {
            String[] f = line.split("\t");
            anaphors.put(f[0], EntityType.fromName(f[1]));
        }
    }

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
                rules.add(new Rule(f[0], List.of(f[1].split(",")), Double.parseDouble(f[2]),
                        TokenSequencePattern.compile(env, f[3])));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": rule " + f[0] + " does not compile: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    @Override
    public Facts extract(AnalyzedDocument doc, List<Entity> entities) {
        SourceDocument src = doc.source();
        List<Rule> rules = src.language().isChinese() ? chineseRules : latinRules;
        TemporalValue published = dates.publicationDate(src.text());
        Map<Mention, Entity> owner = new HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                owner.put(m, e);
            }
        }
        Map<String, Relation> relations = new LinkedHashMap<>();
        Map<String, Event> events = new LinkedHashMap<>();
        List<Mention> all = owner.keySet().stream().sorted(Comparator.comparingInt(m -> m.span().begin())).toList();
        for (Sentence s : doc.sentences()) {
            List<Mention> inSentence = all.stream().filter(m -> s.span().contains(m.span())).toList();
            int reachBack = doc.sentences().get(Math.max(0, s.index() - ANAPHOR_REACH)).span().begin();
            List<Mention> antecedents = all.stream()
                    .filter(m -> m.span().begin() >= reachBack && m.span().end() <= s.span().end()).toList();
            List<CoreLabel> tokens = entityTokens(s, inSentence, owner, antecedents);
            Evidence.Builder evidence = new Evidence.Builder(src, s);
            List<DateNormalizer.Found> sentenceDates = dates.find(s.text(), published);
            for (Rule rule : rules) {
                TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
                while (m.find()) {
                    List<String> subjects = keysIn(m, "$s");
                    List<String> objects = keysIn(m, "$o");
                    if (objects.isEmpty()) {
                        continue;
                    }
                    boolean viaAnaphor = usesAnaphor(m, "$s") || usesAnaphor(m, "$o");
                    Evidence ev = evidence.build(NAME + ":" + rule.name() + (viaAnaphor ? "+anaphor" : ""),
                            viaAnaphor ? rule.confidence() * ANAPHOR_DISCOUNT : rule.confidence());
                    for (String emit : rule.emits()) {
                        if (emit.startsWith("event:")) {
                            EventType type = EventType.fromName(emit.substring(6));
                            TemporalValue date = sentenceDates.isEmpty() ? null : sentenceDates.get(0).value();
                            for (String o : objects) {
                                for (String a : subjects.isEmpty() ? NO_AGENT : subjects) {
                                    if (o.equals(a)) {
                                        continue;
                                    }
                                    events.putIfAbsent(type + "|" + a + "|" + o,
                                            new Event(type, a, o, date, null, ev));
                                }
                            }
                        } else {
                            for (String a : subjects) {
                                for (String o : objects) {
                                    if (!a.equals(o) && fits(emit, typeOf(a, entities), typeOf(o, entities))) {
                                        relations.putIfAbsent(a + "|" + emit + "|" + o, new Relation(a, emit, o, ev));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Facts(new ArrayList<>(relations.values()), new ArrayList<>(events.values()));
    }

    /** Whether the entity types suit the relation (competitors are of one kind: products with products). */
    static boolean fits(String predicate, EntityType s, EntityType o) {
        if (s == null || o == null) {
            return false;
        }
        return switch (predicate) {
            case "worksFor", "educatedAt" -> s == EntityType.PERSON && o.isOrganization();
            case "founded" -> o.isOrganization();
            case "develops" -> s != EntityType.PRODUCT && o == EntityType.PRODUCT;
            case "competesWith" -> s.isOrganization() == o.isOrganization() && (s == EntityType.PRODUCT) == (o
                    == EntityType.PRODUCT) && s != EntityType.PERSON;
            case "acquired", "investedIn", "partOf" -> s.isOrganization() && o.isOrganization();
            default -> true;
        };
    }

    private static EntityType typeOf(String key, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.key().equals(key)) {
                return e.type();
            }
        }
        return null;
    }

    private static List<String> keysIn(SequenceMatchResult<CoreMap> m, String group) {
        List<String> keys = new ArrayList<>();
        List<? extends CoreMap> nodes = m.groupNodes(group);
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

    private static boolean usesAnaphor(SequenceMatchResult<CoreMap> m, String group) {
        List<? extends CoreMap> nodes = m.groupNodes(group);
        return nodes != null && nodes.stream().anyMatch(n -> Boolean.TRUE.equals(n.get(AnaphorAnnotation.class)));
    }

    /**
     * The sentence's tokens with every mention collapsed into one token tagged with its entity's kind, and every
     * anaphor with an antecedent among {@code antecedents} turned into a token of that entity.
     */
    List<CoreLabel> entityTokens(Sentence s, List<Mention> mentions, Map<Mention, Entity> owner,
                                 List<Mention> antecedents) {
        List<CoreLabel> out = new ArrayList<>();
        int mi = 0;
        int cursor = s.span().begin();
        for (Token t : s.tokens()) {
            int b = Math.max(t.span().begin(), cursor);
            int e = t.span().end();
            while (b < e) {
                while (mi < mentions.size() && mentions.get(mi).span().end() <= b) {
                    mi++;
                }
                Mention next = mi < mentions.size() ? mentions.get(mi) : null;
                if (next == null || next.span().begin() >= e) {
                    String rest = t.word().substring(b - t.span().begin());
                    Entity antecedent = b == t.span().begin() ? antecedent(rest, b, antecedents, owner) : null;
                    if (antecedent != null) {
                        CoreLabel l = word(rest, "PN");
                        l.setNER(kind(antecedent.type()));
                        l.set(EntityKeyAnnotation.class, antecedent.key());
                        l.set(AnaphorAnnotation.class, true);
                        out.add(l);
                    } else {
                        out.add(word(rest, t.pos()));
                    }
                    b = e;
                } else if (next.span().begin() > b) {
                    out.add(word(t.word().substring(b - t.span().begin(), next.span().begin() - t.span().begin()), ""));
                    b = next.span().begin();
                } else {
                    Entity ent = owner.get(next);
                    CoreLabel l = word(next.text(), "NR");
                    l.setNER(kind(ent.type()));
                    l.set(EntityKeyAnnotation.class, ent.key());
                    out.add(l);
                    b = next.span().end();
                    cursor = b;
                    mi++;
                }
            }
        }
        return out;
    }

    /** The entity an anaphor refers to: the latest earlier mention of the anaphor's kind, or null. */
    private Entity antecedent(String word, int at, List<Mention> antecedents, Map<Mention, Entity> owner) {
        EntityType wanted = anaphors.get(word);
        if (wanted == null) {
            return null;
        }
        Entity found = null;
        for (Mention m : antecedents) {
            Entity e = owner.get(m);
            if (m.span().end() <= at && (e.type() == wanted || e.type().isOrganization() && wanted.isOrganization())) {
                found = e;
            }
        }
        return found;
    }

    private static CoreLabel word(String text, String pos) {
        CoreLabel l = new CoreLabel();
        l.setWord(text);
        l.setValue(text);
        l.setOriginalText(text);
        l.setTag(pos);
        l.setNER("O");
        return l;
    }

    private static String kind(EntityType t) {
        return switch (t) {
            case PERSON -> "PERSON";
            case PRODUCT -> "PRODUCT";
            default -> "ORG";
        };
    }
}
