package dev.kgx.export;

import dev.kgx.XmlText;
import dev.kgx.model.EntityGraph;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link EntityGraph} in the files graph tools read: GraphML (Gephi, Cytoscape, yEd, NetworkX), GEXF 1.2
 * (Gephi) and two CSV files, nodes and edges (Neo4j {@code LOAD CSV}, spreadsheets). Every node and edge carries
 * the same attributes in every format.
 */
public final class GraphFiles {
    /** The graph file formats. */
    public enum Format {
        GRAPHML, GEXF, CSV;

        /** The format a {@code --format} value names, or null. */
        public static Format fromName(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    private GraphFiles() {
    }

    /** The node attributes, in the order of the CSV columns after the id (the IRI). */
    static final String[] NODE_ATTRIBUTES = {"iri", "label", "type", "event", "names", "documents", "date",
            "amount"};
    /** The edge attributes, in the order of the CSV columns after source and target. */
    static final String[] EDGE_ATTRIBUTES = {"predicate", "directed", "confidence", "evidence"};

    private static String[] values(EntityGraph.Node n) {
        return new String[] {n.id(), n.label(), n.kind(), Boolean.toString(n.event()), n.names(), n.documents(), n.date(),
                n.amount()};
    }

    private static String[] values(EntityGraph.Edge e) {
        return new String[] {e.predicate(), Boolean.toString(e.directed()), Double.toString(e.confidence()),
                Integer.toString(e.evidence())};
    }

    /**
     * GraphML, with a key for each attribute. Every edge is directed in the file (NetworkX refuses a graph that
     * mixes directed and undirected edges); a symmetric relation's edge says {@code directed} false in its data.
     */
    public static void graphMl(EntityGraph graph, OutputStream out) {
        xml(out, w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (String a : NODE_ATTRIBUTES) {
                key(w, "n_" + a, "node", a, type(a));
            }
            for (String a : EDGE_ATTRIBUTES) {
                key(w, "e_" + a, "edge", a, type(a));
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", "kgx");
            w.writeAttribute("edgedefault", "directed");
            Map<String, String> ids = xmlIds(graph);
            for (EntityGraph.Node n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", ids.get(n.id()));
                data(w, "n_", NODE_ATTRIBUTES, values(n));
                w.writeEndElement();
            }
            int edge = 0;
            for (EntityGraph.Edge e : graph.edges()) {
                startEdge(w, "e" + edge++, ids, e);
                data(w, "e_", EDGE_ATTRIBUTES, values(e));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** An attribute's value type (GraphML's names; GEXF calls int integer). */
    private static String type(String attribute) {
        return switch (attribute) {
            case "event", "directed" -> "boolean";
            case "confidence" -> "double";
            case "evidence" -> "int";
            default -> "string";
        };
    }

    /** An edge element of either XML format, by the XML ids of its ends. */
    private static void startEdge(XMLStreamWriter w, String id, Map<String, String> ids, EntityGraph.Edge e)
            throws XMLStreamException {
        w.writeStartElement("edge");
        w.writeAttribute("id", id);
        w.writeAttribute("source", ids.get(e.source()));
        w.writeAttribute("target", ids.get(e.target()));
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String prefix, String[] names, String[] values)
            throws XMLStreamException {
        for (int i = 0; i < names.length; i++) {
            if (values[i].isEmpty()) {
                continue;
            }
            w.writeStartElement("data");
            w.writeAttribute("key", prefix + names[i]);
            w.writeCharacters(XmlText.safe(values[i]));
            w.writeEndElement();
        }
    }

    /**
     * GEXF 1.2 (the version Gephi and most readers know): the label as the node's label, the other attributes
     * declared; an edge's weight is its number of evidence sentences. Every edge is directed in the file, as in
     * GraphML (a symmetric relation says {@code directed} false in its attributes).
     */
    public static void gexf(EntityGraph graph, OutputStream out) {
        xml(out, w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace("http://www.gexf.net/1.2draft");
            w.writeAttribute("version", "1.2");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("kgx");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "static");
            attributes(w, "node", NODE_ATTRIBUTES);
            attributes(w, "edge", EDGE_ATTRIBUTES);
            Map<String, String> ids = xmlIds(graph);
            w.writeStartElement("nodes");
            for (EntityGraph.Node n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", ids.get(n.id()));
                w.writeAttribute("label", XmlText.safe(n.label()));
                attvalues(w, NODE_ATTRIBUTES, values(n));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int edge = 0;
            for (EntityGraph.Edge e : graph.edges()) {
                startEdge(w, "e" + edge++, ids, e);
                w.writeAttribute("label", e.predicate());
                w.writeAttribute("weight", Integer.toString(e.evidence()));
                attvalues(w, EDGE_ATTRIBUTES, values(e));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static void attributes(XMLStreamWriter w, String forWhat, String[] names) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", forWhat);
        for (int i = 0; i < names.length; i++) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", Integer.toString(i));
            w.writeAttribute("title", names[i]);
            w.writeAttribute("type", type(names[i]).equals("int") ? "integer" : type(names[i])); // GEXF's name
        }
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, String[] names, String[] values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < names.length; i++) {
            if (values[i].isEmpty()) {
                continue;
            }
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", Integer.toString(i));
            w.writeAttribute("value", XmlText.safe(values[i]));
        }
        w.writeEndElement();
    }

    /**
     * The nodes as CSV with a header ({@code id,iri,label,type,event,names,documents,date,amount}; the id is the
     * IRI too, which edges name as source and target).
     */
    public static void nodesCsv(EntityGraph graph, OutputStream out) {
        csv(out, p -> {
            p.print("id");
            p.printRecord((Object[]) NODE_ATTRIBUTES);
            for (EntityGraph.Node n : graph.nodes()) {
                p.print(n.id());
                p.printRecord((Object[]) values(n));
            }
        });
    }

    /** The edges as CSV with a header ({@code id,source,target,predicate,directed,confidence,evidence}). */
    public static void edgesCsv(EntityGraph graph, OutputStream out) {
        csv(out, p -> {
            p.printRecord("id", "source", "target", "predicate", "directed", "confidence", "evidence");
            for (EntityGraph.Edge e : graph.edges()) {
                p.print(e.id());
                p.print(e.source());
                p.print(e.target());
                p.printRecord((Object[]) values(e));
            }
        });
    }

    /**
     * Node ids for the XML formats, n0, n1…: GraphML wants an XML name token, which an IRI is not (its slashes);
     * the IRI is the node's {@code iri} attribute.
     */
    private static Map<String, String> xmlIds(EntityGraph graph) {
        Map<String, String> ids = new HashMap<>();
        for (EntityGraph.Node n : graph.nodes()) {
            ids.put(n.id(), "n" + ids.size());
        }
        return ids;
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(OutputStream out, XmlBody body) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    private interface CsvBody {
        void write(CSVPrinter p) throws IOException;
    }

    private static void csv(OutputStream out, CsvBody body) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180);
            body.write(p);
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format's usual file name extension. */
    public static String extension(Format f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}
