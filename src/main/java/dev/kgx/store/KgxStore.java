package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import dev.kgx.KgxException.StoreException;
import dev.kgx.rdf.GraphMapper;
import dev.kgx.rdf.Iris;
import dev.kgx.rdf.KGX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The TDB2 store: one named graph per document, queried as the union of all of them. Every read and write
 * happens in a transaction; a document is replaced in one write transaction, so a crash leaves it either as it
 * was or wholly new.
 */
public final class KgxStore implements AutoCloseable {
    private final Path location;
    private final Dataset dataset;

    private KgxStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens (creating when needed) the store in a folder. */
    public static KgxStore open(Path location) {
        try {
            Files.createDirectories(location);
            return new KgxStore(location, TDB2Factory.connectDataset(location.toString()));
        } catch (Exception e) {
            String why = rootMessage(e);
            java.util.regex.Matcher held = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(why);
            if (held.find()) {
                throw new StoreException("the store at " + location + " is in use by another process (pid "
                        + held.group(1) + "); TDB2 allows one process per store: wait for it to finish, or give "
                        + "another --store", e);
            }
            throw new StoreException("cannot open the store at " + location + ": " + why, e);
        }
    }

    /** Opens an existing store for reading; a missing folder is an error rather than a new empty store. */
    public static KgxStore openExisting(Path location) {
        if (!Files.isDirectory(location)) {
            throw new StoreException("no store at " + location + " (run 'kgx extract' first, or give --store)", null);
        }
        return open(location);
    }

    public Path location() {
        return location;
    }

    /** The content hash recorded for a document, or null when the store does not hold it. */
    public String documentHash(String fileName) {
        return Txn.calculateRead(dataset, () -> {
            Node g = NodeFactory.createURI(Iris.document(fileName));
            DatasetGraph dsg = dataset.asDatasetGraph();
            var it = dsg.find(g, g, KGX.sha256.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /** Replaces a document's named graph with new triples, in one write transaction. */
    public void replaceDocument(String fileName, Model triples) {
        Node g = NodeFactory.createURI(Iris.document(fileName));
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            Graph target = dsg.getGraph(g);
            triples.getGraph().find().forEachRemaining(target::add);
            dataset.getDefaultModel().setNsPrefixes(triples.getNsPrefixMap());
        });
    }

    /** Runs a query over the union of all document graphs. */
    public <T> T query(String sparql, long timeoutSeconds, Function<QueryExecution, T> use) {
        Query query = parse(sparql);
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            if (timeoutSeconds > 0) {
                builder = builder.timeout(timeoutSeconds, TimeUnit.SECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                return use.apply(qe);
            } catch (QueryCancelledException e) {
                throw new QueryException("query stopped after the timeout of " + timeoutSeconds + " s", e);
            }
        });
    }

    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new QueryException("malformed SPARQL at line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Writes the named graphs (TriG, N-Quads) or the union of all documents (any other format). */
    public void export(RDFFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            // TriG and N-Quads keep one graph per document; every other format gets the merged graph
            if (format.getLang().equals(Lang.TRIG) || format.getLang().equals(Lang.NQUADS)) {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                DatasetGraph dsg = dataset.asDatasetGraph();
                copy.prefixes().putAll(prefixes().getNsPrefixMap());
                Iterator<Node> graphs = dsg.listGraphNodes();
                while (graphs.hasNext()) {
                    Node g = graphs.next();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
                }
                RDFDataMgr.write(out, copy, format);
            } else {
                Model union = ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph());
                Model withPrefixes = ModelFactory.createDefaultModel().setNsPrefixes(prefixes()).add(union);
                RDFDataMgr.write(out, withPrefixes, format);
            }
        });
    }

    /** Validates the union graph against SHACL shapes. */
    public ValidationReport validate(InputStream shapesTurtle) {
        Model shapesModel = ModelFactory.createDefaultModel();
        RDFDataMgr.read(shapesModel, shapesTurtle, Lang.TURTLE);
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            // validate a copy: the SHACL engine reads the data many times, and a memory copy is faster
            Graph copy = ModelFactory.createDefaultModel().getGraph();
            union.find().forEachRemaining(copy::add);
            return ShaclValidator.get().validate(shapes, copy);
        });
    }

    private static Model prefixes() {
        Model m = ModelFactory.createDefaultModel();
        GraphMapper.prefixes(m);
        return m;
    }

    @Override
    public void close() {
        dataset.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
