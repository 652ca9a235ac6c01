package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import dev.kgx.KgxException.StoreException;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.EntityType;
import dev.kgx.rdf.EntityRenaming;
import dev.kgx.rdf.GraphMapper;
import dev.kgx.rdf.Iris;
import dev.kgx.rdf.KGX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * What the graphs queries see are derived from, in a second TDB2 database in {@value #SOURCES} which queries
     * never see: each document's person rows ({@link DerivedState}), the renamings derived last, and the graph as
     * extracted of each document that renamings changed (the others are as extracted where queries see them: one
     * copy of the data, not two). So what crosses documents can always be derived again.
     */
    private Dataset sources;
    static final String SOURCES = "sources";

    /**
     * The file whose presence says that documents were stored or removed and the derived data not yet
     * recomputed. It is written before the sources change and deleted after the recomputation commits, so a
     * process killed anywhere in between leaves it; a file, so that queries can look without opening the sources.
     */
    static final String DERIVE_PENDING = "kgx-derive-pending";

    private KgxStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /**
     * The sources database, opened the first time a command needs it (queries never do). A store made before
     * there were sources has none: its documents' graphs are taken as they are, once; a mark committed with them
     * says it was done (a run stopped before that commit does it again).
     */
    private synchronized Dataset sources() {
        if (sources == null) {
            try {
                sources = connectTdb(location.resolve(SOURCES));
            } catch (RuntimeException e) {
                throw new StoreException("cannot open the sources of the store at " + location + ": "
                        + rootMessage(e), e);
            }
            boolean adopted = Txn.calculateRead(sources, () -> sources.asDatasetGraph()
                    .contains(STATE, STATE, ADOPTED, Node.ANY));
            if (!adopted) {
                adoptDocumentsWithoutSource();
            }
        }
        return sources;
    }

    /** Opens (creating when needed) the store in a folder, to change it. */
    public static KgxStore open(Path location) {
        try {
            Files.createDirectories(location);
        } catch (Exception e) {
            throw new StoreException("cannot create the store at " + location + ": " + rootMessage(e), e);
        }
        requireWritable(location);
        return connect(location, location);
    }

    /** Opens an existing store to change it (remove, compact): one this user may only read is refused. */
    public static KgxStore openExistingToChange(Path location) {
        if (!isStore(location)) {
            return openExisting(location); // says what is wrong
        }
        requireWritable(location);
        return connect(location, location);
    }

    private static void requireWritable(Path location) {
        if (isStore(location) && !writable(location)) {
            throw new StoreException("the store at " + location + " is read-only for this user: it can be queried "
                    + "and exported, not changed (ask its owner, or copy it and give the copy as --store)", null);
        }
    }

    /**
     * TDB2's settings that may change from run to run, for both databases of a store: its node caches, smaller
     * than TDB2's defaults (500,000 nodes by id, 100,000 ids by node, in the heap): the derivation after loading
     * 100,000 documents filled its heap with 1.7 million cached nodes. (TDB2 5.6 builds every B+tree with block
     * cache sizes and a file mode of its index layer's own, which no setting reaches: on a 64-bit JVM the index
     * files are memory-mapped whatever {@code tdb2:fileMode} says, and their pages count in the process's resident
     * memory as they are read.)
     */
    private static final org.apache.jena.tdb2.params.StoreParams CACHES = org.apache.jena.tdb2.params.StoreParams
            .builder().node2NodeIdCacheSize(50_000).nodeId2NodeCacheSize(100_000).build();

    private static Dataset connectTdb(Path location) {
        return org.apache.jena.query.DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(
                org.apache.jena.dboe.base.file.Location.create(location), CACHES));
    }

    /** How often, and how long apart, opening is tried again while another process is creating the same store. */
    private static final int OPEN_ATTEMPTS = 5;
    private static final long OPEN_RETRY_MILLIS = 300;

    private static KgxStore connect(Path location, Path named) {
        if (Files.exists(location.resolve(LOAD_UNFINISHED))) {
            throw new StoreException("the store at " + named + " is incomplete: a kgx load into it did not finish "
                    + "(stopped, or failed); delete the folder and run kgx load again", null);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return new KgxStore(location, connectTdb(location));
            } catch (Exception e) {
                String why = rootMessage(e);
                java.util.regex.Matcher held = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(why);
                if (held.find()) {
                    throw new StoreException("the store at " + named + " is in use by another process (pid "
                            + held.group(1) + "); TDB2 allows one process per store: wait for it to finish, or "
                            + "give another --store", e);
                }
                // two commands starting at once on a new store: the other one is still writing TDB2's lock and
                // first files; once it has, the next attempt names it
                if (attempt == OPEN_ATTEMPTS) {
                    throw new StoreException("cannot open the store at " + named + ": " + why, e);
                }
                try {
                    Thread.sleep(OPEN_RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while opening the store at " + named, interrupted);
                }
            }
        }
    }

    /**
     * Opens an existing store for reading. A folder that holds no TDB2 database is an error (nothing is created
     * in it); a store the user may not write (TDB2 needs to write its lock and journal even to read) is read
     * from a temporary copy, deleted on close.
     */
    public static KgxStore openExisting(Path location) {
        if (!isStore(location)) {
            throw new StoreException("no kgx store at " + location + (Files.isDirectory(location)
                    ? " (the folder holds no TDB2 database)" : "") + ": run 'kgx extract' first, or give --store",
                    null);
        }
        if (writable(location)) {
            return connect(location, location);
        }
        try {
            Path copy = Files.createTempDirectory("kgx-readonly-store");
            copyTree(location, copy);
            KgxStore store = connect(copy, location);
            store.deleteOnClose = copy;
            return store;
        } catch (java.io.IOException e) {
            throw new StoreException("the store at " + location + " is read-only, and copying it to read it "
                    + "failed: " + e.getMessage(), e);
        }
    }

    /** Whether a folder holds a TDB2 database: its generations are folders named Data-0001, Data-0002… */
    static boolean isStore(Path location) {
        if (!Files.isDirectory(location)) {
            return false;
        }
        try (var entries = Files.list(location)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean writable(Path location) {
        if (!Files.isWritable(location)) {
            return false;
        }
        try (var files = Files.walk(location)) {
            return files.allMatch(Files::isWritable);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                    target.toFile().setWritable(true, true);
                }
            }
        }
    }

    private Path deleteOnClose;

    public Path location() {
        return location;
    }

    /** A document the store holds: its path, the hash of its file's bytes, and the file it was read from. */
    public record StoredDocument(String path, String sha256, String sourceFile) {
    }

    /** The content hash recorded for a document, or null when the store does not hold it. */
    public String documentHash(String path) {
        Node g = NodeFactory.createURI(Iris.document(path));
        return Txn.calculateRead(dataset, () -> literal(dataset.asDatasetGraph().getGraph(g), g, KGX.sha256.asNode()));
    }

    /** The extract options recorded for a document ({@code kgx:extractedWith}), or null. */
    public String documentSettings(String path) {
        Node g = NodeFactory.createURI(Iris.document(path));
        return Txn.calculateRead(dataset,
                () -> literal(dataset.asDatasetGraph().getGraph(g), g, KGX.extractedWith.asNode()));
    }

    /**
     * Every document the store holds, in order of path: found through the index of the {@code kgx:sha256}
     * property, not by listing the graphs (which reads every quad of a large store).
     */
    public List<StoredDocument> documents() {
        return storedDocuments(Node.ANY);
    }

    /**
     * The documents whose content has this hash, in order of path: one lookup in the index of the hash's value,
     * where {@link #documents} reads every document's record (seconds at 100,000 documents).
     */
    public List<StoredDocument> documentsWithHash(String sha256) {
        return storedDocuments(NodeFactory.createLiteralString(sha256));
    }

    private List<StoredDocument> storedDocuments(Node hash) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<StoredDocument> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, KGX.sha256.asNode(), hash).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (!g.equals(q.getSubject())) {
                    return;
                }
                Graph graph = dsg.getGraph(g);
                String path = literal(graph, g, KGX.path.asNode());
                out.add(new StoredDocument(path != null ? path : g.getURI(), lexical(q.getObject()),
                        literal(graph, g, KGX.sourceFile.asNode())));
            });
            out.sort(java.util.Comparator.comparing(StoredDocument::path));
            return out;
        });
    }

    /** Replaces a document's named graph with new triples, in one write transaction. */
    public void replaceDocument(String path, Model triples) {
        replaceDocument(path, triples, Set.of());
    }

    /**
     * Stores a document's graph as extracted, and removes other documents (a moved file's old path). The graph
     * goes into the sources (until the derivation, which keeps it only if renamings change it) and, as it is, into
     * the graph queries see; the store is marked as needing its derived data (merges across documents)
     * recomputed, which {@link #recomputeDerived} does. Each of the two databases changes in one transaction; if
     * the process dies between them, the marks make the next recomputation repair what queries see.
     */
    public void replaceDocument(String path, Model triples, Set<String> removing) {
        replaceDocuments(List.of(new DocumentGraphToStore(path, triples, removing)));
    }

    /** A document's graph as extracted, and the documents it replaces (a moved file's old paths). */
    public record DocumentGraphToStore(String path, Model triples, Set<String> removing) {
    }

    /**
     * As {@link #replaceDocument}, for several documents in the same two transactions: each write transaction
     * copies the B+tree blocks it changes, so one document per transaction left about 4.8 MB of copies per
     * document (4.8 GB for 1,003 articles before the compaction at the end) and spent half the run storing.
     */
    public void replaceDocuments(List<DocumentGraphToStore> documents) {
        if (documents.isEmpty()) {
            return;
        }
        markDerivePending();
        Txn.executeWrite(sources(), () -> documents.forEach(d -> storeSourceInTransaction(d.path(), d.triples(),
                d.removing())));
        Txn.executeWrite(dataset, () -> {
            documents.forEach(d -> storeVisibleInTransaction(d.path(), d.triples(), d.removing()));
            dataset.getDefaultModel().setNsPrefixes(documents.get(documents.size() - 1).triples().getNsPrefixMap());
        });
    }

    /**
     * The first of {@link #replaceDocument}'s two commits (a test stops a run here, as if killed): the graph as
     * extracted and the marks that the documents changed, in one transaction.
     */
    void storeSource(String path, Model triples, Set<String> removing) {
        markDerivePending();
        Txn.executeWrite(sources(), () -> storeSourceInTransaction(path, triples, removing));
    }

    private void storeSourceInTransaction(String path, Model triples, Set<String> removing) {
        Node g = NodeFactory.createURI(Iris.document(path));
        DatasetGraph src = sources().asDatasetGraph();
        for (String r : removing) {
            forget(src, NodeFactory.createURI(Iris.document(r)), REMOVED);
        }
        forget(src, g, STORED);
        markEntitiesDue(src, g);
        removing.forEach(r -> markEntitiesDue(src, NodeFactory.createURI(Iris.document(r))));
        Graph target = src.getGraph(g);
        triples.getGraph().find().forEachRemaining(target::add);
    }

    /**
     * Deletes what the sources hold of a document (its graph as extracted, person rows, renamings) and marks it
     * as stored or removed since the last derivation, which derives what queries see of it again.
     */
    private static void forget(DatasetGraph src, Node g, Node mark) {
        src.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        src.deleteAny(PERSONS, g, Node.ANY, Node.ANY);
        src.deleteAny(STATE, g, RENAMED, Node.ANY);
        src.delete(STATE, STORED, STORED, g);
        src.delete(STATE, REMOVED, REMOVED, g);
        src.add(STATE, mark, mark, g);
    }

    /**
     * Marks for the entity index the entities of what queries see of a document now, before it changes: once
     * it has changed, nothing else says which entities it named.
     */
    private void markEntitiesDue(DatasetGraph src, Node g) {
        Txn.executeRead(dataset, () -> EntityIndex.entitiesOf(dataset.asDatasetGraph().getGraph(g))
                .forEach(e -> src.add(STATE, ENTITY_DUE, ENTITY_DUE, e)));
    }

    private void storeVisibleInTransaction(String path, Model triples, Set<String> removing) {
        Node g = NodeFactory.createURI(Iris.document(path));
        DatasetGraph dsg = dataset.asDatasetGraph();
        for (String r : removing) {
            dsg.deleteAny(NodeFactory.createURI(Iris.document(r)), Node.ANY, Node.ANY, Node.ANY);
        }
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Graph target = dsg.getGraph(g);
        triples.getGraph().find().forEachRemaining(target::add);
    }

    /**
     * What {@link #load} did: the documents and quads it loaded, and the merges across documents it derived (none
     * yet when the store is left {@link #isStale}).
     */
    public record Loaded(int documents, long quads, List<EntityMerge> merges) {
    }

    /**
     * Builds the store from documents' graphs in N-Quads files with TDB2's bulk loader ({@link DocumentLoad}):
     * into what queries see, and what the sources keep, with what is derived across documents. Only into a store
     * that holds no graph yet: the bulk loader is fast because it is not transactional, so a load that fails half
     * way leaves a store to delete, never one whose earlier documents are lost; a file marks the load until it is
     * done, and a store holding it is refused by every command. The files are checked in full first; a file that
     * is not documents' graphs as kgx writes them changes nothing.
     *
     * <p>The derivation is made from the person rows the check gathers, before anything is loaded, and the
     * documents are loaded as it renames them, with the entity index: written afterwards, into a store of this
     * size, they would be changes in random places of every index (at 100,000 documents, in 3 GB of memory, that
     * did not finish). When a document's quads do not come together, the files are loaded as they are and the
     * derivation is left due ({@link #isStale}).
     */
    public Loaded load(List<Path> files, SplitFinder splitter, MergeFinder finder, int maxRounds,
                       java.util.function.Consumer<String> progress) {
        return load(files, java.util.Optional.empty(), splitter, finder, maxRounds, progress);
    }

    /**
     * As {@link #load(List, SplitFinder, MergeFinder, int, java.util.function.Consumer)}, with the derivation made
     * elsewhere ({@link CrossDocumentParts}: the Spark job derives it component by component on its executors)
     * used instead of deriving it here, when the documents' quads come together.
     *
     * @param derivation the lines of the derivation of these documents, or empty to derive it here
     * @throws dev.kgx.KgxException.InputException when a line is not one of a derivation (nothing changes)
     */
    public Loaded load(List<Path> files, java.util.Optional<List<String>> derivation, SplitFinder splitter,
                       MergeFinder finder, int maxRounds, java.util.function.Consumer<String> progress) {
        DerivedState.Derivation given;
        try {
            given = derivation.map(CrossDocumentParts::read).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new dev.kgx.KgxException.InputException("the derivation given: " + e.getMessage(), e);
        }
        boolean hasGraphs = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().listGraphNodes().hasNext());
        if (hasGraphs) {
            throw new StoreException("the store at " + location + " already holds documents: kgx load builds a new "
                    + "store (give another --store); add articles to this one with kgx extract", null);
        }
        long start = System.nanoTime();
        DocumentLoad.Checked checked = DocumentLoad.check(files);
        progress.accept(String.format(java.util.Locale.ROOT, "checked %d documents, %d quads, in %.1f s",
                checked.documents().size(), checked.quads(), seconds(start)));
        if (given != null) {
            for (String doc : given.renamingsByDocument().keySet()) {
                if (!checked.documents().contains(NodeFactory.createURI(Iris.document(doc)))) {
                    throw new dev.kgx.KgxException.InputException("the derivation given renames " + doc
                            + ", which is not among the documents loaded: it was made for other files");
                }
            }
        }
        sources(); // made now, while there is nothing to take into it
        markDerivePending();
        try {
            Files.writeString(location.resolve(LOAD_UNFINISHED), "a kgx load into this store did not finish\n");
        } catch (java.io.IOException e) {
            throw new StoreException("cannot write " + location.resolve(LOAD_UNFINISHED) + ": " + e.getMessage(), e);
        }
        List<EntityMerge> merges = List.of();
        if (checked.grouped()) {
            merges = loadDerived(files, checked, given, splitter, finder, maxRounds, progress);
        } else {
            DocumentLoad.load(dataset.asDatasetGraph(), files);
            // a document's quads came apart: its rows are computed from what queries see, by the derivation
            Txn.executeWrite(sources(), () -> checked.documents()
                    .forEach(g -> sources().asDatasetGraph().add(STATE, STORED, STORED, g)));
        }
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().setNsPrefixes(prefixes()));
        recordCompactedSize(size()); // a bulk-loaded store holds no old versions: this is its live size
        try {
            Files.delete(location.resolve(LOAD_UNFINISHED));
            if (checked.grouped()) {
                Files.deleteIfExists(location.resolve(DERIVE_PENDING));
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot delete a mark in " + location + ": " + e.getMessage(), e);
        }
        return new Loaded(checked.documents().size(), checked.quads(), merges);
    }

    /**
     * Derives what crosses documents from the checked documents' person rows, then bulk-loads each document as
     * renamed, its graph as extracted into the sources when it was renamed, the entity index, and what the
     * sources record of the derivation: the same store {@link #recomputeDerived} makes of the documents stored
     * one by one. Returns the merges.
     */
    private List<EntityMerge> loadDerived(List<Path> files, DocumentLoad.Checked checked,
                                          DerivedState.Derivation given, SplitFinder splitter,
                                          MergeFinder finder, int maxRounds,
                                          java.util.function.Consumer<String> progress) {
        long start = System.nanoTime();
        Map<Node, List<DerivedState.PersonRow>> rowsByGraph = checked.personRows();
        // in document order (each document's rows are in key order), as recomputeDerived orders them
        List<List<DerivedState.PersonRow>> byDocument = new ArrayList<>(rowsByGraph.values());
        byDocument.removeIf(List::isEmpty);
        byDocument.sort(java.util.Comparator.comparing(list -> list.get(0).document()));
        List<DerivedState.PersonRow> rows = new ArrayList<>();
        byDocument.forEach(rows::addAll);
        DerivedState.Derivation derived = given != null ? given
                : DerivedState.derive(rows, splitter, finder, maxRounds);
        progress.accept(String.format(java.util.Locale.ROOT, "%s what crosses documents %s %d person rows "
                + "(%d merges) in %.1f s; loading", given != null ? "took" : "derived",
                given != null ? "from the derivation given, for" : "from", rows.size(), derived.merges().size(),
                seconds(start)));
        long loading = System.nanoTime();
        Map<Node, List<DerivedState.Renaming>> renamed = new java.util.HashMap<>();
        derived.renamingsByDocument().forEach((doc, list) -> renamed.put(NodeFactory.createURI(Iris.document(doc)),
                list));
        String snapshotId;
        try {
            snapshotId = rows.isEmpty() ? null : PersonRowSnapshot.write(location, rowsByGraph);
        } catch (java.io.IOException e) {
            snapshotId = null; // the next derivation reads the rows from the sources
        }
        String rowsFile = snapshotId;
        String rules = finder.rules() + "; rounds=" + maxRounds;
        boolean anyRows = !rows.isEmpty();
        // the entities and facts the documents name (a renamed document's new ones are added as it is loaded)
        Set<Node> entities = checked.entities();
        Map<Node, EntityIndex.Summary> summaries = new java.util.HashMap<>();
        DocumentLoad.load(dataset.asDatasetGraph(), sources().asDatasetGraph(), files, new DocumentLoad.DocumentWriter() {
            @Override
            public void document(Node g, Graph extracted, StreamRDF visible, StreamRDF sources) {
                Graph shown = extracted;
                List<DerivedState.Renaming> list = renamed.getOrDefault(g, List.of());
                if (!list.isEmpty()) {
                    extracted.find().forEachRemaining(t -> sources.quad(Quad.create(g, t)));
                    shown = renamed(extracted, merges(list));
                    entities.addAll(EntityIndex.entitiesOf(shown));
                    for (int i = 0; i < list.size(); i++) {
                        sources.quad(Quad.create(STATE, g, RENAMED, renamedRecord(i, list.get(i))));
                    }
                }
                for (DerivedState.PersonRow row : rowsByGraph.getOrDefault(g, List.of())) {
                    sources.quad(Quad.create(PERSONS, g, PERSON_ROW, row.encode()));
                }
                shown.find().forEachRemaining(t -> {
                    visible.quad(Quad.create(g, t));
                    if (entities.contains(t.getSubject())) {
                        // the document's own node once for all its statements, not one copy per statement
                        Triple kept = t.getObject().equals(g) ? Triple.create(t.getSubject(), t.getPredicate(), g) : t;
                        summaries.computeIfAbsent(t.getSubject(), e -> new EntityIndex.Summary()).add(g, kept);
                    }
                });
            }

            @Override
            public void finish(StreamRDF visible, StreamRDF sources) {
                summaries.forEach((e, summary) -> summary.write(e, visible::quad));
                // what the derivation and the summaries held is let go before the loader builds its indexes
                summaries.clear();
                entities.clear();
                rowsByGraph.clear();
                renamed.clear();
                rows.clear();
                visible.quad(EntityIndex.currentMark());
                derived.merges().forEach(m -> sources.quad(Quad.create(STATE, STATE, MERGE, encode(m))));
                if (anyRows) { // no people, nothing decided: what a fresh build of no documents records
                    sources.quad(Quad.create(STATE, STATE, RULES, NodeFactory.createLiteralString(rules)));
                }
                if (rowsFile != null) {
                    sources.quad(Quad.create(STATE, STATE, ROWS_SNAPSHOT, NodeFactory.createLiteralString(rowsFile)));
                }
                sources.quad(Quad.create(STATE, STATE, INDEXED, INDEX_VERSION));
                progress.accept(String.format(java.util.Locale.ROOT, "documents and entity index written in %.1f s; "
                        + "building the store's other indexes from the first", seconds(loading)));
            }
        });
        return derived.merges().stream().map(DerivedState.Renaming::merge).toList();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The file that marks a {@link #load} not yet finished: the store is incomplete and refused. */
    static final String LOAD_UNFINISHED = "kgx-load-unfinished";

    /**
     * Removes documents' graphs (sources and what queries see) and marks the derived data for recomputation;
     * returns the paths it found and removed.
     */
    public List<String> removeDocuments(java.util.Collection<String> paths) {
        markDerivePending();
        List<String> removed = Txn.calculateWrite(sources(), () -> {
            DatasetGraph src = sources().asDatasetGraph();
            List<String> found = new ArrayList<>();
            for (String path : paths) {
                Node g = NodeFactory.createURI(Iris.document(path));
                if (src.contains(g, g, KGX.sha256.asNode(), Node.ANY) || Txn.calculateRead(dataset, () -> dataset
                        .asDatasetGraph().contains(g, g, KGX.sha256.asNode(), Node.ANY))) {
                    forget(src, g, REMOVED);
                    markEntitiesDue(src, g);
                    found.add(path);
                }
            }
            return found;
        });
        Txn.executeWrite(dataset, () -> removed.forEach(path -> dataset.asDatasetGraph()
                .deleteAny(NodeFactory.createURI(Iris.document(path)), Node.ANY, Node.ANY, Node.ANY)));
        return removed;
    }

    /** The graph of the sources database that records the merges derived last, to tell which ones are new. */
    private static final Node STATE = NodeFactory.createURI("urn:kgx:state");
    private static final Node MERGE = NodeFactory.createURI("urn:kgx:merge");
    /** Marks that the graphs of a store made before sources were taken into them. */
    private static final Node ADOPTED = NodeFactory.createURI("urn:kgx:adopted");
    /**
     * The graph of the sources database holding each document's person rows ({@link DerivedState.PersonRow}):
     * (persons, document graph, row, encoded row).
     */
    private static final Node PERSONS = NodeFactory.createURI("urn:kgx:persons");
    private static final Node PERSON_ROW = NodeFactory.createURI("urn:kgx:person-row");
    /** (state, stored, stored, document graph): the document was stored since the last derivation. */
    private static final Node STORED = NodeFactory.createURI("urn:kgx:stored");
    /** (state, removed, removed, document graph): the document was removed since the last derivation. */
    private static final Node REMOVED = NodeFactory.createURI("urn:kgx:removed");
    /** (state, document graph, renamed, n + renaming): the renamings its graph got at the last derivation. */
    private static final Node RENAMED = NodeFactory.createURI("urn:kgx:renamed");
    /**
     * (state, state, indexed, version): the person rows and renamings are kept up to date, in this format, and
     * the sources hold the graph as extracted of renamed documents only. A store without it (made by an older kgx,
     * whose sources hold every document) is derived once in full.
     */
    private static final Node INDEXED = NodeFactory.createURI("urn:kgx:indexed");
    /**
     * (STATE, STATE, ROWS_SNAPSHOT, id): the {@link PersonRowSnapshot} written with this id holds every document's
     * person rows as the sources do.
     */
    private static final Node ROWS_SNAPSHOT = NodeFactory.createURI("urn:kgx:rows-snapshot");
    /** (STATE, STATE, RULES, fingerprint): the rules the recorded renamings were derived under. */
    private static final Node RULES = NodeFactory.createURI("urn:kgx:rules");
    /** (STATE, ENTITY_DUE, ENTITY_DUE, entity): an entity whose summary in the {@link EntityIndex} is due. */
    private static final Node ENTITY_DUE = NodeFactory.createURI("urn:kgx:entity-due");
    /**
     * (STATE, STATE, ENTITY_INDEXED, "1"): what kgx 2026-12-02 marked an entity index built with; the index marks
     * its own version now ({@link EntityIndex#current}), and the derivation deletes this one.
     */
    private static final Node ENTITY_INDEXED = NodeFactory.createURI("urn:kgx:entity-indexed");
    private static final Node INDEX_VERSION = NodeFactory.createLiteralString("1");

    private void markDerivePending() {
        try {
            Files.writeString(location.resolve(DERIVE_PENDING), "derived data to recompute\n");
        } catch (java.io.IOException e) {
            throw new StoreException("cannot write " + location.resolve(DERIVE_PENDING) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the graphs queries see may lag behind the sources: a document was stored or removed and merges
     * across documents were not recomputed since (the run ended early, or was killed), or the entity index was
     * never built.
     */
    public boolean isStale() {
        return Files.exists(location.resolve(DERIVE_PENDING)) || Txn.calculateRead(dataset, () -> {
            // a store made before the entity index: its documents are there, their summaries not yet
            DatasetGraph dsg = dataset.asDatasetGraph();
            return !EntityIndex.current(dsg)
                    && dsg.find(Node.ANY, Node.ANY, KGX.sha256.asNode(), Node.ANY).hasNext();
        });
    }

    /** Finds the merges between person nodes of different documents, from the profile of every person node. */
    public interface MergeFinder {
        List<EntityMerge> find(List<EntityProfile> profiles);

        /**
         * The word by which {@link #find} pairs names: it merges two people only when a name of one and a name of
         * the other give the same word. The store derives again only the people a change can reach through such
         * words ({@code DerivedState.Components}). By default one word for every name: anyone may be merged with
         * anyone, and every change derives everything again.
         */
        default String blockingWord(String name) {
            return "";
        }

        /**
         * What decides the splits and merges besides the rows (the data files read, the version of the rules), as
         * a fingerprint: a store derived last under other rules is derived again in full, so that no component
         * keeps what older rules decided.
         */
        default String rules() {
            return "";
        }
    }

    /**
     * Finds the person nodes that one name joins across documents but that are two people; the split of a key
     * depends only on the persons of that key.
     */
    public interface SplitFinder {
        List<dev.kgx.model.EntitySplit> find(List<dev.kgx.model.PersonInDocument> persons);
    }

    /**
     * Derives again what crosses documents: the splits and merges (in rounds, as a merge can enable another),
     * decided from the person rows of every document ({@link DerivedState}) in the components of people the changed
     * documents reach (the others keep what was derived before, recorded with its component), and the graph
     * queries see of each document whose renamings changed or that changed itself; then the mark is cleared. The
     * result depends on the sources only, so after any sequence of runs, edits and crashes the store equals a fresh
     * build of the same files. A store whose rows are not kept (made by an older kgx) is derived in full, once.
     *
     * @return the merges that hold now and did not before
     */
    public List<EntityMerge> recomputeDerived(MergeFinder finder, int maxRounds) {
        return recomputeDerived(persons -> List.of(), finder, maxRounds);
    }

    /**
     * As {@link #recomputeDerived(MergeFinder, int)}, first telling apart the people one name joins across
     * documents ({@code splitter}), then merging.
     */
    public List<EntityMerge> recomputeDerived(SplitFinder splitter, MergeFinder finder, int maxRounds) {
        Dataset src = sources();
        boolean full = !Txn.calculateRead(src, () -> src.asDatasetGraph().contains(STATE, STATE, INDEXED,
                INDEX_VERSION));
        boolean entitiesIndexed = Txn.calculateRead(dataset, () -> EntityIndex.current(dataset.asDatasetGraph()));
        Set<Node> entitiesDue = new java.util.HashSet<>();
        Set<Node> stored = new java.util.HashSet<>();
        Set<Node> removed = new java.util.HashSet<>();
        List<DerivedState.Renaming> before = new ArrayList<>();
        Map<Node, java.util.TreeMap<Integer, DerivedState.Renaming>> numberedBefore = new java.util.HashMap<>();
        String[] snapshotId = new String[1];
        String rules = finder.rules() + "; rounds=" + maxRounds;
        boolean[] sameRules = new boolean[1];
        Txn.executeRead(src, () -> {
            DatasetGraph s = src.asDatasetGraph();
            sameRules[0] = s.contains(STATE, STATE, RULES, NodeFactory.createLiteralString(rules));
            s.find(STATE, STATE, ROWS_SNAPSHOT, Node.ANY).forEachRemaining(q -> snapshotId[0] =
                    q.getObject().getLiteralLexicalForm());
            s.find(STATE, STORED, STORED, Node.ANY).forEachRemaining(q -> stored.add(q.getObject()));
            s.find(STATE, REMOVED, REMOVED, Node.ANY).forEachRemaining(q -> removed.add(q.getObject()));
            s.find(STATE, ENTITY_DUE, ENTITY_DUE, Node.ANY).forEachRemaining(q -> entitiesDue.add(q.getObject()));
            s.find(STATE, STATE, MERGE, Node.ANY).forEachRemaining(q -> before.add(decode(q.getObject())));
            s.find(STATE, Node.ANY, RENAMED, Node.ANY).forEachRemaining(q -> {
                String[] numbered = q.getObject().getLiteralLexicalForm().split("\u0000", 2);
                numberedBefore.computeIfAbsent(q.getSubject(), g -> new java.util.TreeMap<>())
                        .put(Integer.parseInt(numbered[0]), decode(NodeFactory.createLiteralString(numbered[1])));
            });
        });
        if (full) {
            // a store made by an older kgx: every document has its graph as extracted in the sources, and a graph
            // queries see without one is a removal a killed run left half done
            Txn.executeRead(src, () -> Txn.executeRead(dataset, () -> {
                documentGraphs(src.asDatasetGraph()).forEach(stored::add);
                documentGraphs(dataset.asDatasetGraph()).forEach(g -> {
                    if (!stored.contains(g)) {
                        removed.add(g);
                    }
                });
            }));
        }
        // the rows of the documents stored since, from their graphs as extracted; the rows' file no longer holds
        // all of them
        Map<Node, List<DerivedState.PersonRow>> freshRows = new java.util.HashMap<>();
        Txn.executeWrite(src, () -> Txn.executeRead(dataset, () -> {
            DatasetGraph s = src.asDatasetGraph();
            for (Node g : stored) {
                s.deleteAny(PERSONS, g, Node.ANY, Node.ANY);
                Graph original = original(s, dataset.asDatasetGraph(), g);
                if (original != null) {
                    List<DerivedState.PersonRow> fresh = DerivedState.rows(original, g);
                    for (DerivedState.PersonRow row : fresh) {
                        s.add(PERSONS, g, PERSON_ROW, row.encode());
                    }
                    freshRows.put(g, fresh);
                }
            }
            removed.forEach(g -> s.deleteAny(PERSONS, g, Node.ANY, Node.ANY));
            if (!stored.isEmpty() || !removed.isEmpty()) {
                s.deleteAny(STATE, STATE, ROWS_SNAPSHOT, Node.ANY);
            }
        }));
        // every row: from the rows' file when the sources name it (and the changed documents' rows from above),
        // otherwise from the sources
        Map<Node, List<DerivedState.PersonRow>> rowsByGraph = PersonRowSnapshot.read(location, snapshotId[0]);
        boolean snapshotCurrent = rowsByGraph != null && stored.isEmpty() && removed.isEmpty();
        boolean rowsThenKnown = rowsByGraph != null && !full && sameRules[0];
        // the rows the changed documents had when the renamings were derived last, and have now: what a
        // derivation of only the people they reach starts from
        List<DerivedState.PersonRow> changedRows = new ArrayList<>();
        if (rowsByGraph != null) {
            for (Node g : stored) {
                changedRows.addAll(rowsByGraph.getOrDefault(g, List.of()));
                changedRows.addAll(freshRows.getOrDefault(g, List.of()));
            }
            for (Node g : removed) {
                changedRows.addAll(rowsByGraph.getOrDefault(g, List.of()));
            }
            stored.forEach(rowsByGraph::remove);
            removed.forEach(rowsByGraph::remove);
            rowsByGraph.putAll(freshRows);
        } else {
            Map<Node, List<DerivedState.PersonRow>> fromSources = new java.util.HashMap<>();
            Txn.executeRead(src, () -> src.asDatasetGraph().find(PERSONS, Node.ANY, PERSON_ROW, Node.ANY)
                    .forEachRemaining(q -> fromSources.computeIfAbsent(q.getSubject(), g -> new ArrayList<>())
                            .add(DerivedState.PersonRow.decode(q.getObject()))));
            rowsByGraph = fromSources;
        }
        // in document order (each document's rows are in key order): the order the derivation sorts them in
        List<List<DerivedState.PersonRow>> byDocument = new ArrayList<>(rowsByGraph.values());
        byDocument.removeIf(List::isEmpty);
        byDocument.sort(java.util.Comparator.comparing(list -> list.get(0).document()));
        List<DerivedState.PersonRow> rows = new ArrayList<>();
        byDocument.forEach(rows::addAll);
        Map<Node, List<DerivedState.Renaming>> renamedBefore = new java.util.HashMap<>();
        numberedBefore.forEach((g, numbered) -> renamedBefore.put(g, List.copyOf(numbered.values())));
        DerivedState.Derivation derived = derivedBefore(rowsThenKnown ? rowsByGraph : null, stored,
                removed, before, renamedBefore)
                .map(b -> DerivedState.deriveAgain(rows, changedRows, b, splitter, finder, maxRounds))
                .orElseGet(() -> DerivedState.derive(rows, splitter, finder, maxRounds));
        // the rows' file is written beside the rest of the derivation (on another core), and named in the sources
        // at its end; no rows, no file: a store without people is what a fresh build of no documents is
        Map<Node, List<DerivedState.PersonRow>> allRows = rowsByGraph;
        java.util.concurrent.CompletableFuture<String> snapshotWriting = snapshotCurrent
                ? java.util.concurrent.CompletableFuture.completedFuture(snapshotId[0])
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return allRows.isEmpty() ? null : PersonRowSnapshot.write(location, allRows);
                    } catch (java.io.IOException | RuntimeException e) {
                        return null; // the next derivation reads the rows from the sources
                    }
                });
        Map<Node, List<DerivedState.Renaming>> renamed = new java.util.HashMap<>();
        derived.renamingsByDocument().forEach((doc, list) -> renamed.put(NodeFactory.createURI(Iris.document(doc)),
                list));
        Set<Node> rewrite = new java.util.HashSet<>(stored);
        rewrite.addAll(removed);
        Set<Node> withRenamings = new java.util.HashSet<>(renamed.keySet());
        withRenamings.addAll(renamedBefore.keySet());
        // a component named anew (a smaller key joined it) changes the records of its renamings, not the graphs
        Set<Node> retagged = new java.util.HashSet<>();
        for (Node g : withRenamings) {
            List<DerivedState.Renaming> now = renamed.getOrDefault(g, List.of());
            List<DerivedState.Renaming> then = renamedBefore.getOrDefault(g, List.of());
            if (!merges(now).equals(merges(then))) {
                rewrite.add(g);
            } else if (!now.equals(then)) {
                retagged.add(g);
            }
        }
        // a document about to be renamed keeps its graph as extracted in the sources first: without renamings,
        // what queries see of it is that graph; and every document about to be written is marked as stored, so that
        // a run killed after what queries see changed, before the renamings are recorded, writes it again
        Txn.executeWrite(src, () -> Txn.executeRead(dataset, () -> {
            DatasetGraph s = src.asDatasetGraph();
            for (Node g : rewrite) {
                if (removed.contains(g)) {
                    continue;
                }
                if (renamed.containsKey(g) && !s.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
                    Graph target = s.getGraph(g);
                    dataset.asDatasetGraph().getGraph(g).find().forEachRemaining(target::add);
                }
                s.add(STATE, STORED, STORED, g);
            }
        }));
        // written in groups, each in a transaction of its own: TDB2 holds every block a write transaction changes
        // until it commits (rewriting 4,000 documents at once took 1.1 GB of heap); the marks above make a run
        // killed between two groups write them all again
        inGroups(rewrite, DOCUMENTS_PER_COMMIT, group -> Txn.executeRead(src, () -> Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (Node g : group) {
                entitiesDue.addAll(EntityIndex.entitiesOf(dsg.getGraph(g))); // renamings may take them away
                deriveVisible(src.asDatasetGraph(), dsg, g, removed.contains(g),
                        merges(renamed.getOrDefault(g, List.of())));
                entitiesDue.addAll(EntityIndex.entitiesOf(dsg.getGraph(g)));
            }
        })));
        if (entitiesIndexed) {
            inGroups(entitiesDue, ENTITIES_PER_COMMIT,
                    group -> Txn.executeWrite(dataset, () -> EntityIndex.refresh(dataset.asDatasetGraph(), group)));
        } else {
            // built from every document in one transaction: each transaction copies every index block it changes,
            // and summaries written in random order touch most blocks of the index graph each time (built in
            // groups of 2,000, the index of 100,000 documents left 68 GB of copies)
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Set<Node> all = EntityIndex.allEntities(dsg); // the index graph is emptied first: no summary stays
                dsg.deleteAny(EntityIndex.GRAPH, Node.ANY, Node.ANY, Node.ANY);
                EntityIndex.refresh(dsg, all);
                EntityIndex.markCurrent(dsg);
            });
        }
        String newSnapshotId = snapshotWriting.join();
        Txn.executeWrite(src, () -> {
            DatasetGraph s = src.asDatasetGraph();
            s.deleteAny(STATE, STATE, ROWS_SNAPSHOT, Node.ANY);
            if (newSnapshotId != null) {
                s.add(STATE, STATE, ROWS_SNAPSHOT, NodeFactory.createLiteralString(newSnapshotId));
            }
            s.deleteAny(STATE, STATE, MERGE, Node.ANY);
            derived.merges().forEach(m -> s.add(STATE, STATE, MERGE, encode(m)));
            s.deleteAny(STATE, STATE, RULES, Node.ANY);
            if (!rows.isEmpty()) { // no people, nothing decided: what a fresh build of no documents records
                s.add(STATE, STATE, RULES, NodeFactory.createLiteralString(rules));
            }
            Set<Node> recorded = new java.util.HashSet<>(rewrite);
            recorded.addAll(retagged);
            for (Node g : recorded) {
                s.deleteAny(STATE, g, RENAMED, Node.ANY);
                List<DerivedState.Renaming> list = renamed.getOrDefault(g, List.of());
                for (int i = 0; i < list.size(); i++) {
                    s.add(STATE, g, RENAMED, renamedRecord(i, list.get(i)));
                }
                if (list.isEmpty()) {
                    s.deleteAny(g, Node.ANY, Node.ANY, Node.ANY); // what queries see is the graph as extracted
                }
            }
            rewrite.forEach(g -> s.delete(STATE, STORED, STORED, g));
            s.deleteAny(STATE, ENTITY_DUE, ENTITY_DUE, Node.ANY);
            s.deleteAny(STATE, STATE, ENTITY_INDEXED, Node.ANY); // an older kgx's mark: the index marks itself now
            removed.forEach(g -> s.delete(STATE, REMOVED, REMOVED, g));
            s.add(STATE, STATE, INDEXED, INDEX_VERSION);
        });
        try {
            Files.deleteIfExists(location.resolve(DERIVE_PENDING));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot delete " + location.resolve(DERIVE_PENDING) + ": " + e.getMessage(), e);
        }
        List<EntityMerge> added = new ArrayList<>(derived.merges().stream().map(DerivedState.Renaming::merge).toList());
        added.removeAll(before.stream().map(DerivedState.Renaming::merge).toList());
        return added;
    }

    /**
     * How many documents the derivation rewrites, and entity summaries it writes when keeping the index current,
     * per write transaction.
     */
    private static final int DOCUMENTS_PER_COMMIT = 100;
    private static final int ENTITIES_PER_COMMIT = 2_000;

    /** Hands {@code items} to {@code write} in groups of at most {@code size}, each written in its own transaction. */
    private static void inGroups(java.util.Collection<Node> items, int size,
                                 java.util.function.Consumer<List<Node>> write) {
        List<Node> all = new ArrayList<>(items);
        for (int from = 0; from < all.size(); from += size) {
            write.accept(all.subList(from, Math.min(all.size(), from + size)));
        }
    }

    /** The document graphs of a database (named by a document IRI and saying their document's hash). */
    private static List<Node> documentGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, KGX.sha256.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                out.add(q.getGraph());
            }
        });
        return out;
    }

    /**
     * A document's graph as extracted: its copy in the sources if there is one (a renamed document, or one stored
     * since the last derivation), else what queries see of it (which nothing renamed); null when neither holds it.
     */
    private static Graph original(DatasetGraph src, DatasetGraph visible, Node g) {
        if (src.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
            return src.getGraph(g);
        }
        return visible.contains(g, Node.ANY, Node.ANY, Node.ANY) ? visible.getGraph(g) : null;
    }

    /**
     * Writes the graph queries see of one document: its graph as extracted with its renamings applied in order,
     * or nothing when it was removed. Left as it is when it is already so.
     */
    private static void deriveVisible(DatasetGraph src, DatasetGraph dsg, Node g, boolean removed,
                                      List<EntityMerge> renamings) {
        Graph original = removed ? null : original(src, dsg, g);
        if (original == null) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            return;
        }
        Graph want = renamed(original, renamings);
        Set<Triple> wanted = new java.util.HashSet<>();
        want.find().forEachRemaining(wanted::add);
        Set<Triple> have = new java.util.HashSet<>();
        dsg.getGraph(g).find().forEachRemaining(have::add);
        if (!wanted.equals(have)) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            Graph target = dsg.getGraph(g);
            wanted.forEach(target::add);
        }
    }

    /** A document's graph as extracted with its renamings applied in order: what queries see of it. */
    private static Graph renamed(Graph original, List<EntityMerge> renamings) {
        Graph want = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        original.find().forEachRemaining(want::add);
        for (EntityMerge m : renamings) {
            List<Triple> rewritten = EntityRenaming.rename(want, NodeFactory.createURI(Iris.entity(m.fromKey())),
                    NodeFactory.createURI(Iris.entity(m.toKey())), m);
            want = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            rewritten.forEach(want::add);
        }
        return want;
    }

    /**
     * Copies into the sources every document graph queries see that has none (a store made before sources), and
     * marks it done in the same transaction. Only once: later, a graph without a source is one whose removal a
     * killed run left half done.
     */
    private void adoptDocumentsWithoutSource() {
        List<org.apache.jena.sparql.core.Quad> quads = Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<org.apache.jena.sparql.core.Quad> out = new ArrayList<>();
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            for (Node g : graphs) {
                boolean hasSource = Txn.calculateRead(sources, () -> sources.asDatasetGraph().containsGraph(g));
                if (!hasSource && g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_PREFIX)) {
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
                }
            }
            return out;
        });
        Txn.executeWrite(sources, () -> {
            DatasetGraph src = sources.asDatasetGraph();
            quads.forEach(src::add);
            src.add(STATE, STATE, ADOPTED, NodeFactory.createLiteralString("true"));
            if (quads.isEmpty()) {
                src.add(STATE, STATE, INDEXED, INDEX_VERSION); // nothing to index: a new store keeps its rows from now
            }
        });
    }

    /**
     * What was derived before, keyed by document, when the derivation can start from it: the rows of every
     * document as they were then ({@code rowsThen}, from the rows' file, null when there is none) and each renaming
     * with its component (an older kgx did not record them).
     */
    private static java.util.Optional<DerivedState.Derivation> derivedBefore(
            Map<Node, List<DerivedState.PersonRow>> rowsThen, Set<Node> stored, Set<Node> removed,
            List<DerivedState.Renaming> merges, Map<Node, List<DerivedState.Renaming>> renamings) {
        if (rowsThen == null || merges.stream().anyMatch(r -> r.component() == null)) {
            return java.util.Optional.empty();
        }
        Map<String, List<DerivedState.Renaming>> byDocument = new java.util.TreeMap<>();
        for (var e : renamings.entrySet()) {
            if (stored.contains(e.getKey()) || removed.contains(e.getKey())) {
                continue; // derived again whatever they had
            }
            List<DerivedState.PersonRow> rows = rowsThen.get(e.getKey());
            if (rows == null || rows.isEmpty() || e.getValue().stream().anyMatch(r -> r.component() == null)) {
                return java.util.Optional.empty();
            }
            byDocument.put(rows.get(0).document(), e.getValue());
        }
        return java.util.Optional.of(new DerivedState.Derivation(merges, byDocument));
    }

    private static List<EntityMerge> merges(List<DerivedState.Renaming> renamings) {
        return renamings.stream().map(DerivedState.Renaming::merge).toList();
    }

    /** The record of a document's renaming number {@code i}, in the order they apply. */
    private static Node renamedRecord(int i, DerivedState.Renaming r) {
        return NodeFactory.createLiteralString(i + "\u0000" + encode(r).getLiteralLexicalForm());
    }

    /** A renaming as the sources record it: the merge's fields, then its component. */
    private static Node encode(DerivedState.Renaming r) {
        EntityMerge m = r.merge();
        return NodeFactory.createLiteralString(String.join("\u0000", m.fromKey(), m.toKey(), m.toLabel(),
                m.reason(), r.component()));
    }

    /** A recorded renaming; its component is null when an older kgx recorded it. */
    private static DerivedState.Renaming decode(Node n) {
        String[] f = n.getLiteralLexicalForm().split("\u0000", -1);
        return new DerivedState.Renaming(new EntityMerge(f[0], f[1], f[2], f[3]), f.length > 4 ? f[4] : null);
    }


    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? lexical(it.next().getObject()) : null;
    }

    private static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /**
     * Runs a query over the union of all document graphs, within its limits: stopped after the timeout, no
     * {@code SERVICE} unless allowed, no {@code java:} functions ({@link QueryGuard}).
     */
    public <T> T query(String sparql, QueryLimits limits, Function<QueryExecution, T> use) {
        Query query = parse(sparql);
        QueryGuard.check(query, limits.allowService());
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true)
                    .set(Service.httpServiceAllowed, limits.allowService())
                    .set(ARQConstants.registryFunctions, QueryGuard.functions())
                    .set(ARQConstants.registryPropertyFunctions, QueryGuard.propertyFunctions())
                    .timeout(limits.timeoutSeconds(), TimeUnit.SECONDS);
            try (QueryExecution qe = builder.build()) {
                return use.apply(qe);
            } catch (QueryCancelledException e) {
                throw new QueryException(timeoutMessage(limits.timeoutSeconds()), e);
            }
        });
    }

    /** What a query stopped at its timeout says. */
    public static String timeoutMessage(long timeoutSeconds) {
        return "query stopped after the timeout of " + timeoutSeconds + " s (--timeout SECONDS to change it)";
    }

    /**
     * Parses a query; the kgx prefixes ({@link #prefixMap}) are known to it without declarations, and its own
     * declarations win (line numbers in messages stay the query's own).
     */
    public static Query parse(String sparql) {
        try {
            Query query = new Query();
            query.getPrefixMapping().setNsPrefixes(prefixMap());
            return QueryFactory.parse(query, sparql, null, Syntax.defaultQuerySyntax);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new QueryException("this is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP…): kgx runs "
                        + "queries only; the store changes through extract", e);
            }
            throw new QueryException("malformed SPARQL at line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static boolean isUpdate(String sparql) {
        try {
            UpdateFactory.create(sparql);
            return true;
        } catch (RuntimeException notAnUpdate) {
            return false;
        }
    }

    /** Writes the sources database as N-Quads: each document as extracted, and the derived state's record. */
    public void exportSources(OutputStream out) {
        Txn.executeRead(sources(), () -> RDFDataMgr.write(out, sources().asDatasetGraph(), RDFFormat.NQUADS_UTF8));
    }

    /**
     * Writes the named graphs (TriG, N-Quads) or the union of all documents (any other format). The entity index
     * is derived data: the named-graph formats leave its graph out (a store loaded from them derives it again);
     * the merged graph keeps each entity's and fact's document count and leaves out the names the index keeps for
     * lookups and lists (each is a skos:altLabel or rdfs:label already) and the index's version.
     */
    public void export(RDFFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (format.getLang().equals(Lang.TRIG) || format.getLang().equals(Lang.NQUADS)) {
                // streamed graph by graph: a store of 10,000 documents does not fit in memory as one dataset
                RDFFormat streaming = format.getLang().equals(Lang.TRIG) ? RDFFormat.TRIG_BLOCKS
                        : RDFFormat.NQUADS_UTF8;
                org.apache.jena.riot.system.StreamRDF stream =
                        org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, streaming);
                stream.start();
                prefixes().getNsPrefixMap().forEach(stream::prefix);
                Iterator<Node> graphs = dsg.listGraphNodes();
                while (graphs.hasNext()) {
                    Node g = graphs.next();
                    if (!g.equals(EntityIndex.GRAPH)) {
                        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                    }
                }
                stream.finish();
            } else {
                Model union = ModelFactory.createModelForGraph(dsg.getUnionGraph());
                Model withPrefixes = ModelFactory.createDefaultModel().setNsPrefixes(prefixes());
                union.listStatements().forEachRemaining(st -> {
                    if (!st.getPredicate().equals(KGX.lookupName) && !st.getPredicate().equals(KGX.allNames)
                            && !st.getSubject().asNode().equals(EntityIndex.GRAPH)) {
                        withPrefixes.add(st);
                    }
                });
                RDFDataMgr.write(out, withPrefixes, format);
            }
        });
    }

    /**
     * Validates the graphs of some documents, as queries see them, against SHACL shapes (the union of those
     * graphs, copied into memory: the SHACL engine reads the data many times). Not the whole store: a run checks
     * what it added, at any size of store.
     */
    public ValidationReport validate(InputStream shapesTurtle, java.util.Collection<String> documentPaths) {
        Model shapesModel = ModelFactory.createDefaultModel();
        RDFDataMgr.read(shapesModel, shapesTurtle, Lang.TURTLE);
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Graph copy = ModelFactory.createDefaultModel().getGraph();
            for (String path : documentPaths) {
                dsg.getGraph(NodeFactory.createURI(Iris.document(path))).find().forEachRemaining(copy::add);
            }
            return ShaclValidator.get().validate(shapes, copy);
        });
    }

    private static Model prefixes() {
        Model m = ModelFactory.createDefaultModel();
        GraphMapper.prefixes(m);
        return m;
    }

    /** The kgx prefixes (kgx:, ent:, doc:…) and their namespaces. */
    public static Map<String, String> prefixMap() {
        return prefixes().getNsPrefixMap();
    }

    /** The graphs queries see, for the endpoint that serves them. */
    DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** The sizes of the store's folder before and after a compaction, in bytes. */
    public record Compaction(long before, long after) {
    }

    /**
     * The file, beside TDB2's own, that records the store's size right after its last compaction: TDB2 appends
     * and never reuses space, so the folder only grows; this is the live size it is compared with.
     */
    static final String COMPACTED_SIZE_FILE = "kgx-compacted-size";

    /** A store this small is never compacted on its own: the saving would not be worth a rewrite. */
    static final long MIN_SIZE_TO_COMPACT = 4L << 20;

    /**
     * Rewrites the store into a new generation holding only its live data, its indexes packed
     * ({@link PackedCompaction}), and deletes the old one, recording the new size.
     */
    public Compaction compact() {
        long before = size();
        PackedCompaction.compact(dataset.asDatasetGraph());
        PackedCompaction.compact(sources().asDatasetGraph());
        long after = size();
        recordCompactedSize(after);
        return new Compaction(before, after);
    }

    private void recordCompactedSize(long bytes) {
        try {
            Files.writeString(location.resolve(COMPACTED_SIZE_FILE), Long.toString(bytes));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot record the compacted size in " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compacts when the store has grown past twice its size after the last compaction (or, never compacted, past
     * {@value #MIN_SIZE_TO_COMPACT} bytes); returns what it did, or null when it did nothing.
     */
    public Compaction compactIfGrown() {
        long size = size();
        long live = recordedCompactedSize();
        boolean grown = live > 0 ? size > 2 * live : size > MIN_SIZE_TO_COMPACT;
        return grown && size > MIN_SIZE_TO_COMPACT ? compact() : null;
    }

    private long recordedCompactedSize() {
        try {
            Path f = location.resolve(COMPACTED_SIZE_FILE);
            return Files.isRegularFile(f) ? Long.parseLong(Files.readString(f).strip()) : 0;
        } catch (java.io.IOException | NumberFormatException e) {
            return 0; // unreadable: decide as if never compacted
        }
    }

    /**
     * The bytes the store's folder takes on disk. TDB2's files are sparse: each index file is 8 MB long from the
     * start, and what grows is the blocks written into it, which only the file system counts ({@code du}); where
     * {@code du} cannot be run, the files' lengths are the measure.
     */
    public long size() {
        try {
            Process du = new ProcessBuilder("du", "-sk", location.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // no du here: fall back to the files' lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentSize();
    }

    private long apparentSize() {
        try (var files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (java.io.IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (java.io.IOException e) {
            throw new StoreException("cannot measure the store at " + location + ": " + e.getMessage(), e);
        }
    }

    /** Closes the store and lets go of its folder, so that another process (or a later open) can have it. */
    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(dataset.asDatasetGraph());
        if (sources != null) {
            sources.close();
            TDBInternal.expel(sources.asDatasetGraph());
        }
        if (deleteOnClose != null) {
            try (var files = Files.walk(deleteOnClose)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temporary copy left behind is the system's to clean
            }
        }
    }

    static String rootMessage(Throwable e) {
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
