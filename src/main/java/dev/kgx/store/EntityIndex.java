package dev.kgx.store;

import dev.kgx.rdf.KGX;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entity index: in the graph {@link KGX#ENTITY_INDEX}, one summary per entity across all documents (one label,
 * one class, the number of documents that mention it, its merge reasons once each, its other names in one literal,
 * {@link KGX#allNames}, and its names lower-cased, {@link KGX#lookupName}), and one per fact: each relation
 * assertion and event with its statements ({@link #FACT_PROPERTIES}) once each and the number of documents that
 * state it; a relation assertion's triple is also stated directly, once.
 *
 * <p>Why: each document's graph states what it says of the entities and facts it mentions, so in the union graph
 * queries read, an entity in 20,000 documents has 20,000 label statements and a fact stated by 20,000 documents
 * 20,000 of each of its statements; a query that looks up the label of each of its facts, lists every fact, or
 * counts the documents of each, reads them all, and grows with the square of the mentions. The summary is one
 * statement of each, kept current by the derivation for the entities and facts of the documents it rewrites.
 */
final class EntityIndex {
    static final Node GRAPH = NodeFactory.createURI(KGX.ENTITY_INDEX);

    /** The classes a summary may give, most specific first: the one an entity is most often stated as wins. */
    private static final List<Node> CLASSES = List.of(KGX.Person.asNode(), KGX.Company.asNode(),
            KGX.Organization.asNode(), KGX.Product.asNode());

    /** The classes of the facts summarised: relation assertions and every kind of event. */
    private static final Set<Node> FACT_CLASSES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(KGX.Assertion.asNode()),
            java.util.Arrays.stream(dev.kgx.model.EventType.values()).map(t -> KGX.event(t).asNode()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What a fact's summary keeps of its statements, one copy of each: what it is, between whom, when, how much. */
    private static final Set<Node> FACT_PROPERTIES = Set.of(RDF.type.asNode(), RDF.subject.asNode(),
            RDF.predicate.asNode(), RDF.object.asNode(), KGX.agent.asNode(), KGX.object.asNode(), KGX.date.asNode(),
            KGX.amount.asNode());

    /** What an entity's summary keeps besides its label and class, one copy of each: the lists of entities show it. */
    private static final Set<Node> ENTITY_PROPERTIES = Set.of(KGX.mergeReason.asNode());

    /** The relations assertions describe: an assertion's summary also states its triple directly, once. */
    private static final Set<Node> RELATIONS = java.util.Arrays.stream(dev.kgx.model.RelationType.values())
            .map(t -> KGX.relation(t).asNode()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** How {@link KGX#allNames} joins an entity's other names. */
    static final String NAME_SEPARATOR = " | ";

    /**
     * (index graph, index graph, owl:versionInfo, this): the index holds what this version of kgx summarises; an
     * index without it was made by an older kgx and is built again by the next derivation.
     */
    static final Node VERSION = NodeFactory.createLiteralString("5");

    private EntityIndex() {
    }

    /** The entities and facts a graph names: the subjects it gives a label, and its assertions and events. */
    static Set<Node> entitiesOf(Graph graph) {
        Set<Node> out = new HashSet<>();
        graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject());
            }
        });
        for (Node c : FACT_CLASSES) {
            graph.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t -> out.add(t.getSubject()));
        }
        return out;
    }

    /** Every entity and fact the documents name: what an index built from scratch summarises. */
    static Set<Node> allEntities(DatasetGraph dsg) {
        Set<Node> all = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                all.add(q.getSubject());
            }
        });
        for (Node c : FACT_CLASSES) {
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> all.add(q.getSubject()));
        }
        return all;
    }

    /** Whether the index holds what this version summarises (a store indexed by an older kgx: not yet). */
    static boolean current(DatasetGraph dsg) {
        return dsg.contains(GRAPH, GRAPH, OWL.versionInfo.asNode(), VERSION);
    }

    /** Marks the index as holding what this version summarises (once every summary is written). */
    static void markCurrent(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, GRAPH, OWL.versionInfo.asNode(), Node.ANY);
        dsg.add(currentMark());
    }

    /** The statement that marks the index as holding what this version summarises. */
    static Quad currentMark() {
        return Quad.create(GRAPH, GRAPH, OWL.versionInfo.asNode(), VERSION);
    }

    /**
     * Removes the summary of an entity or fact: for a relation assertion also the triple it states; for an entity,
     * not the triples of the assertions it is the subject of (theirs to keep).
     */
    private static void forget(DatasetGraph dsg, Node e) {
        Triple stated = statedTriple(dsg, e);
        if (stated != null) {
            dsg.delete(GRAPH, stated.getSubject(), stated.getPredicate(), stated.getObject());
        }
        List<Quad> summary = new java.util.ArrayList<>();
        dsg.find(GRAPH, e, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!RELATIONS.contains(q.getPredicate())) {
                summary.add(q);
            }
        });
        summary.forEach(dsg::delete);
    }

    /**
     * The triple a relation assertion's summary describes (rdf:subject, rdf:predicate, rdf:object, each stated
     * once), stated directly in the index too, so that a list of relations reads one triple per fact instead of
     * three; null for anything else.
     */
    private static Triple statedTriple(DatasetGraph dsg, Node e) {
        Set<Triple> summary = new HashSet<>();
        for (Node p : List.of(RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode())) {
            dsg.find(GRAPH, e, p, Node.ANY).forEachRemaining(q -> summary.add(q.asTriple()));
        }
        return statedTriple(summary);
    }

    private static Triple statedTriple(Collection<Triple> statements) {
        Node s = only(statements, RDF.subject.asNode());
        Node p = only(statements, RDF.predicate.asNode());
        Node o = only(statements, RDF.object.asNode());
        return s == null || p == null || o == null || !RELATIONS.contains(p) ? null : Triple.create(s, p, o);
    }

    /** The one object of {@code p} among the statements; null when there is none or more than one. */
    private static Node only(Collection<Triple> statements, Node p) {
        Node found = null;
        for (Triple t : statements) {
            if (t.getPredicate().equals(p)) {
                if (found != null && !found.equals(t.getObject())) {
                    return null;
                }
                found = t.getObject();
            }
        }
        return found;
    }

    /** Writes the summaries of these entities again from what the documents' graphs now say (none if nothing). */
    static void refresh(DatasetGraph dsg, Collection<Node> entities) {
        for (Node e : entities) {
            forget(dsg, e);
            Summary summary = new Summary();
            Iterator<Quad> about = dsg.find(Node.ANY, e, Node.ANY, Node.ANY);
            while (about.hasNext()) {
                Quad q = about.next();
                if (!q.getGraph().equals(GRAPH)) {
                    summary.add(q.getGraph(), q.asTriple());
                }
            }
            summary.write(e, dsg::add);
        }
    }

    /**
     * What the documents' graphs say of one entity or fact, gathered statement by statement (from the store, or
     * from the documents' graphs as they are loaded), and the summary it makes.
     */
    static final class Summary {
        private final Map<Node, Integer> labels = new HashMap<>();
        private final Map<Node, Integer> classes = new HashMap<>();
        private final Set<Node> documents = new HashSet<>();
        private final Set<Node> graphs = new HashSet<>();
        private final Set<String> names = new TreeSet<>();
        private final Set<String> otherNames = new TreeSet<>(); // as written, for lists to show
        private boolean fact; // stated as a relation assertion or an event
        private final Set<Triple> once = new java.util.LinkedHashSet<>(); // each kept statement once

        /** One statement about the entity, in a document's graph. */
        void add(Node graph, Triple t) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            graphs.add(graph);
            if (FACT_PROPERTIES.contains(p) || ENTITY_PROPERTIES.contains(p)) {
                once.add(t);
            }
            fact |= p.equals(RDF.type.asNode()) && FACT_CLASSES.contains(o);
            if (p.equals(RDFS.label.asNode()) && o.isLiteral()) {
                labels.merge(o, 1, Integer::sum);
                names.add(o.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
            } else if (p.equals(SKOS.altLabel.asNode()) && o.isLiteral()) {
                names.add(o.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
                otherNames.add(o.getLiteralLexicalForm());
            } else if (p.equals(RDF.type.asNode()) && CLASSES.contains(o)) {
                classes.merge(o, 1, Integer::sum);
            } else if (p.equals(KGX.mentionedIn.asNode())) {
                documents.add(o);
            }
        }

        /** Writes the summary of {@code e} into the index graph; nothing when no document names it any more. */
        void write(Node e, java.util.function.Consumer<Quad> index) {
            java.util.function.BiConsumer<Node, Node> state = (p, o) -> index.accept(Quad.create(GRAPH, e, p, o));
            if (labels.isEmpty()) {
                if (fact) { // a relation or an event: its statements once, and how many documents make it
                    once.stream().filter(t -> FACT_PROPERTIES.contains(t.getPredicate()))
                            .forEach(t -> state.accept(t.getPredicate(), t.getObject()));
                    Triple stated = statedTriple(once);
                    if (stated != null) {
                        index.accept(Quad.create(GRAPH, stated));
                    }
                    state.accept(KGX.documentCount.asNode(),
                            NodeFactory.createLiteral(Integer.toString(graphs.size()), XSDDatatype.XSDinteger));
                }
                return;
            }
            // the label most documents give it; between equals, the first in code point order, so that the
            // summary does not depend on the order documents were stored in
            Node label = labels.entrySet().stream()
                    .max(Comparator.<Map.Entry<Node, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(en -> en.getKey().getLiteralLexicalForm(), Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            state.accept(RDFS.label.asNode(), label);
            classes.entrySet().stream()
                    .max(Comparator.<Map.Entry<Node, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(en -> CLASSES.indexOf(en.getKey()), Comparator.reverseOrder()))
                    .ifPresent(c -> state.accept(RDF.type.asNode(), c.getKey()));
            state.accept(KGX.documentCount.asNode(),
                    NodeFactory.createLiteral(Integer.toString(documents.size()), XSDDatatype.XSDinteger));
            for (String n : names) {
                state.accept(KGX.lookupName.asNode(), NodeFactory.createLiteralString(n));
            }
            once.stream().filter(t -> ENTITY_PROPERTIES.contains(t.getPredicate()))
                    .forEach(t -> state.accept(t.getPredicate(), t.getObject()));
            // one literal, empty when there are none: gathered by a query from each name, or optional, every
            // entity's names took 1.4 to 3 s at 100,000 documents
            state.accept(KGX.allNames.asNode(), NodeFactory.createLiteralString(String.join(NAME_SEPARATOR,
                    otherNames)));
        }
    }
}
