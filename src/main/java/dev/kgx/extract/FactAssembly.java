package dev.kgx.extract;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Evidence;
import dev.kgx.model.FactType;
import dev.kgx.model.Mention;
import dev.kgx.model.Relation;
import dev.kgx.model.RelationType;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;
import dev.kgx.model.TemporalValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relation and event stage: every {@link FactProposer} reads each sentence (with its anaphors resolved), and
 * this one step decides what is stated. A proposal whose entities do not suit its relation or event is dropped;
 * an event takes the date stated nearest to its trigger (relative dates resolved against the publication date,
 * implausible dates dropped by {@link KnownDates}) and, for investments and acquisitions, the sentence's amount;
 * an event states the relation it implies (a founding: founded); a joining or departure that leaves the
 * organization implicit takes the person's one employer or the organization the document is about; a launch with
 * no agent takes the product's known developer ({@link ProductKnowledge}) when the document names it; what a unit
 * develops, its organization develops. The first statement of a fact is its evidence.
 */
public final class FactAssembly implements FactExtractor {
    /** How much an anaphor's uncertainty lowers a fact's confidence. */
    static final double ANAPHOR_DISCOUNT = 0.85;
    /** Confidence of a fact completed from general knowledge. */
    static final double KNOWLEDGE_CONFIDENCE = 0.6;

    private final List<FactProposer> proposers;
    private final Anaphora anaphora = new Anaphora();
    private final DateNormalizer dates = new DateNormalizer();
    private final MoneyNormalizer money = new MoneyNormalizer();
    private final KnownDates known = KnownDates.load();
    private final ProductKnowledge products;

    public FactAssembly(List<FactProposer> proposers, ProductKnowledge products) {
        this.proposers = List.copyOf(proposers);
        this.products = products;
    }

    @Override
    public Facts extract(AnalyzedDocument doc, List<Entity> entities) {
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
        TemporalValue stated = dates.publicationDate(doc.source());
        TemporalValue published = stated != null ? stated : yearFromKnownReleases(doc, bySentence, owner);

        Map<String, Relation> relations = new LinkedHashMap<>();
        Map<String, Event> events = new LinkedHashMap<>();
        List<Implicit> implicit = new ArrayList<>();
        TemporalValue previous = null; // the date the text spoke of last, for "这一年", "two years later"
        java.util.function.IntPredicate quoted = quotations(doc.source().text());
        for (Sentence s : doc.sentences()) {
            List<DateNormalizer.Found> sentenceDates = dates.find(s.text(), published, previous);
            for (DateNormalizer.Found d : sentenceDates) {
                // a date inside a quotation is the speaker's, not the narrative's ("“2010年易车上市,我想…”")
                if (d.value() != null && !quoted.test(s.span().begin() + d.begin())) {
                    previous = d.value();
                }
            }
            SentenceContext context = anaphora.context(doc, s, bySentence, owner);
            if (context.mentions().isEmpty()) {
                continue;
            }
            String amount = null;
            boolean amountRead = false;
            Evidence.Builder evidence = new Evidence.Builder(doc.source(), s);
            for (FactProposer proposer : proposers) {
                for (FactProposal p : proposer.propose(context)) {
                    EntityType agentType = p.agentKey() == null ? null : types.get(p.agentKey());
                    EntityType objectType = p.objectKey() == null ? null : types.get(p.objectKey());
                    Evidence ev = evidence.build(p.extractor() + (p.viaAnaphor() ? "+anaphor" : ""),
                            p.viaAnaphor() ? p.confidence() * ANAPHOR_DISCOUNT : p.confidence());
                    if (p.type() instanceof RelationType r) {
                        if (p.agentKey() != null && p.objectKey() != null && r.fits(agentType, objectType)) {
                            relations.putIfAbsent(key(r, p.agentKey(), p.objectKey()),
                                    new Relation(p.agentKey(), r, p.objectKey(), ev));
                        } else if (p.agentKey() != null && p.objectKey() == null && r.fits(agentType, objectType(r))) {
                            implicit.add(new Implicit(r, p.agentKey(), s, ev));
                        }
                    } else if (p.type() instanceof EventType e && suits(e, agentType, objectType)) {
                        if (!amountRead) {
                            amount = money.find(s.text()).stream().map(MoneyNormalizer.Found::normalized)
                                    .findFirst().orElse(null);
                            amountRead = true;
                        }
                        TemporalValue date = nearestDate(sentenceDates, s, p.anchor(), p.extent());
                        // a date before an organization existed is a misreading: keep the event, drop the date
                        if (!known.plausible(date, e, p.agentKey(), p.objectKey())) {
                            date = null;
                        }
                        Event event = new Event(e, p.agentKey(), p.objectKey(), date,
                                e.involvesMoney() ? amount : null, ev);
                        // the first statement is the evidence; a later one dates it, or dates it more precisely
                        events.merge(key(e, p.agentKey(), p.objectKey()), event,
                                (first, later) -> first.date() == null && later.date() != null ? later
                                        : later.date() != null && refines(later.date(), first.date())
                                        ? withDate(first, later.date()) : first);
                    }
                }
            }
        }
        String main = mainOrganization(entities);
        completeRelations(implicit, relations, owner, bySentence, doc, main, types);
        addRelationsOfParts(relations, types);
        List<Event> complete = completeEvents(events.values(), relations.values(), main, types);
        addImpliedRelations(relations, complete, types);
        addRelationsOfParts(relations, types);
        return new Facts(new ArrayList<>(relations.values()), complete);
    }

    private static String key(FactType type, String agent, String object) {
        return type.term() + "|" + agent + "|" + object;
    }

    /** Whether the entities an event names suit it (an unnamed one is left to completion). */
    private static boolean suits(EventType e, EntityType agent, EntityType object) {
        return (agent == null || e.agentTypes().contains(agent)) && (object == null || e.objectTypes().contains(object));
    }

    /** Relations that the events imply (a joining states worksFor, an acquisition acquired). */
    private static void addImpliedRelations(Map<String, Relation> relations, List<Event> events,
                                            Map<String, EntityType> types) {
        for (Event e : events) {
            RelationType implied = e.type().implied();
            if (e.agentKey() != null && e.objectKey() != null
                    && implied.fits(types.get(e.agentKey()), types.get(e.objectKey()))) {
                relations.putIfAbsent(key(implied, e.agentKey(), e.objectKey()),
                        new Relation(e.agentKey(), implied, e.objectKey(), e.evidence()));
            }
        }
    }

    /** A relation whose object its sentence left implicit. */
    private record Implicit(RelationType predicate, String subjectKey, Sentence sentence, Evidence evidence) {
    }

    /** The organization type that stands for "some organization" when a relation's object is left implicit. */
    private static EntityType objectType(RelationType r) {
        return r.objectTypes().contains(EntityType.COMPANY) ? EntityType.COMPANY : null;
    }

    /**
     * Relations whose object the sentence left implicit ("联合创始人梁汝波", "宿华将继续担任董事长"): the object is
     * the one other entity of the sentence that suits the relation; for employment and founding, else the person's
     * one known employer, else the organization the document is about. Otherwise the relation is not stated.
     */
    private static void completeRelations(List<Implicit> implicit, Map<String, Relation> relations,
                                          Map<Mention, Entity> owner, List<List<Mention>> bySentence,
                                          AnalyzedDocument doc, String main, Map<String, EntityType> types) {
        for (Implicit r : implicit) {
            Set<String> candidates = new java.util.LinkedHashSet<>();
            for (Mention m : bySentence.get(r.sentence().index())) {
                String k = owner.get(m).key();
                if (!k.equals(r.subjectKey()) && r.predicate().fits(types.get(r.subjectKey()), types.get(k))) {
                    candidates.add(k);
                }
            }
            String object = candidates.size() == 1 ? candidates.iterator().next() : null;
            if (object == null && candidates.isEmpty()
                    && (r.predicate() == RelationType.WORKS_FOR || r.predicate() == RelationType.FOUNDED)) {
                List<String> employers = relations.values().stream()
                        .filter(x -> x.predicate() == RelationType.WORKS_FOR && x.subjectKey().equals(r.subjectKey()))
                        .map(Relation::objectKey).distinct().toList();
                object = employers.size() == 1 ? employers.get(0) : employers.isEmpty() ? main : null;
            }
            if (object != null && !object.equals(r.subjectKey())) {
                relations.putIfAbsent(key(r.predicate(), r.subjectKey(), object),
                        new Relation(r.subjectKey(), r.predicate(), object, r.evidence()));
            }
        }
    }

    /**
     * What parts imply: a product line an organization has under it (X 旗下的 Y) is one it develops; what a team or
     * lab inside an organization develops, the organization develops.
     */
    private static void addRelationsOfParts(Map<String, Relation> relations, Map<String, EntityType> types) {
        for (Relation part : List.copyOf(relations.values())) {
            if (part.predicate() == RelationType.PART_OF && types.get(part.subjectKey()) == EntityType.PRODUCT) {
                // a product line an organization has under it (X 旗下的 Y) is one it develops
                relations.putIfAbsent(key(RelationType.DEVELOPS, part.objectKey(), part.subjectKey()),
                        new Relation(part.objectKey(), RelationType.DEVELOPS, part.subjectKey(), part.evidence()));
                continue;
            }
            if (part.predicate() != RelationType.PART_OF) {
                continue;
            }
            for (Relation made : List.copyOf(relations.values())) {
                if (made.predicate() == RelationType.DEVELOPS && made.subjectKey().equals(part.subjectKey())) {
                    relations.putIfAbsent(key(RelationType.DEVELOPS, part.objectKey(), made.objectKey()),
                            new Relation(part.objectKey(), RelationType.DEVELOPS, made.objectKey(), made.evidence()));
                }
            }
        }
    }

    /** How many days a year-less date may lie from a product's known first release and still be that release. */
    static final int RELEASE_DAY_TOLERANCE = 3;

    /**
     * The document's current year when it states no publication date, or null. News writes dates of the current
     * year without the year; when such a date stands in one sentence with a product whose first release
     * ({@link KnownDates}) fell on that day (give or take a few days), the year is the release's. Every such
     * sentence must agree, or no year is inferred.
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
     * Events as stored: a joining or departure whose sentence left the organization implicit takes the one
     * organization the document says the person works for, else the organization the document is about, or is
     * dropped; so is any other event without object. A launch without agent takes the product's known developer
     * when the document names it. An event without agent is dropped when the same event with an agent was found.
     */
    List<Event> completeEvents(Collection<Event> events, Collection<Relation> relations, String mainOrganization,
                               Map<String, EntityType> types) {
        List<Event> out = new ArrayList<>();
        List<Event> completed = new ArrayList<>();

        for (Event e : events) {
            Event done = e;
            if (e.agentKey() == null && (e.type() == EventType.JOINING || e.type() == EventType.DEPARTURE)) {
                continue; // a joining says who joined, or nothing
            }
            if (e.objectKey() == null) {
                if (e.type() != EventType.JOINING && e.type() != EventType.DEPARTURE) {
                    continue;
                }
                // another statement of the move that names the organization names this one's
                List<String> stated = events.stream().filter(x -> x != e && x.type() == e.type()
                        && e.agentKey().equals(x.agentKey()) && x.objectKey() != null)
                        .map(Event::objectKey).distinct().toList();
                List<String> employers = relations.stream()
                        .filter(r -> r.predicate() == RelationType.WORKS_FOR && r.subjectKey().equals(e.agentKey()))
                        .map(Relation::objectKey).distinct().toList();
                String one = employers.size() == 1 ? employers.get(0) : null;
                // one leaves the organization one works for; one joins, unnamed, the organization the text is about
                // (a known employer is as often the one before)
                String implicit = stated.size() == 1 ? stated.get(0) : !stated.isEmpty() ? null
                        : e.type() == EventType.DEPARTURE
                        ? (one != null ? one : employers.isEmpty() ? mainOrganization : null)
                        : (mainOrganization != null ? mainOrganization : one);
                if (implicit == null || implicit.equals(e.agentKey())) {
                    continue;
                }
                done = new Event(e.type(), e.agentKey(), implicit, e.date(), e.amount(), e.evidence());
            }
            if (done.agentKey() == null) {
                // an event whose sentence names no agent takes the one the document states for the fact it implies
                // ("Cruise was launched in 2013" … "founder Kyle Vogt"); a launch, else the product's known maker
                String object = done.objectKey();
                RelationType implied = done.type().implied();
                List<String> stated = relations.stream()
                        .filter(r -> r.predicate() == implied && r.objectKey().equals(object))
                        .map(Relation::subjectKey).distinct().toList();
                String known = done.type() == EventType.PRODUCT_LAUNCH ? products.developerOf(object) : null;
                // the developer the document states, else the one general knowledge gives when the document names it
                String developer = stated.size() == 1 ? stated.get(0)
                        : stated.isEmpty() && known != null && types.containsKey(known) ? known : null;
                if (developer != null && !developer.equals(object)) {
                    Evidence ev = done.evidence();
                    done = new Event(done.type(), developer, done.objectKey(), done.date(), done.amount(),
                            new Evidence(ev.documentPath(), ev.sentence(), ev.span(), ev.extractor() + "+"
                                    + ProductKnowledge.NAME, Math.min(KNOWLEDGE_CONFIDENCE, ev.confidence())));
                }
            }
            completed.add(done);
        }
        Map<String, TemporalValue> unattributedDates = new HashMap<>();
        Set<String> withAgent = new HashSet<>();
        for (Event e : completed) {
            if (e.agentKey() != null) {
                withAgent.add(e.type() + "|" + e.objectKey());
            } else if (e.date() != null) {
                unattributedDates.putIfAbsent(e.type() + "|" + e.objectKey(), e.date());
            }
        }
        Map<String, Event> byKey = new LinkedHashMap<>();
        for (Event e : completed) {
            String what = e.type() + "|" + e.objectKey();
            if (e.agentKey() == null && withAgent.contains(what)) {
                continue; // the same event, stated elsewhere with its agent
            }
            Event kept = e;
            TemporalValue finer = unattributedDates.get(what);
            if (e.agentKey() != null && finer != null && refines(finer, e.date())) {
                kept = withDate(e, finer);
            }
            // one event stated twice ("2014年,李斌创办了蔚来" and "2014年11月,蔚来正式成立"): its first statement
            // is the evidence, dated as precisely as any statement agrees
            byKey.merge(kept.type() + "|" + kept.agentKey() + "|" + kept.objectKey(), kept,
                    (first, later) -> later.date() != null && refines(later.date(), first.date())
                            ? withDate(first, later.date()) : first);
        }
        out.addAll(byKey.values());
        return out;
    }

    /** Opening and closing quotation marks that come in pairs. */
    private static final String OPENING = "“「『‘«";
    private static final String CLOSING = "”」』’»";

    /** Which offsets of a text stand inside a quotation (paired marks, or straight double quotes). */
    static java.util.function.IntPredicate quotations(String text) {
        java.util.BitSet inside = new java.util.BitSet(text.length());
        int depth = 0;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            } else if (c == '\n') {
                straight = false; // an unclosed straight quote ends with its paragraph
            }
            if (depth > 0 || straight) {
                inside.set(i);
            }
        }
        return inside::get;
    }

    private static Event withDate(Event e, TemporalValue date) {
        return new Event(e.type(), e.agentKey(), e.objectKey(), date, e.amount(), e.evidence());
    }

    /** Whether {@code finer} says more than {@code coarse} and agrees with it (2014-11 refines 2014 and nothing). */
    static boolean refines(TemporalValue finer, TemporalValue coarse) {
        return coarse == null || finer.lexical().length() > coarse.lexical().length()
                && finer.lexical().startsWith(coarse.lexical());
    }

    /** How far after its trigger a date may start and still be the event's ("joined X in 1988"). */
    static final int FOLLOWING_DATE_REACH = 15;

    /** Punctuation that closes a clause: a date beyond it belongs to another clause. */
    private static final String CLAUSE_ENDS = ",,。;;!!??";

    /**
     * The date stated closest to the words that state the event ("他于2024年5月加入X,并于今年6月底辞职": the
     * departure takes 今年6月); a date after the whole statement only when it follows closely, in the same clause
     * ("joined X in 1988"); or null.
     */
    static TemporalValue nearestDate(List<DateNormalizer.Found> dates, Sentence s, Span anchor, Span extent) {
        int base = s.span().begin();
        TemporalValue governed = governedDate(dates, s, anchor);
        if (governed != null) {
            return governed;
        }
        int begin = anchor.begin();
        int end = Math.max(anchor.end(), extent.end());
        TemporalValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateNormalizer.Found d : dates) {
            int db = base + d.begin();
            int de = base + d.end();
            int distance = db >= end ? db - end : de <= begin ? begin - de : 0;
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

    /** How many steps up the parse a date's word may stand below the trigger and still be governed by it. */
    static final int GOVERNING_STEPS = 2;

    /**
     * The date the parse attaches to the trigger ("Founded in 2013, X bought Y in 2016": the buying's date is the
     * one its verb governs), when the sentence is parsed and exactly one date hangs below the trigger; else null.
     */
    static TemporalValue governedDate(List<DateNormalizer.Found> dates, Sentence s, Span anchor) {
        dev.kgx.model.Parse parse = s.parse();
        if (parse == null || dates.isEmpty()) {
            return null;
        }
        int trigger = parse.tokenAt(anchor.begin());
        if (trigger < 0) {
            return null;
        }
        int[] head = new int[parse.tokens().size()];
        java.util.Arrays.fill(head, -1);
        for (dev.kgx.model.Dependency d : parse.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < head.length) {
                head[d.dependent()] = d.governor();
            }
        }
        TemporalValue found = null;
        for (DateNormalizer.Found d : dates) {
            int t = parse.tokenAt(s.span().begin() + d.begin());
            boolean below = false;
            for (int step = 0, i = t; step < GOVERNING_STEPS && i >= 0; step++) {
                i = head[i];
                below |= i == trigger;
            }
            if (below && d.value() != null) {
                if (found != null && !found.equals(d.value())) {
                    return null; // two dates below the trigger: let distance decide
                }
                found = d.value();
            }
        }
        return found;
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
