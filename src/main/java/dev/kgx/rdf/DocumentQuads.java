package dev.kgx.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document's graph as N-Quads in its own named graph: what a distributed run of the extraction writes for each
 * document and {@code kgx load} reads (one document's quads together, so that the load derives as it goes).
 */
public final class DocumentQuads {
    private DocumentQuads() {
    }

    /** The N-Quads lines of a document's graph, named by the document's IRI; each line ends with a line feed. */
    public static String nquads(String documentPath, Model graph) {
        Node g = NodeFactory.createURI(Iris.document(documentPath));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        stream.start();
        graph.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
        stream.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
