package dev.kgx.store;

import dev.kgx.rdf.KGX;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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
 * The entity index: in the graph {@link KGX#ENTITY_INDEX}, one summary per entity across all documents: one label,
 * one class, the number of documents that mention it, and its names lower-cased ({@link KGX#lookupName}).
 *
 * <p>Why: each document's graph states the labels and classes of the entities it mentions, so in the union graph
 * queries read, an entity in 20,000 documents has 20,000 label statements; a query that looks up the label of
 * each of its facts, or counts the documents of every entity, reads them all, and grows with the square of an
 * entity's mentions. The summary is one statement of each, kept current by the derivation for the entities of the
 * documents it rewrites.
 */
final class EntityIndex {
    static final Node GRAPH = NodeFactory.createURI(KGX.ENTITY_INDEX);

    /** The classes a summary may give, most specific first: the one an entity is most often stated as wins. */
    private static final List<Node> CLASSES = List.of(KGX.Person.asNode(), KGX.Company.asNode(),
            KGX.Organization.asNode(), KGX.Product.asNode());

    private EntityIndex() {
    }

    /** The entities a graph names: the subjects it gives a label. */
    static Set<Node> entitiesOf(Graph graph) {
        Set<Node> out = new HashSet<>();
        graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /**
     * Every entity to summarise when the index is built for the first time: those the documents give a label,
     * and those the index holds already (a build stopped half way leaves some, which may have gone since).
     */
    static Set<Node> allEntities(DatasetGraph dsg) {
        Set<Node> all = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                all.add(q.getSubject());
            }
        });
        return all;
    }

    /** Writes the summaries of these entities again from what the documents' graphs now say (none if nothing). */
    static void refresh(DatasetGraph dsg, Collection<Node> entities) {
        for (Node e : entities) {
            dsg.deleteAny(GRAPH, e, Node.ANY, Node.ANY);
            Map<Node, Integer> labels = new HashMap<>();
            Map<Node, Integer> classes = new HashMap<>();
            Set<Node> documents = new HashSet<>();
            Set<String> names = new TreeSet<>();
            Iterator<Quad> about = dsg.find(Node.ANY, e, Node.ANY, Node.ANY);
            while (about.hasNext()) {
                Quad q = about.next();
                if (q.getGraph().equals(GRAPH)) {
                    continue;
                }
                Node p = q.getPredicate();
                Node o = q.getObject();
                if (p.equals(RDFS.label.asNode()) && o.isLiteral()) {
                    labels.merge(o, 1, Integer::sum);
                    names.add(o.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
                } else if (p.equals(SKOS.altLabel.asNode()) && o.isLiteral()) {
                    names.add(o.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
                } else if (p.equals(RDF.type.asNode()) && CLASSES.contains(o)) {
                    classes.merge(o, 1, Integer::sum);
                } else if (p.equals(KGX.mentionedIn.asNode())) {
                    documents.add(o);
                }
            }
            if (labels.isEmpty()) {
                continue; // no document names it any more
            }
            // the label most documents give it; between equals, the first in code point order, so that the
            // summary does not depend on the order documents were stored in
            Node label = labels.entrySet().stream()
                    .max(Comparator.<Map.Entry<Node, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(en -> en.getKey().getLiteralLexicalForm(), Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            dsg.add(GRAPH, e, RDFS.label.asNode(), label);
            classes.entrySet().stream()
                    .max(Comparator.<Map.Entry<Node, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(en -> CLASSES.indexOf(en.getKey()), Comparator.reverseOrder()))
                    .ifPresent(c -> dsg.add(GRAPH, e, RDF.type.asNode(), c.getKey()));
            dsg.add(GRAPH, e, KGX.documentCount.asNode(),
                    NodeFactory.createLiteral(Integer.toString(documents.size()), XSDDatatype.XSDinteger));
            for (String n : names) {
                dsg.add(GRAPH, e, KGX.lookupName.asNode(), NodeFactory.createLiteralString(n));
            }
        }
    }
}
