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
    private final KnownDates known = KnownDates.load();

    public PatternFactExtractor(List<SentenceMatcher> engines) {
        this.engines = List.copyOf(engines);
    }

    @Override
    public Facts extract(AnalyzedDocument doc, List<Entity> entities) {
        TemporalValue stated = dates.publicationDate(doc.source());
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
        TemporalValue published = stated != null ? stated : yearFromKnownReleases(doc, bySentence, owner);
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
                                    // a date before an organization existed is a misreading: keep the event, drop it
                                    TemporalValue checked = known.plausible(date, type, a, o) ? date : null;
                                    // the first statement wins, unless only a later one dates the event
                                    events.merge(type + "|" + a + "|" + o,
                                            new Event(type, a, o, checked, withAmount ? amount : null, ev),
                                            (first, later) -> first.date() == null && later.date() != null
                                                    ? later : first);
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
        List<Event> complete = completeEvents(events.values(), relations.values(), mainOrganization(entities));
        addImpliedRelations(relations, complete, types);
        return new Facts(new ArrayList<>(relations.values()), complete);
    }

    /**
     * Relations that the facts found imply: joining an organization is working for it, whether the sentence named
     * it or the document implied it; what a team or lab inside an organization develops, the organization
     * develops ("OpenAI 内的 Applied 组 … 开发 OpenAI API"), stated on the sentence that names the team's work.
     */
    private static void addImpliedRelations(Map<String, Relation> relations, List<Event> events,
                                            Map<String, EntityType> types) {
        for (Event e : events) {
            if (e.type() == EventType.JOINING && e.agentKey() != null
                    && fits("worksFor", types.get(e.agentKey()), types.get(e.objectKey()))) {
                relations.putIfAbsent(e.agentKey() + "|worksFor|" + e.objectKey(),
                        new Relation(e.agentKey(), "worksFor", e.objectKey(), e.evidence()));
            }
        }
        for (Relation part : List.copyOf(relations.values())) {
            if (!part.predicate().equals("partOf")) {
                continue;
            }
            for (Relation made : List.copyOf(relations.values())) {
                if (made.predicate().equals("develops") && made.subjectKey().equals(part.subjectKey())) {
                    relations.putIfAbsent(part.objectKey() + "|develops|" + made.objectKey(),
                            new Relation(part.objectKey(), "develops", made.objectKey(), made.evidence()));
                }
            }
        }
    }

    /** How many days a year-less date may lie from a product's known first release and still be that release. */
    static final int RELEASE_DAY_TOLERANCE = 3;

    /**
     * The document's current year when it states no publication date, or null. News writes dates of the current
     * year without the year ("3 月 16 日上线了文心一言"); when such a date stands in one sentence with a product
     * whose first release ({@link KnownDates}) fell on that day (give or take a few days), the year is the
     * release's. Every such sentence must agree, or no year is inferred.
     */
    private TemporalValue yearFromKnownReleases(AnalyzedDocument doc, List<List<Mention>> bySentence,
                                                Map<Mention, Entity> owner) {
        Set<Integer> years = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<DateNormalizer.Yearless> yearless = dates.yearless(s.text());
            if (yearless.isEmpty()) {
                continue;
            }
            for (Mention m : bySentence.get(s.index())) {
                TemporalValue release = known.released(owner.get(m).key());
                if (release == null || release.precision() != TemporalValue.Precision.DAY) {
                    continue;
                }
                java.time.LocalDate day = java.time.LocalDate.parse(release.lexical());
                for (DateNormalizer.Yearless y : yearless) {
                    if (y.month() == day.getMonthValue()
                            && Math.abs(y.day() - day.getDayOfMonth()) <= RELEASE_DAY_TOLERANCE) {
                        years.add(day.getYear());
                    }
                }
            }
        }
        return years.size() == 1 ? TemporalValue.year(years.iterator().next()) : null;
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
            case "competesWith" -> s != EntityType.PERSON && o != EntityType.PERSON
                    && (s == EntityType.PRODUCT) == (o == EntityType.PRODUCT);
            case "acquired", "investedIn", "partOf" -> s.isOrganization() && o.isOrganization();
            default -> true;
        };
    }

    /** How many mentions the main organization needs, and how many times as many as any other organization. */
    static final int MAIN_ORGANIZATION_MENTIONS = 3;
    static final int MAIN_ORGANIZATION_LEAD = 2;

    /**
     * The organization a document is about, or null: the one it mentions most, at least
     * {@value #MAIN_ORGANIZATION_MENTIONS} times and {@value #MAIN_ORGANIZATION_LEAD} times as often as any other.
     */
    static String mainOrganization(List<Entity> entities) {
        List<Entity> orgs = entities.stream().filter(e -> e.type().isOrganization())
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size())).toList();
        if (orgs.isEmpty() || orgs.get(0).mentions().size() < MAIN_ORGANIZATION_MENTIONS) {
            return null;
        }
        int second = orgs.size() > 1 ? orgs.get(1).mentions().size() : 0;
        return orgs.get(0).mentions().size() >= MAIN_ORGANIZATION_LEAD * second ? orgs.get(0).key() : null;
    }

    /**
     * Events as stored: a joining or departure whose sentence left the organization implicit ("他于今年6月底辞职",
     * "Peter Deng 加入,领导…") takes the one organization the document says the person works for, else the
     * organization the document is about ({@link #mainOrganization}), or is dropped; an event without agent is
     * dropped when the same event with an agent was found ("X 创立了 Y" also matches "创立了 Y").
     */
    static List<Event> completeEvents(Collection<Event> events, Collection<Relation> relations,
                                      String mainOrganization) {
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
                String implicit = employers.size() == 1 ? employers.get(0)
                        : employers.isEmpty() ? mainOrganization : null;
                if (implicit == null || implicit.equals(e.agentKey())) {
                    continue;
                }
                done = new Event(e.type(), e.agentKey(), implicit, e.date(), e.amount(), e.evidence());
            }
            if (seen.add(done.type() + "|" + done.agentKey() + "|" + done.objectKey())) {
                out.add(done);
            }
        }
        return out;
    }

    /** How far after the matched words a date may start and still be the event's ("joined X in 1988"). */
    static final int FOLLOWING_DATE_REACH = 15;

    /** Punctuation that closes a clause: a date beyond it belongs to another clause. */
    private static final String CLAUSE_ENDS = ",,。;;!!??";

    /**
     * The date stated closest to where the match ends, where its trigger word usually stands ("他于2024年5月加入
     * X,并于今年6月底辞职": the departure takes 今年6月); a date after the match only when it follows closely, in
     * the same clause; or null. Punctuation that ends the match does not count as matched words.
     */
    static TemporalValue nearestDate(List<DateNormalizer.Found> dates, Sentence s, int begin, int end) {
        int base = s.span().begin();
        while (end > begin && end - base <= s.text().length()
                && CLAUSE_ENDS.indexOf(s.text().charAt(end - base - 1)) >= 0) {
            end--;
        }
        TemporalValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateNormalizer.Found d : dates) {
            int db = base + d.begin();
            int de = base + d.end();
            int distance = db >= end ? db - end : Math.abs(end - de);
            if (db >= end && (distance > FOLLOWING_DATE_REACH || containsClauseEnd(s.text(), end - base, d.begin()))) {
                continue; // a date further on belongs to another clause ("…, a startup founded in 2021")
            }
            if (distance < bestDistance) {
                best = d.value();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean containsClauseEnd(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
