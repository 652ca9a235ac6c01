package dev.kgx.model;

import java.util.List;

/**
 * The store as a property graph, for graph tools (Gephi, Cytoscape, Neo4j): entities and events as nodes, relations
 * between entities and the roles of events (agent, object) as edges. Provenance is summed up on each edge (how
 * many evidence sentences, the highest confidence); the sentences themselves stay in the RDF.
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {
    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An entity or an event.
     *
     * @param id        its IRI
     * @param kind      the ontology class's local name (Person, Company… or Acquisition, Joining…)
     * @param event     whether it is an event
     * @param label     the preferred name, or for an event its kind and date ("Acquisition 2023-03")
     * @param names     every name in every script, separated by " | " (empty for events)
     * @param documents the paths of the documents that mention it, separated by spaces
     * @param date      an event's date as stored (2023, 2023-03, 2023-03-14), or empty
     * @param amount    an event's amount of money as written, or empty
     */
    public record Node(String id, String kind, boolean event, String label, String names, String documents,
                       String date, String amount) {
    }

    /** A sentence stating a fact, and the path of the document it is in. */
    public record Evidence(String document, String sentence) {
    }

    /**
     * A relation between two entities, or an event's tie to its agent or object.
     *
     * @param id         a stable identifier (the assertion's IRI, or the event's with the role)
     * @param predicate  the relation's local name (worksFor…), or {@code agent} / {@code object}
     * @param directed   false for a symmetric relation (competesWith)
     * @param confidence the highest confidence among its evidence
     * @param evidence   how many evidence sentences state it
     */
    public record Edge(String id, String source, String target, String predicate, boolean directed,
                       double confidence, int evidence) {
    }
}
