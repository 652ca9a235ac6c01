package dev.kgx.rdf;

import dev.kgx.mention.NameKeys;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EventType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites one document graph after cross-document resolution merged an entity node into another. Besides the
 * entity's own IRI, the IRIs that {@link GraphMapper} derives from entity keys change with it: an assertion's IRI
 * depends on its subject and object, an event's on its type and participants, and evidence IRIs on the fact they
 * support. They are derived again here with {@link Iris}, exactly as a fresh mapping would.
 */
public final class EntityRenaming {
    private static final Set<String> EVENT_CLASSES = java.util.Arrays.stream(EventType.values())
            .map(EventType::className).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private EntityRenaming() {
    }

    public static List<Triple> rename(Graph graph, Node from, Node to, EntityMerge merge) {
        Map<Node, Node> renames = new HashMap<>();
        renames.put(from, to);
        Map<Node, String> keys = new HashMap<>();
        graph.find(Node.ANY, KGX.key.asNode(), Node.ANY)
                .forEachRemaining(t -> keys.put(t.getSubject(), t.getObject().getLiteralLexicalForm()));
        keys.put(from, merge.toKey());
        keys.put(to, merge.toKey());

        Map<Node, Node> facts = new HashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), KGX.Assertion.asNode()).forEachRemaining(t -> {
            Node a = t.getSubject();
            Node s = object(graph, a, RDF.subject.asNode());
            Node p = object(graph, a, RDF.predicate.asNode());
            Node o = object(graph, a, RDF.object.asNode());
            if (s != null && p != null && o != null && (from.equals(s) || from.equals(o))) {
                String first = keys.get(s);
                String second = keys.get(o);
                // a symmetric relation's assertion is named by its keys in order, as GraphMapper names it
                if (isSymmetric(p) && first.compareTo(second) > 0) {
                    String swap = first;
                    first = second;
                    second = swap;
                }
                facts.put(a, NodeFactory.createURI(Iris.assertion(first, p.getLocalName(), second)));
            }
        });
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node e = t.getSubject();
            if (!t.getObject().isURI() || !EVENT_CLASSES.contains(t.getObject().getLocalName())) {
                return;
            }
            Node agent = object(graph, e, KGX.agent.asNode());
            Node object = object(graph, e, KGX.object.asNode());
            if (from.equals(agent) || from.equals(object)) {
                facts.put(e, NodeFactory.createURI(Iris.event(t.getObject().getLocalName(),
                        agent == null ? null : keys.get(agent), object == null ? null : keys.get(object))));
            }
        });
        for (var f : facts.entrySet()) {
            renames.put(f.getKey(), f.getValue());
            graph.find(f.getKey(), KGX.evidence.asNode(), Node.ANY).forEachRemaining(t -> {
                Node ev = t.getObject();
                Node doc = object(graph, ev, KGX.inDocument.asNode());
                Node path = doc == null ? null : object(graph, doc, KGX.path.asNode());
                Node begin = object(graph, ev, KGX.beginOffset.asNode());
                Node end = object(graph, ev, KGX.endOffset.asNode());
                Node extractor = object(graph, ev, KGX.extractor.asNode());
                if (path != null && begin != null && end != null && extractor != null) {
                    renames.put(ev, NodeFactory.createURI(Iris.evidence(f.getValue().getURI(),
                            path.getLiteralLexicalForm(), Integer.parseInt(begin.getLiteralLexicalForm()),
                            Integer.parseInt(end.getLiteralLexicalForm()), extractor.getLiteralLexicalForm())));
                }
            });
        }

        List<Triple> out = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            boolean ownNameOrKey = t.getSubject().equals(from)
                    && (t.getPredicate().equals(KGX.key.asNode()) || t.getPredicate().equals(RDFS.label.asNode()));
            if (!ownNameOrKey) {
                out.add(Triple.create(renames.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                        renames.getOrDefault(t.getObject(), t.getObject())));
            }
        });
        out.add(Triple.create(to, KGX.key.asNode(), NodeFactory.createLiteralString(merge.toKey())));
        out.add(Triple.create(to, RDFS.label.asNode(), NodeFactory.createLiteralLang(merge.toLabel(),
                NameKeys.hasHan(merge.toLabel()) ? "zh-Hans" : "en")));
        out.add(Triple.create(to, KGX.mergeReason.asNode(), NodeFactory.createLiteralString(merge.reason())));
        return out;
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static boolean isSymmetric(Node predicate) {
        try {
            return dev.kgx.model.RelationType.fromTerm(predicate.getLocalName()).symmetric();
        } catch (RuntimeException notARelation) {
            return false;
        }
    }
}
