package dev.kgx.store;

import dev.kgx.KgxException.InputException;
import dev.kgx.rdf.Iris;
import dev.kgx.rdf.KGX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Documents' graphs as N-Quads (each document a named graph, as a distributed run of the extraction writes them)
 * checked in full, then bulk-loaded with TDB2's sequential loader into a new store. Checked first because a bulk
 * load that fails half way leaves a store in a state no transaction undoes.
 *
 * <p>The sequential loader, not the faster phased one: the phased loader fills the six quad indexes at once, in the
 * order the quads come, and at 100,000 documents their working set (about 6 GB) does not fit in 3 GB beside the
 * heap; the sequential one fills the first index, then builds each of the others from it, one at a time.
 */
final class DocumentLoad {
    /**
     * What a check of the files found: the documents, their quads, each document's person rows, and every node a
     * document's graph names as an entity or fact ({@link EntityIndex#entitiesOf}); {@code grouped} is false when
     * a document's quads do not all come together, and then no rows and no entities were gathered.
     */
    record Checked(Set<Node> documents, long quads, Map<Node, List<DerivedState.PersonRow>> personRows,
                   Set<Node> entities, boolean grouped) {
    }

    /** What becomes of each document's graph as it is loaded: what queries see of it, and what the sources keep. */
    interface DocumentWriter {
        /** One document's graph as extracted; its quads go to {@code visible} and {@code sources} as they should. */
        void document(Node g, Graph extracted, StreamRDF visible, StreamRDF sources);

        /** After the last document: what is derived from all of them. */
        void finish(StreamRDF visible, StreamRDF sources);
    }

    private DocumentLoad() {
    }

    /**
     * Parses every file and checks that each quad is in a document's graph and that each document's graph says
     * what it is ({@code kgx:sha256} of the document node); gathers the person rows and entities of each document
     * when its quads come together, as a distributed run writes them.
     */
    static Checked check(List<Path> files) {
        Set<Node> documents = new LinkedHashSet<>();
        Set<Node> described = new HashSet<>();
        Map<Node, List<DerivedState.PersonRow>> rows = new HashMap<>();
        Set<Node> entities = new HashSet<>();
        long[] quads = {0};
        boolean[] grouped = {true};
        for (Path file : files) {
            parse(file, (g, graph) -> {
                quads[0] += graph.size();
                if (!documents.add(g)) {
                    grouped[0] = false; // this graph's quads came before, apart
                }
                if (graph.contains(g, KGX.sha256.asNode(), Node.ANY)) {
                    described.add(g);
                }
                if (grouped[0]) {
                    rows.put(g, DerivedState.rows(graph, g));
                    entities.addAll(EntityIndex.entitiesOf(graph));
                }
            });
        }
        for (Node g : documents) {
            if (!described.contains(g)) {
                throw new InputException("the graph " + g.getURI() + " has no kgx:sha256 of its document: it is not a "
                        + "document's graph as kgx writes it; nothing was loaded");
            }
        }
        return grouped[0] ? new Checked(documents, quads[0], rows, entities, true)
                : new Checked(documents, quads[0], Map.of(), Set.of(), false);
    }

    /**
     * Parses a file into documents' graphs: each run of quads in one graph handed over as one graph. Throws an
     * {@link InputException} naming the file for anything that is not a quad in a document's graph.
     */
    private static void parse(Path file, BiConsumer<Node, Graph> document) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        StreamRDFBase sink = new StreamRDFBase() {
            Node current;
            Graph graph;

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                throw new InputException(file + ": a triple outside any document's graph (" + triple + "): kgx "
                        + "load takes N-Quads with one named graph per document");
            }

            @Override
            public void quad(Quad quad) {
                Node g = quad.getGraph();
                if (quad.isDefaultGraph() || !g.isURI() || !g.getURI().startsWith(Iris.DOCUMENT_PREFIX)) {
                    throw new InputException(file + ": a quad outside any document's graph (graph " + g
                            + "): each document's graph is named " + Iris.DOCUMENT_PREFIX + "…");
                }
                if (!g.equals(current)) {
                    finish();
                    current = g;
                    graph = GraphFactory.createGraphMem();
                }
                graph.add(quad.asTriple());
            }

            @Override
            public void finish() {
                if (current != null) {
                    document.accept(current, graph);
                }
                current = null;
                graph = null;
            }
        };
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.NQUADS)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(sink);
        } catch (RiotException e) {
            throw new InputException(file + ": not N-Quads: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Loads files as they are into an empty database in one bulk load. */
    static void load(DatasetGraph dsg, List<Path> files) {
        bulk(dsg, visible -> {
            for (Path file : files) {
                parse(file, (g, graph) -> graph.find().forEachRemaining(t -> visible.quad(Quad.create(g, t))));
            }
        });
    }

    /**
     * Loads checked files' documents into an empty database and their sources into the sources database, each in
     * one bulk load, as {@code writer} says.
     */
    static void load(DatasetGraph dsg, DatasetGraph sourcesDsg, List<Path> files, DocumentWriter writer) {
        bulk(sourcesDsg, sources -> bulk(dsg, visible -> {
            for (Path file : files) {
                parse(file, (g, graph) -> writer.document(g, graph, visible, sources));
            }
            writer.finish(visible, sources);
            // the loader now builds each index from the first, one at a time, through memory-mapped files: a full
            // collection gives back to the system the heap the documents' parsing and the writer took, for the
            // page cache to hold the index being built (at 100,000 documents in 3 GB, 2.3 GB of heap kept
            // committed left the build thrashing)
            System.gc();
        }));
    }

    /** One bulk load into {@code dsg} of what {@code fill} sends to the stream it is given. */
    private static void bulk(DatasetGraph dsg, Consumer<StreamRDF> fill) {
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, quiet);
        loader.startBulk();
        try {
            fill.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** A file's bytes, decompressed when its name ends in .gz. */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
