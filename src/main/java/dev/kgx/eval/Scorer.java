package dev.kgx.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The team's scorer ({@code ../shared/eval/score.py}, kg-gold/1) in Java, rule for rule, so that a user scores
 * kgx on their own annotated articles with {@code kgx eval} and gets the figures the scorer gives. The graph is
 * matched by local names: entities are mapped to gold entities by their names (NFKC, Traditional to Simplified,
 * case folded, spaces and punctuation removed); entities are scored per document with their coarse type,
 * relations and events over the corpus.
 */
public final class Scorer {
    private static final Map<String, String> COARSE = Map.of("Person", "Person", "Organization", "Org",
            "Company", "Org", "Product", "Product");
    private static final Set<String> EVENT_TYPES = Set.of("Founding", "ProductLaunch", "Joining", "Departure",
            "Acquisition", "Investment");
    private static final Set<String> RELATIONS = Set.of("worksFor", "founded", "develops", "competesWith",
            "acquired", "investedIn", "educatedAt", "partOf");
    private static final Map<String, String> INVERSES = Map.of("foundedBy", "founded", "developedBy", "develops",
            "acquiredBy", "acquired", "hasPart", "partOf", "employs", "worksFor", "hasEmployee", "worksFor");
    private static final Set<String> NAME_PROPS = Set.of("label", "prefLabel", "altLabel", "name", "alternateName",
            "hiddenLabel");
    private static final Pattern LOCAL = Pattern.compile("[#/:]");
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf";

    /**
     * One triple of the graph scored: an IRI as written, a blank node as {@code _:label}, a literal by its
     * lexical form ({@code literal} true).
     */
    public record Statement(String subject, String predicate, String object, boolean literal) {
    }
    private static final Pattern NOISE = Pattern.compile("[\\s\\-·・‧•.．'’\"“”()（）]",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Precision, recall and F1. */
    public record Prf(double p, double r, double f) {
        static Prf of(int tp, int fp, int fn) {
            double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0;
            double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0;
            return new Prf(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
        }
    }

    /** Everything the scorer reports; the lists are what {@code -v} prints. */
    public record Result(List<String> docs, List<String> missingDocs, int graphEntities, int graphRelations,
                         int graphEvents, Prf entity, Prf entityUntyped, Map<String, Prf> perDocument,
                         int duplicatesInDocs, Map<String, Integer> split, List<String> overmerged, Prf relation,
                         int relationTp, int relationFp, int relationFn, Prf event, Double dateAccuracy,
                         List<String> missedEntities, List<String> spuriousEntities, List<String> missedRelations,
                         List<String> spuriousRelations) {
    }

    private final UnaryOperator<String> toSimplified;

    /** @param toSimplified Traditional to Simplified Chinese (the scorer uses OpenCC's t2s; kgx HanLP's) */
    public Scorer(UnaryOperator<String> toSimplified) {
        this.toSimplified = toSimplified;
    }

    static String local(String s) {
        String[] parts = LOCAL.split(s, -1);
        return parts[parts.length - 1];
    }

    private record Key(String s, String p, String o) implements Comparable<Key> {
        static Key of(String s, String p, String o) {
            return p.equals("competesWith") && s.compareTo(o) > 0 ? new Key(o, p, s) : new Key(s, p, o);
        }

        @Override
        public int compareTo(Key k) {
            return toString().compareTo(k.toString());
        }

        @Override
        public String toString() {
            return s + " " + p + " " + o;
        }
    }

    private record PredictedEvent(Set<String> types, Set<String> agents, Set<String> objects, Set<String> dates) {
    }

    /** Scores the graph (every triple of the store and the ontology) on the gold documents in {@code scope}. */
    public Result score(List<Statement> triples, GoldStandard gold, List<String> scope) {
        List<String> docs = scope.isEmpty() ? new ArrayList<>(new TreeSet<>(gold.docs().keySet())) : scope;
        Map<String, List<Statement>> bySubject = new HashMap<>();
        triples.forEach(t -> bySubject.computeIfAbsent(t.subject(), k -> new ArrayList<>()).add(t));

        Map<String, Set<String>> sub = new HashMap<>();
        Map<String, Set<String>> types = new LinkedHashMap<>();
        Map<String, String> fileToDoc = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<String>> mentioned = new HashMap<>();
        for (Statement t : triples) {
            if (t.predicate().equals(SUBCLASS_OF)) {
                sub.computeIfAbsent(t.subject(), k -> new HashSet<>()).add(t.object());
            }
        }
        for (Statement t : triples) {
            String p = local(t.predicate());
            String o = t.object();
            if (t.predicate().equals(RDF_TYPE)) {
                types.computeIfAbsent(t.subject(), k -> new HashSet<>()).addAll(classNames(o, sub, new HashSet<>()));
            }
            if (p.equals("fileName") && t.literal()) {
                fileToDoc.put(o, t.subject());
            }
            if (NAME_PROPS.contains(p) && t.literal()) {
                names.computeIfAbsent(t.subject(), k -> new HashSet<>()).add(o);
            }
            if (p.equals("mentionedIn")) {
                mentioned.computeIfAbsent(o, k -> new HashSet<>()).add(t.subject());
            }
        }
        // a document may be stored under a path: its last path segment, when unique
        Map<String, Set<String>> byBase = new HashMap<>();
        fileToDoc.forEach((f, node) -> {
            String slashed = f.replace('\\', '/');
            byBase.computeIfAbsent(slashed.substring(slashed.lastIndexOf('/') + 1), k -> new HashSet<>()).add(node);
        });
        Map<String, String> docNode = new HashMap<>();
        gold.docs().forEach((d, f) -> {
            String n = fileToDoc.get(f);
            if (n == null && byBase.getOrDefault(f, Set.of()).size() == 1) {
                n = byBase.get(f).iterator().next();
            }
            if (n != null) {
                docNode.put(d, n);
            }
        });
        List<String> missingDocs = docs.stream().filter(d -> !docNode.containsKey(d)).toList();

        // the scorer converts the strings it knows (gold forms, node names) to Simplified, as written
        Set<String> known = new HashSet<>();
        Map<String, GoldStandard.Entity> goldEntities = new LinkedHashMap<>();
        for (GoldStandard.Entity e : gold.entities()) {
            goldEntities.put(e.id(), e);
            known.add(e.name());
            e.mentions().values().forEach(known::addAll);
        }
        names.values().forEach(known::addAll);
        Map<String, String> simplified = new HashMap<>();
        UnaryOperator<String> norm = s -> {
            String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
            if (known.contains(n)) {
                n = simplified.computeIfAbsent(n, toSimplified);
            }
            n = n.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT); // case folding (ß → ss)
            return NOISE.matcher(n).replaceAll("");
        };
        Map<String, Set<String>> alias = new HashMap<>();
        for (GoldStandard.Entity e : gold.entities()) {
            Set<String> forms = new HashSet<>();
            forms.add(e.name());
            e.mentions().values().forEach(forms::addAll);
            forms.addAll(e.aliases());
            forms.forEach(f -> alias.computeIfAbsent(norm.apply(f), k -> new TreeSet<>()).add(e.id()));
        }

        List<String> entities = types.keySet().stream().filter(n -> coarse(types.get(n)) != null).toList();
        Map<String, String> mapping = new HashMap<>();
        List<String> overmerged = new ArrayList<>();
        for (String n : entities) {
            Map<String, Integer> hits = new TreeMap<>();
            Map<String, Integer> strong = new TreeMap<>();
            for (String label : names.getOrDefault(n, Set.of())) {
                Set<String> ids = alias.getOrDefault(norm.apply(label), Set.of());
                for (String id : ids) {
                    hits.merge(id, 1, Integer::sum);
                    if (ids.size() == 1) {
                        strong.merge(id, 1, Integer::sum);
                    }
                }
            }
            Map<String, Integer> pool = strong.isEmpty() ? hits : strong;
            if (pool.isEmpty()) {
                mapping.put(n, null);
                continue;
            }
            // the most names, then the first id
            String best = null;
            for (var e : pool.entrySet()) {
                if (best == null || e.getValue() > pool.get(best)) {
                    best = e.getKey();
                }
            }
            mapping.put(n, best);
            if (strong.size() > 1) {
                overmerged.add(n + " ['" + String.join("', '", strong.keySet()) + "']");
            }
        }

        // entities, per document
        int tp = 0, fp = 0, fn = 0, utp = 0, ufp = 0, ufn = 0, dup = 0;
        Map<String, Prf> perDoc = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (String d : docs) {
            String dn = docNode.get(d);
            List<String> preds = dn == null ? List.of() : mentioned.getOrDefault(dn, Set.of()).stream()
                    .filter(n -> coarse(types.getOrDefault(n, Set.of())) != null)
                    .sorted().toList();
            Set<String> req = new TreeSet<>();
            Set<String> opt = new TreeSet<>();
            for (GoldStandard.Entity e : gold.entities()) {
                if (e.mentions().containsKey(d)) {
                    (e.required() ? req : opt).add(e.id());
                }
            }
            Set<String> foundTyped = new HashSet<>();
            Set<String> foundAny = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            int dfp = 0, dufp = 0;
            for (String n : preds) {
                String id = mapping.get(n);
                String c = coarse(types.get(n));
                if (id == null || !req.contains(id) && !opt.contains(id)) {
                    dfp++;
                    dufp++;
                    spurious.add(d + " " + firstNames(names.get(n), n, 3) + " " + c);
                    continue;
                }
                seen.merge(id, 1, Integer::sum);
                if (opt.contains(id)) {
                    continue;
                }
                foundAny.add(id);
                if (goldCoarse(goldEntities.get(id)).contains(c)) {
                    foundTyped.add(id);
                } else {
                    dfp++;
                    spurious.add(d + " " + firstNames(names.get(n), n, 3) + " wrong type " + c);
                }
            }
            dup += seen.values().stream().filter(c -> c > 1).mapToInt(c -> c - 1).sum();
            Set<String> missed = new TreeSet<>(req);
            missed.removeAll(foundTyped);
            missed.forEach(id -> misses.add(d + " " + id + " " + goldEntities.get(id).type()));
            Set<String> missedAny = new TreeSet<>(req);
            missedAny.removeAll(foundAny);
            tp += foundTyped.size();
            fp += dfp;
            fn += missed.size();
            utp += foundAny.size();
            ufp += dufp;
            ufn += missedAny.size();
            perDoc.put(d, Prf.of(foundTyped.size(), dfp, missed.size()));
        }

        // relations, over the corpus
        Set<String> scopeSet = new HashSet<>(docs);
        Set<Key> greq = new TreeSet<>();
        Set<Key> gopt = new TreeSet<>();
        for (GoldStandard.Relation r : gold.relations()) {
            if (r.docs().stream().noneMatch(scopeSet::contains)) {
                continue;
            }
            (r.required() ? greq : gopt).add(Key.of(r.s(), r.p(), r.o()));
        }
        Set<String> entitySet = new HashSet<>(entities);
        Set<Key> predicted = new TreeSet<>();
        for (Statement t : triples) {
            String s = t.subject();
            String o = t.object();
            String ln = local(t.predicate());
            if (INVERSES.containsKey(ln)) {
                String x = s;
                s = o;
                o = x;
                ln = INVERSES.get(ln);
            }
            if (!RELATIONS.contains(ln) || !entitySet.contains(s) || !entitySet.contains(o)) {
                continue;
            }
            String a1 = mapping.get(s);
            String a2 = mapping.get(o);
            if (a1 == null || a2 == null) {
                predicted.add(new Key("?" + s, ln, "?" + o));
                continue;
            }
            predicted.add(Key.of(a1, ln, a2));
        }
        Set<Key> rtpSet = new TreeSet<>(predicted);
        rtpSet.retainAll(greq);
        Set<Key> rfpSet = new TreeSet<>(predicted);
        rfpSet.removeAll(greq);
        rfpSet.removeAll(gopt);
        Set<Key> rfnSet = new TreeSet<>(greq);
        rfnSet.removeAll(predicted);

        // events
        List<GoldStandard.Event> gevReq = new ArrayList<>();
        List<GoldStandard.Event> gevOpt = new ArrayList<>();
        for (GoldStandard.Event e : gold.events()) {
            if (e.docs().stream().anyMatch(scopeSet::contains)) {
                (e.required() ? gevReq : gevOpt).add(e);
            }
        }
        List<PredictedEvent> pev = new ArrayList<>();
        for (var e : types.entrySet()) {
            Set<String> et = new HashSet<>(e.getValue());
            et.retainAll(EVENT_TYPES);
            if (et.isEmpty()) {
                continue;
            }
            Set<String> agents = new HashSet<>();
            Set<String> objects = new HashSet<>();
            Set<String> dates = new HashSet<>();
            for (Statement t : bySubject.getOrDefault(e.getKey(), List.of())) {
                String ln = local(t.predicate());
                String o = t.object();
                switch (ln) {
                    case "agent" -> addMapped(agents, mapping.get(o));
                    case "object" -> addMapped(objects, mapping.get(o));
                    case "date" -> dates.add(o);
                    default -> {
                    }
                }
            }
            pev.add(new PredictedEvent(et, agents, objects, dates));
        }
        int etp = 0, dateOk = 0, dateN = 0;
        for (GoldStandard.Event ge : gevReq) {
            List<PredictedEvent> hit = pev.stream().filter(pe -> matches(pe, ge)).toList();
            if (!hit.isEmpty()) {
                etp++;
                if (ge.date() != null && !ge.date().isEmpty()) {
                    dateN++;
                    if (hit.stream().anyMatch(pe -> pe.dates().stream().anyMatch(d -> d.startsWith(ge.date())))) {
                        dateOk++;
                    }
                }
            }
        }
        List<GoldStandard.Event> allGold = new ArrayList<>(gevReq);
        allGold.addAll(gevOpt);
        int efp = (int) pev.stream().filter(pe -> allGold.stream().noneMatch(ge -> matches(pe, ge))).count();

        Map<String, Integer> corpusDups = new TreeMap<>();
        mapping.values().stream().filter(id -> id != null).forEach(id -> corpusDups.merge(id, 1, Integer::sum));
        Map<String, Integer> split = new TreeMap<>();
        corpusDups.forEach((id, c) -> {
            if (c > 1) {
                split.put(id, c);
            }
        });
        return new Result(docs, missingDocs, entities.size(), predicted.size(), pev.size(), Prf.of(tp, fp, fn),
                Prf.of(utp, ufp, ufn), perDoc, dup, split, overmerged,
                Prf.of(rtpSet.size(), rfpSet.size(), rfnSet.size()), rtpSet.size(), rfpSet.size(), rfnSet.size(),
                Prf.of(etp, efp, gevReq.size() - etp), dateN > 0 ? (double) dateOk / dateN : null, misses, spurious,
                rfnSet.stream().map(Key::toString).toList(), rfpSet.stream().map(Key::toString).toList());
    }

    private static void addMapped(Set<String> into, String id) {
        if (id != null) {
            into.add(id);
        }
    }

    private static boolean matches(PredictedEvent pe, GoldStandard.Event ge) {
        if (!pe.types().contains(ge.type())) {
            return false;
        }
        if (ge.object() != null && !ge.object().isEmpty() && !pe.objects().contains(ge.object())) {
            return false;
        }
        return ge.agents().isEmpty() || ge.agents().stream().anyMatch(pe.agents()::contains);
    }

    private static Set<String> classNames(String c, Map<String, Set<String>> sub, Set<String> seen) {
        if (!seen.add(c)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        out.add(local(c));
        for (String p : sub.getOrDefault(c, Set.of())) {
            out.addAll(classNames(p, sub, seen));
        }
        return out;
    }

    private static String coarse(Set<String> t) {
        if (t == null) {
            return null;
        }
        if (t.contains("Person")) {
            return "Person";
        }
        if (t.contains("Product")) {
            return "Product";
        }
        return t.contains("Organization") || t.contains("Company") ? "Org" : null;
    }

    private static Set<String> goldCoarse(GoldStandard.Entity e) {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(List.of(e.type()));
        all.addAll(e.altTypes());
        for (String t : all) {
            if (COARSE.containsKey(t)) {
                out.add(COARSE.get(t));
            }
        }
        return out;
    }

    /** The first names of a node, sorted, as the scorer lists them (a Python list: ['a', 'b']). */
    private static String firstNames(Collection<String> names, String n, int k) {
        List<String> sorted = names == null ? List.of(n) : new ArrayList<>(new TreeSet<>(names));
        return "['" + String.join("', '", sorted.subList(0, Math.min(k, sorted.size()))) + "']";
    }
}
