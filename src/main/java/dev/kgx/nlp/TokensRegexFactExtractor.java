package dev.kgx.nlp;

import dev.kgx.extract.DateNormalizer;
import dev.kgx.extract.FactExtractor;
import dev.kgx.extract.MoneyNormalizer;
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

    /** Events whose pattern names no agent still get one entry, with a null agent. */
    private static final List<String> NO_AGENT = java.util.Collections.singletonList(null);

    private final List<Rule> chineseRules;
    private final List<Rule> latinRules;
    private final DateNormalizer dates = new DateNormalizer();
    private final MoneyNormalizer money = new MoneyNormalizer();
    private final Map<String, Anaphor> anaphors = new HashMap<>();

    /**
     * An anaphor: the kind of entity it refers to and how many sentences back its antecedent may stand; a
     * first-person pronoun ({@code byline}) refers to the article's author when the byline names an entity.
     */
    private record Anaphor(EntityType type, int reach, boolean byline) {
    }

    /** A byline among the first lines: 作者:X, 文|X, By X. */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "(?m)^\\s*(?:作者|文|撰文|口述|记者|By|Por)\\s*[::|]?\\s*([^\\n,,;;]{2,40}?)\\s*$");

    public TokensRegexFactExtractor() {
        this.chineseRules = loadRules("dev/kgx/patterns/facts-zh.tsv");
        this.latinRules = loadRules("dev/kgx/patterns/facts-latin.tsv");
        for (String line : Resources.lines("dev/kgx/patterns/anaphors.tsv")) {
            String[] f = line.split("\t");
            boolean byline = f[2].equals("byline");
            anaphors.put(f[0], new Anaphor(EntityType.fromName(f[1]), byline ? 0 : Integer.parseInt(f[2]), byline));
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
            List<CoreLabel> tokens = entityTokens(doc, s, inSentence, owner, all);
            Evidence.Builder evidence = new Evidence.Builder(src, s);
            List<DateNormalizer.Found> sentenceDates = dates.find(s.text(), published);
            List<MoneyNormalizer.Found> amounts = money.find(s.text());
            for (Rule rule : rules) {
                TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
                while (m.find()) {
                    List<String> subjects = keysIn(m, "$s");
                    List<String> objects = keysIn(m, "$o");
                    if (objects.isEmpty()) {
                        if (subjects.isEmpty()) {
                            continue;
                        }
                        objects = NO_AGENT; // an event whose object the sentence leaves implicit: completed below
                    }
                    boolean viaAnaphor = usesAnaphor(m, "$s") || usesAnaphor(m, "$o");
                    Evidence ev = evidence.build(NAME + ":" + rule.name() + (viaAnaphor ? "+anaphor" : ""),
                            viaAnaphor ? rule.confidence() * ANAPHOR_DISCOUNT : rule.confidence());
                    for (String emit : rule.emits()) {
                        if (emit.startsWith("event:")) {
                            EventType type = EventType.fromName(emit.substring(6));
                            TemporalValue date = nearestDate(sentenceDates, s, tokens.get(m.start()).beginPosition(),
                                    tokens.get(m.end() - 1).endPosition());
                            for (String o : objects) {
                                for (String a : subjects.isEmpty() ? NO_AGENT : subjects) {
                                    if (o != null && o.equals(a)) {
                                        continue;
                                    }
                                    String amount = type == EventType.INVESTMENT || type == EventType.ACQUISITION
                                            ? amounts.stream().map(MoneyNormalizer.Found::normalized).findFirst()
                                            .orElse(null) : null;
                                    events.putIfAbsent(type + "|" + a + "|" + o,
                                            new Event(type, a, o, date, amount, ev));
                                }
                            }
                        } else {
                            for (String a : subjects) {
                                for (String o : objects) {
                                    if (o != null && !a.equals(o) && fits(emit, typeOf(a, entities), typeOf(o, entities))) {
                                        relations.putIfAbsent(a + "|" + emit + "|" + o, new Relation(a, emit, o, ev));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Facts(new ArrayList<>(relations.values()), completeObjects(events.values(), relations.values()));
    }

    /**
     * Joinings and departures whose sentence leaves the organization implicit ("他于今年6月底辞职") take the one
     * organization the document says the person works for; the others are dropped.
     */
    static List<Event> completeObjects(java.util.Collection<Event> events, java.util.Collection<Relation> relations) {
        List<Event> out = new ArrayList<>();
        // an event without agent says less than the same event with one: "X 创立了 Y" also matches "创立了 Y"
        java.util.Set<String> withAgent = new java.util.HashSet<>();
        for (Event e : events) {
            if (e.agentKey() != null && e.objectKey() != null) {
                withAgent.add(e.type() + "|" + e.objectKey());
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Event e : events) {
            Event done = e;
            if (e.agentKey() == null && withAgent.contains(e.type() + "|" + e.objectKey())) {
                continue;
            }
            if (e.objectKey() == null) {
                List<String> employers = relations.stream()
                        .filter(r -> r.predicate().equals("worksFor") && r.subjectKey().equals(e.agentKey()))
                        .map(Relation::objectKey).distinct().toList();
                if (employers.size() != 1 || e.agentKey() == null) {
                    continue;
                }
                done = new Event(e.type(), e.agentKey(), employers.get(0), e.date(), e.amount(), e.evidence());
            }
            if (seen.add(done.type() + "|" + done.agentKey() + "|" + done.objectKey())) {
                out.add(done);
            }
        }
        return out;
    }

    /**
     * The date stated closest to where the match ends, where its trigger word usually stands ("他于2024年5月加入
     * X,并于今年6月底辞职": the departure takes 今年6月), or null.
     */
    static TemporalValue nearestDate(List<DateNormalizer.Found> dates, Sentence s, int begin, int end) {
        TemporalValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateNormalizer.Found d : dates) {
            int db = s.span().begin() + d.begin();
            int de = s.span().begin() + d.end();
            int distance = db >= end ? db - end : Math.abs(end - de);
            if (distance < bestDistance) {
                best = d.value();
                bestDistance = distance;
            }
        }
        return best;
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
    List<CoreLabel> entityTokens(AnalyzedDocument doc, Sentence s, List<Mention> sentenceMentions,
                                 Map<Mention, Entity> entityOf, List<Mention> antecedents) {
        Map<Mention, Entity> owner = new HashMap<>(entityOf);
        List<Mention> mentions = new ArrayList<>(sentenceMentions);
        java.util.Set<Mention> anaphoric = new java.util.HashSet<>();
        for (Token t : s.tokens()) {
            for (String word : anaphors.keySet()) {
                int end = t.span().begin() + word.length();
                Span span = new Span(t.span().begin(), end);
                if (!s.text().startsWith(word, t.span().begin() - s.span().begin())
                        || s.tokens().stream().noneMatch(x -> x.span().end() == end)
                        || mentions.stream().anyMatch(m -> m.span().overlaps(span))) {
                    continue;
                }
                Entity antecedent = antecedent(anaphors.get(word), doc, s, span.begin(), antecedents, entityOf);
                if (antecedent != null) {
                    Mention pseudo = new Mention(span, word, antecedent.type(), "anaphor", "refers to "
                            + antecedent.key(), 0, null);
                    mentions.add(pseudo);
                    owner.put(pseudo, antecedent);
                    anaphoric.add(pseudo);
                }
            }
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
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
                    CoreLabel l = word(t.word().substring(b - t.span().begin()), t.pos());
                    l.setBeginPosition(b);
                    l.setEndPosition(e);
                    out.add(l);
                    b = e;
                } else if (next.span().begin() > b) {
                    CoreLabel l = word(t.word().substring(b - t.span().begin(), next.span().begin() - t.span().begin()), "");
                    l.setBeginPosition(b);
                    l.setEndPosition(next.span().begin());
                    out.add(l);
                    b = next.span().begin();
                } else {
                    Entity ent = owner.get(next);
                    CoreLabel l = word(next.text(), "NR");
                    l.setNER(kind(ent.type()));
                    l.set(EntityKeyAnnotation.class, ent.key());
                    l.set(AnaphorAnnotation.class, anaphoric.contains(next));
                    l.setBeginPosition(next.span().begin());
                    l.setEndPosition(next.span().end());
                    out.add(l);
                    b = next.span().end();
                    cursor = b;
                    mi++;
                }
            }
        }
        return out;
    }

    /**
     * The entity an anaphor refers to: going back from the anaphor sentence by sentence (within its reach), the
     * first sentence naming entities of the anaphor's kind decides, and only when it names exactly one.
     */
    private static Entity antecedent(Anaphor anaphor, AnalyzedDocument doc, Sentence s, int at,
                                     List<Mention> mentions, Map<Mention, Entity> owner) {
        if (anaphor.byline()) {
            return author(doc, owner);
        }
        for (int i = s.index(); i >= 0 && i >= s.index() - anaphor.reach(); i--) {
            Span within = doc.sentences().get(i).span();
            java.util.Set<Entity> candidates = new java.util.LinkedHashSet<>();
            for (Mention m : mentions) {
                Entity e = owner.get(m);
                boolean fits = e.type() == anaphor.type()
                        || e.type().isOrganization() && anaphor.type().isOrganization();
                if (fits && within.contains(m.span()) && m.span().end() <= at) {
                    candidates.add(e);
                }
            }
            if (!candidates.isEmpty()) {
                return candidates.size() == 1 ? candidates.iterator().next() : null;
            }
        }
        return null;
    }

    /** The entity the byline names, when one of the document's entities has that name. */
    static Entity author(AnalyzedDocument doc, Map<Mention, Entity> owner) {
        String head = doc.source().text().lines().limit(10).collect(java.util.stream.Collectors.joining("\n"));
        java.util.regex.Matcher m = BYLINE.matcher(head);
        while (m.find()) {
            String name = dev.kgx.mention.NameKeys.key(m.group(1));
            for (Entity e : owner.values()) {
                if (e.type() == EntityType.PERSON && e.names().stream()
                        .anyMatch(n -> dev.kgx.mention.NameKeys.key(n.form()).equals(name))) {
                    return e;
                }
            }
        }
        return null;
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
