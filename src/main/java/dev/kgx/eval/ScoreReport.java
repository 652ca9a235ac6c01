package dev.kgx.eval;

import com.google.gson.GsonBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A score as the team's scorer prints it, line for line (its last line: {@code score: entityF1=…}), or as JSON. */
public final class ScoreReport {
    private ScoreReport() {
    }

    /** Rounded half to even on the double's exact value, as Python's {@code %.Nf} does. */
    static String fixed(double v, int digits) {
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String prf(Scorer.Prf x) {
        return "P=" + fixed(x.p(), 2) + " R=" + fixed(x.r(), 2) + " F1=" + fixed(x.f(), 2);
    }

    public static String text(Scorer.Result r, boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append("documents scored: ").append(String.join(",", r.docs()))
                .append(r.missingDocs().isEmpty() ? "" : "  MISSING: " + String.join(",", r.missingDocs()))
                .append('\n');
        b.append("graph: ").append(r.graphEntities()).append(" typed entities, ").append(r.graphRelations())
                .append(" relations (contract predicates), ").append(r.graphEvents()).append(" events\n");
        b.append("entities (typed, per doc):   ").append(prf(r.entity())).append('\n');
        b.append("entities (untyped, per doc): ").append(prf(r.entityUntyped())).append('\n');
        r.perDocument().forEach((d, v) -> b.append("   ").append(d).append("  ").append(prf(v)).append('\n'));
        b.append("resolution: ").append(r.duplicatesInDocs()).append(" duplicate nodes within docs; ")
                .append(r.split().size()).append(" gold entities split over several nodes; ")
                .append(r.overmerged().size()).append(" nodes over-merged\n");
        b.append("relations:  ").append(prf(r.relation())).append("  (tp=").append(r.relationTp()).append(" fp=")
                .append(r.relationFp()).append(" fn=").append(r.relationFn()).append(")\n");
        b.append("events:     ").append(prf(r.event()))
                .append(r.dateAccuracy() != null ? "  date accuracy " + fixed(r.dateAccuracy(), 2) : "").append('\n');
        if (verbose) {
            b.append("\n-- missed entities\n");
            r.missedEntities().forEach(m -> b.append("   ").append(m).append('\n'));
            b.append("-- spurious entities\n");
            r.spuriousEntities().stream().limit(200).forEach(m -> b.append("   ").append(m).append('\n'));
            b.append("-- split\n");
            r.split().forEach((k, v) -> b.append("   ").append(k).append(' ').append(v).append('\n'));
            b.append("-- overmerged\n");
            r.overmerged().forEach(m -> b.append("   ").append(m).append('\n'));
            b.append("-- missed relations\n");
            r.missedRelations().forEach(m -> b.append("   ").append(m).append('\n'));
            b.append("-- spurious relations\n");
            r.spuriousRelations().stream().limit(200).forEach(m -> b.append("   ").append(m).append('\n'));
        }
        b.append("score: entityF1=").append(fixed(r.entity().f(), 3)).append(" relationF1=")
                .append(fixed(r.relation().f(), 3)).append(" eventF1=").append(fixed(r.event().f(), 3))
                .append('\n');
        return b.toString();
    }

    public static String json(Scorer.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docs", r.docs());
        out.put("missing_docs", r.missingDocs());
        out.put("entity", prfMap(r.entity()));
        out.put("entity_untyped", prfMap(r.entityUntyped()));
        Map<String, Object> perDoc = new LinkedHashMap<>();
        r.perDocument().forEach((d, v) -> perDoc.put(d, prfMap(v)));
        out.put("entity_per_doc", perDoc);
        out.put("duplicates_in_docs", r.duplicatesInDocs());
        out.put("split_entities", r.split());
        out.put("overmerged", r.overmerged().size());
        out.put("relation", prfMap(r.relation()));
        out.put("relation_counts", ordered("tp", r.relationTp(), "fp", r.relationFp(), "fn", r.relationFn()));
        out.put("event", prfMap(r.event()));
        out.put("event_date_accuracy", r.dateAccuracy());
        out.put("graph", ordered("entities", r.graphEntities(), "events", r.graphEvents(), "relations",
                r.graphRelations()));
        // as score.py's json.dumps(indent=1, ensure_ascii=False)
        return new GsonBuilder().setFormattingStyle(com.google.gson.FormattingStyle.PRETTY.withIndent(" "))
                .serializeNulls().disableHtmlEscaping().create().toJson(out) + "\n";
    }

    private static Map<String, Integer> ordered(String k1, int v1, String k2, int v2, String k3, int v3) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }

    private static Map<String, Double> prfMap(Scorer.Prf x) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p", x.p());
        m.put("r", x.r());
        m.put("f", x.f());
        return m;
    }
}
