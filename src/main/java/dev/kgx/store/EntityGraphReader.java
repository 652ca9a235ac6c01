package dev.kgx.store;

import dev.kgx.model.EntityGraph;
import dev.kgx.model.RelationType;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the store's entities, events and relations as an {@link EntityGraph}. */
public final class EntityGraphReader {
    private static final String ENTITIES = """
            SELECT ?e (MIN(STR(?class)) AS ?kind) (MIN(STR(?label)) AS ?name)
                   (GROUP_CONCAT(DISTINCT STR(?alt); SEPARATOR=" | ") AS ?names)
                   (GROUP_CONCAT(DISTINCT ?path; SEPARATOR=" ") AS ?docs)
            WHERE {
              VALUES ?class { kgx:Person kgx:Organization kgx:Company kgx:Product }
              ?e a ?class ; rdfs:label ?label ; kgx:mentionedIn/kgx:path ?path .
              { ?e skos:altLabel ?alt } UNION { ?e rdfs:label ?alt }
            }
            GROUP BY ?e ORDER BY ?e""";
    private static final String EVENTS = """
            SELECT ?ev (MIN(STR(?class)) AS ?kind) (MIN(STR(?d)) AS ?date) (MIN(STR(?amt)) AS ?amount)
                   (GROUP_CONCAT(DISTINCT ?path; SEPARATOR=" ") AS ?docs)
                   (COUNT(DISTINCT ?evidence) AS ?n) (MAX(?c) AS ?confidence)
            WHERE {
              VALUES ?class { kgx:Founding kgx:ProductLaunch kgx:Joining kgx:Departure kgx:Acquisition kgx:Investment }
              ?ev a ?class ; kgx:evidence ?evidence .
              ?evidence kgx:confidence ?c ; kgx:inDocument/kgx:path ?path .
              OPTIONAL { ?ev kgx:date ?d }
              OPTIONAL { ?ev kgx:amount ?amt }
            }
            GROUP BY ?ev ORDER BY ?ev""";
    private static final String ROLES = """
            SELECT DISTINCT ?ev ?role ?x WHERE {
              VALUES ?class { kgx:Founding kgx:ProductLaunch kgx:Joining kgx:Departure kgx:Acquisition kgx:Investment }
              VALUES ?role { kgx:agent kgx:object }
              ?ev a ?class ; ?role ?x .
            } ORDER BY ?ev ?role ?x""";
    private static final String RELATIONS = """
            SELECT ?a ?s ?p ?o (COUNT(DISTINCT ?evidence) AS ?n) (MAX(?c) AS ?confidence) WHERE {
              ?a a kgx:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgx:evidence ?evidence .
              ?evidence kgx:confidence ?c .
            }
            GROUP BY ?a ?s ?p ?o ORDER BY ?a""";

    private final KgxStore store;
    private final QueryLimits limits;

    public EntityGraphReader(KgxStore store, QueryLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    public EntityGraph read() {
        List<EntityGraph.Node> nodes = new ArrayList<>();
        List<EntityGraph.Edge> edges = new ArrayList<>();
        java.util.Set<String> entities = new java.util.HashSet<>();
        select(ENTITIES, row -> {
            entities.add(iri(row, "e"));
            nodes.add(new EntityGraph.Node(iri(row, "e"), local(text(row, "kind")), false, text(row, "name"),
                    text(row, "names"), text(row, "docs"), "", ""));
        });
        java.util.Map<String, double[]> eventEvidence = new java.util.HashMap<>();
        select(EVENTS, row -> {
            String kind = local(text(row, "kind"));
            String date = text(row, "date");
            nodes.add(new EntityGraph.Node(iri(row, "ev"), kind, true, date.isEmpty() ? kind : kind + " " + date,
                    "", text(row, "docs"), date, text(row, "amount")));
            eventEvidence.put(iri(row, "ev"), new double[] {row.getLiteral("confidence").getDouble(),
                    row.getLiteral("n").getInt()});
        });
        select(ROLES, row -> {
            String event = iri(row, "ev");
            String role = local(iri(row, "role"));
            String other = iri(row, "x");
            double[] ev = eventEvidence.get(event);
            if (ev == null || !entities.contains(other)) {
                return;
            }
            boolean agent = role.equals("agent");
            edges.add(new EntityGraph.Edge(event + "#" + role + "-" + edges.size(), agent ? other : event,
                    agent ? event : other, role, true, ev[0], (int) ev[1]));
        });
        select(RELATIONS, row -> {
            String s = iri(row, "s");
            String o = iri(row, "o");
            if (!entities.contains(s) || !entities.contains(o)) {
                return;
            }
            String predicate = local(iri(row, "p"));
            edges.add(new EntityGraph.Edge(iri(row, "a"), s, o, predicate,
                    !RelationType.fromTerm(predicate).symmetric(), row.getLiteral("confidence").getDouble(),
                    row.getLiteral("n").getInt()));
        });
        return new EntityGraph(nodes, edges);
    }

    private static final String EVIDENCE = """
            SELECT ?fact ?path ?sentence WHERE {
              ?fact kgx:evidence ?ev . ?ev kgx:inDocument/kgx:path ?path ; kgx:sentence ?sentence .
            } ORDER BY ?fact ?path ?sentence""";

    /** The evidence sentences of each relation (by its assertion's IRI) and each event (by its IRI). */
    public java.util.Map<String, List<EntityGraph.Evidence>> evidence() {
        java.util.Map<String, List<EntityGraph.Evidence>> out = new java.util.LinkedHashMap<>();
        select(EVIDENCE, row -> out.computeIfAbsent(iri(row, "fact"), k -> new ArrayList<>())
                .add(new EntityGraph.Evidence(text(row, "path"), text(row, "sentence"))));
        return out;
    }

    /** How many documents the store holds. */
    public int documents() {
        int[] n = new int[1];
        select("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kgx:Document }",
                row -> n[0] = row.getLiteral("n").getInt());
        return n[0];
    }

    private void select(String sparql, Consumer<QuerySolution> each) {
        store.query(sparql, limits, qe -> {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(each);
            return null;
        });
    }

    private static String iri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
