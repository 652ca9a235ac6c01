package dev.kgx.store;

import dev.kgx.KgxException.InputException;
import dev.kgx.rdf.Iris;
import dev.kgx.rdf.KGX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Documents' graphs as N-Quads (each document a named graph, as a distributed run of the extraction writes them)
 * checked in full, then bulk-loaded with TDB2's phased loader into a new store. Checked first because a bulk load
 * that fails half way leaves a store in a state no transaction undoes.
 */
final class DocumentLoad {
    /** What a check of the files found: the documents, their quads, and their person rows. */
    record Checked(Set<Node> documents, long quads, List<Quad> personRows, boolean grouped) {
    }

    private DocumentLoad() {
    }

    /**
     * Parses every file and checks that each quad is in a document's graph and that each document's graph says
     * what it is ({@code kgx:sha256} of the document node); computes the person rows of each document whose quads
     * come together, as a distributed run writes them ({@code grouped} is false when one does not).
     */
    static Checked check(List<Path> files, Node personsGraph, Node rowPredicate) {
        Set<Node> documents = new LinkedHashSet<>();
        Set<Node> described = new HashSet<>();
        List<Quad> rows = new ArrayList<>();
        long[] quads = {0};
        boolean[] grouped = {true};
        for (Path file : files) {
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
                    quads[0]++;
                    if (!g.equals(current)) {
                        finish();
                        if (!documents.add(g)) {
                            grouped[0] = false; // this graph's quads came before, apart
                        }
                        current = g;
                        graph = GraphFactory.createGraphMem();
                    }
                    graph.add(quad.asTriple());
                    if (quad.getSubject().equals(g) && quad.getPredicate().equals(KGX.sha256.asNode())) {
                        described.add(g);
                    }
                }

                @Override
                public void finish() {
                    if (current != null && grouped[0]) {
                        for (DerivedState.PersonRow row : DerivedState.rows(graph, current)) {
                            rows.add(Quad.create(personsGraph, current, rowPredicate, row.encode()));
                        }
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
        for (Node g : documents) {
            if (!described.contains(g)) {
                throw new InputException("the graph " + g.getURI() + " has no kgx:sha256 of its document: it is not a "
                        + "document's graph as kgx writes it; nothing was loaded");
            }
        }
        return new Checked(documents, quads[0], grouped[0] ? rows : List.of(), grouped[0]);
    }

    /** Loads files into an empty database in one bulk load, with TDB2's phased loader (fast, not transactional). */
    static void load(org.apache.jena.sparql.core.DatasetGraph dsg, List<Path> files) {
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader loader = LoaderFactory.phasedLoader(dsg, quiet);
        loader.startBulk();
        try {
            for (Path file : files) {
                try (InputStream in = open(file)) {
                    loader.loadFromInputStream(file.toUri().toString(), in, Lang.NQUADS);
                }
            }
            loader.finishBulk();
        } catch (IOException e) {
            loader.finishException(e);
            throw new InputException("cannot read the files to load: " + e.getMessage(), e);
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
