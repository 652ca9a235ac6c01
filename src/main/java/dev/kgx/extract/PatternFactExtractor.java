package dev.kgx.extract;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Evidence;
import dev.kgx.model.Mention;
import dev.kgx.model.Relation;
import dev.kgx.model.Sentence;
import dev.kgx.model.TemporalValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations and events from pattern engines ({@link SentenceMatcher}s): each sentence is handed to every engine,
 * and each match states what its rule emits, between entities whose types suit the relation. Events take the
 * date stated nearest to the matched words (relative dates resolved against the document's publication date) and,
 * for investments and acquisitions, the amount of money in the sentence. A fact read through an anaphor has its
 * confidence lowered.
 */
public final class PatternFactExtractor implements FactExtractor {
    /** How much an anaphor's uncertainty lowers a fact's confidence. */
    static final double ANAPHOR_DISCOUNT = 0.85;
    private static final List<String> NONE = Collections.singletonList(null);

    private final List<SentenceMatcher> engines;
    private final Anaphora anaphora = new Anaphora();
    private final DateNormalizer dates = new DateNormalizer();
    private final MoneyNormalizer money = new MoneyNormalizer();

    public PatternFactExtractor(List<SentenceMatcher> engines) {
        this.engines = List.copyOf(engines);
    }

    @Override
    public Facts extract(AnalyzedDocument doc, List<Entity> entities) {
        TemporalValue published = dates.publicationDate(doc.source().text());
        Map<Mention, Entity> owner = new HashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (Entity e : entities) {
            types.put(e.key(), e.type());
            for (Mention m : e.mentions()) {
                owner.put(m, e);
            }
        }
        List<List<Mention>> bySentence = new ArrayList<>();
        doc.sentences().forEach(s -> bySentence.add(new ArrayList<>()));
        for (Mention m : owner.keySet().stream().sorted(Comparator.comparingInt(m -> m.span().begin())).toList()) {
            Sentence s = doc.sentenceAt(m.span());
            if (s != null) {
                bySentence.get(s.index()).add(m);
            }
        }
        Map<String, Relation> relations = new LinkedHashMap<>();
        Map<String, Event> events = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            SentenceContext context = anaphora.context(doc, s, bySentence, owner);
            Evidence.Builder evidence = new Evidence.Builder(doc.source(), s);
            List<DateNormalizer.Found> sentenceDates = dates.find(s.text(), published);
            String amount = money.find(s.text()).stream().map(MoneyNormalizer.Found::normalized).findFirst()
                    .orElse(null);
            for (SentenceMatcher engine : engines) {
                for (PatternMatch m : engine.match(context)) {
                    Evidence ev = evidence.build(m.rule() + (m.viaAnaphor() ? "+anaphor" : ""),
                            m.viaAnaphor() ? m.confidence() * ANAPHOR_DISCOUNT : m.confidence());
                    for (String emit : m.emits()) {
                        if (emit.startsWith("event:")) {
                            EventType type = EventType.fromName(emit.substring(6));
                            TemporalValue date = nearestDate(sentenceDates, s, m.begin(), m.end());
                            boolean withAmount = type == EventType.INVESTMENT || type == EventType.ACQUISITION;
                            for (String o : m.objects().isEmpty() ? NONE : m.objects()) {
                                for (String a : m.subjects().isEmpty() ? NONE : m.subjects()) {
                                    if (o == null && a == null || o != null && o.equals(a)) {
                                        continue;
                                    }
                                    events.putIfAbsent(type + "|" + a + "|" + o,
                                            new Event(type, a, o, date, withAmount ? amount : null, ev));
                                }
                            }
                        } else {
                            for (String a : m.subjects()) {
                                for (String o : m.objects()) {
                                    if (!a.equals(o) && fits(emit, types.get(a), types.get(o))) {
                                        relations.putIfAbsent(a + "|" + emit + "|" + o, new Relation(a, emit, o, ev));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Facts(new ArrayList<>(relations.values()), completeEvents(events.values(), relations.values()));
    }

    /** Whether the entity types suit the relation (competitors are of one kind: products with products). */
    public static boolean fits(String predicate, EntityType s, EntityType o) {
        if (s == null || o == null) {
            return false;
        }
        return switch (predicate) {
            case "worksFor", "educatedAt" -> s == EntityType.PERSON && o.isOrganization();
            case "founded" -> o.isOrganization();
            case "develops" -> s != EntityType.PRODUCT && o == EntityType.PRODUCT;
            case "competesWith" -> s != EntityType.PERSON && (s == EntityType.PRODUCT) == (o == EntityType.PRODUCT);
            case "acquired", "investedIn", "partOf" -> s.isOrganization() && o.isOrganization();
            default -> true;
        };
    }

    /**
     * Events as stored: one whose sentence left the organization implicit ("他于今年6月底辞职") takes the one
     * organization the document says the person works for, or is dropped; an event without agent is dropped when
     * the same event with an agent was found ("X 创立了 Y" also matches "创立了 Y").
     */
    static List<Event> completeEvents(Collection<Event> events, Collection<Relation> relations) {
        Set<String> withAgent = new HashSet<>();
        for (Event e : events) {
            if (e.agentKey() != null && e.objectKey() != null) {
                withAgent.add(e.type() + "|" + e.objectKey());
            }
        }
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Event e : events) {
            Event done = e;
            if (e.agentKey() == null && withAgent.contains(e.type() + "|" + e.objectKey())) {
                continue;
            }
            if (e.objectKey() == null) {
                List<String> employers = relations.stream()
                        .filter(r -> r.predicate().equals("worksFor") && r.subjectKey().equals(e.agentKey()))
                        .map(Relation::objectKey).distinct().toList();
                if (employers.size() != 1) {
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

    /** How far after the matched words a date may start and still be the event's ("joined X in 1988"). */
    static final int FOLLOWING_DATE_REACH = 15;

    /**
     * The date stated closest to where the match ends, where its trigger word usually stands ("他于2024年5月加入
     * X,并于今年6月底辞职": the departure takes 今年6月); a date after the match only when it follows closely; or
     * null.
     */
    static TemporalValue nearestDate(List<DateNormalizer.Found> dates, Sentence s, int begin, int end) {
        TemporalValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateNormalizer.Found d : dates) {
            int db = s.span().begin() + d.begin();
            int de = s.span().begin() + d.end();
            int distance = db >= end ? db - end : Math.abs(end - de);
            if (db >= end && distance > FOLLOWING_DATE_REACH) {
                continue; // a date further on belongs to another clause ("…, a startup founded in 2021")
            }
            if (distance < bestDistance) {
                best = d.value();
                bestDistance = distance;
            }
        }
        return best;
    }
}
