package dev.kgx.pipeline;

import dev.kgx.extract.FactExtractor;
import dev.kgx.ingest.DocumentPaths;
import dev.kgx.ingest.DocumentReader;
import dev.kgx.ingest.InputFile;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Evidence;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Relation;
import dev.kgx.model.RelationType;
import dev.kgx.model.Span;
import dev.kgx.model.TemporalValue;
import dev.kgx.nlp.StructureParser;
import dev.kgx.store.KgxStore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static dev.kgx.StoreContents.entityIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whatever sequence of extracts, edits, renames, deletions, --force, removals, prunes and runs killed after a
 * document was stored, a completed extract leaves the store equal, quad for quad (what queries see and the
 * sources it is derived from), to a fresh build of the same files. The NLP stages are replaced by a reader of a
 * tiny line format ({@code Person Name@employer}), so every try runs in milliseconds; storing, moving, pruning
 * and cross-document merging are the real ones.
 */
class DerivedStatePropertiesTest {
    /** Articles whose people the corpus resolver merges or keeps apart depending on which files are there. */
    private static final List<String> CONTENTS = List.of(
            "Diana Okafor@acme\n", "Diana@acme\n", "Diana@globex\n", "Maria Lopez@acme\nDiana@acme\n",
            "Calvin French-Owen@openai\n", "Calvin@openai\n", "Diana Okafor@globex\n");
    private static final List<String> SLOTS = List.of("a.txt", "b.txt", "sub/c.txt");
    private static final Pipeline PIPELINE = fakePipeline();

    sealed interface Step permits Write, Delete, Rename, Extract, Remove, Killed {
    }

    record Write(String slot, String content) implements Step {
    }

    record Delete(String slot) implements Step {
    }

    record Rename(String from, String to) implements Step {
    }

    record Extract(boolean force, boolean prune) implements Step {
    }

    record Remove(String slot) implements Step {
    }

    /** An extract killed right after its first document was stored: no recomputation at the end. */
    record Killed() implements Step {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> slot = Arbitraries.of(SLOTS);
        Arbitrary<Step> step = Arbitraries.oneOf(
                Combinators.combine(slot, Arbitraries.of(CONTENTS)).as(Write::new),
                slot.map(Delete::new),
                Combinators.combine(slot, slot).as(Rename::new),
                Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Extract::new),
                slot.map(Remove::new),
                Arbitraries.just(new Killed()));
        return step.list().ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 30)
    void aCompletedExtractLeavesWhatAFreshBuildGives(@ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("kgx-derived");
        try {
            Path in = Files.createDirectories(dir.resolve("in"));
            Pipeline pipeline = PIPELINE;
            try (KgxStore store = KgxStore.open(dir.resolve("store"))) {
                for (Step s : steps) {
                    apply(s, in, store, pipeline);
                }
                extract(in, store, pipeline, false, true);
                try (KgxStore fresh = KgxStore.open(dir.resolve("fresh"))) {
                    extract(in, fresh, pipeline, false, false);
                    assertEquals(quads(fresh), quads(store), "after " + steps);
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Articles for loads: those above, and people of one name told apart. */
    private static final List<String> LOADED_CONTENTS = java.util.stream.Stream.concat(CONTENTS.stream(),
            java.util.stream.Stream.of("John Smith@acme\n", "John Smith@stanford\n", "John@stanford\n")).toList();

    @Provide
    Arbitrary<List<String>> corpora() {
        return Arbitraries.of(LOADED_CONTENTS).list().ofMinSize(1).ofMaxSize(6);
    }

    /**
     * The documents' graphs as extracted, written as N-Quads (each document's quads together, or sorted, so that
     * they come apart) and loaded, give the store that extracting the files gives: what queries see, the sources
     * and the entity index.
     */
    @Property(tries = 40)
    void loadingTheDocumentsGraphsGivesWhatExtractingThemGives(@ForAll("corpora") List<String> contents,
                                                               @ForAll boolean apart) throws IOException {
        Path dir = Files.createTempDirectory("kgx-load");
        try {
            Path in = Files.createDirectories(dir.resolve("in"));
            for (int i = 0; i < contents.size(); i++) {
                Files.writeString(in.resolve("d" + i + ".txt"), contents.get(i));
            }
            try (KgxStore fresh = KgxStore.open(dir.resolve("fresh"));
                 KgxStore loaded = KgxStore.open(dir.resolve("loaded"))) {
                extract(in, fresh, PIPELINE, false, false);
                Path nquads = dir.resolve("documents.nq");
                Files.write(nquads, extractedGraphs(fresh, apart));
                KgxStore.Loaded result = CrossDocumentResolution.standard().load(loaded, List.of(nquads), step -> { });
                assertEquals(contents.size(), result.documents());
                assertEquals(false, loaded.isStale());
                assertEquals(quads(fresh), quads(loaded), contents + (apart ? ", apart" : ""));
                assertEquals(entityIndex(fresh), entityIndex(loaded), contents + (apart ? ", apart" : ""));
                if (!apart) {
                    // the derivation made component by component, as the Spark job makes it, and given to the load
                    try (KgxStore given = KgxStore.open(dir.resolve("given"))) {
                        CrossDocumentResolution resolution = CrossDocumentResolution.standard();
                        resolution.load(given, List.of(nquads), java.util.Optional.of(
                                new CrossDocumentResolution.GivenDerivation(resolution.rules(),
                                        byComponent(Files.readAllLines(nquads), resolution))), step -> { });
                        assertEquals(quads(fresh), quads(given), contents + ", derived by component");
                        assertEquals(entityIndex(fresh), entityIndex(given), contents + ", derived by component");
                    }
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The derivation of documents' graphs (N-Quads lines) made as the Spark job makes it: each document's person
     * rows, joined into components by their keys and blocking words (here by a union-find of the test's own), each
     * component derived on its own, the lines put together in no particular order.
     */
    private static List<String> byComponent(List<String> nquads, CrossDocumentResolution resolution) {
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(String.join("\n", nquads), org.apache.jena.riot.Lang.NQUADS)
                .parse(ds);
        List<String> rows = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(g -> {
            var model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(ds.getGraph(g));
            String path = model.listObjectsOfProperty(dev.kgx.rdf.KGX.path).next().asLiteral().getString();
            rows.addAll(dev.kgx.store.CrossDocumentParts.rows(path, model));
        });
        java.util.Map<String, String> parent = new java.util.HashMap<>();
        java.util.function.UnaryOperator<String> root = new java.util.function.UnaryOperator<>() {
            @Override
            public String apply(String x) {
                String p = parent.getOrDefault(x, x);
                return p.equals(x) ? x : apply(p);
            }
        };
        for (String row : rows) {
            String key = dev.kgx.store.CrossDocumentParts.keyNode(dev.kgx.store.CrossDocumentParts.key(row));
            for (String node : resolution.joins(row)) {
                String a = root.apply(key);
                String b = root.apply(node);
                if (!a.equals(b)) {
                    parent.put(a, b);
                }
            }
        }
        java.util.Map<String, List<String>> components = new java.util.HashMap<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (String row : rows) {
            String r = root.apply(dev.kgx.store.CrossDocumentParts.keyNode(dev.kgx.store.CrossDocumentParts.key(row)));
            components.computeIfAbsent(r, k -> new ArrayList<>()).add(row);
            names.merge(r, dev.kgx.store.CrossDocumentParts.key(row), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        List<String> lines = new ArrayList<>();
        components.forEach((r, inComponent) -> lines.addAll(resolution.deriveComponent(names.get(r), inComponent)));
        java.util.Collections.shuffle(lines, new java.util.Random(lines.size()));
        return lines;
    }

    /**
     * Each document's graph as extracted, as N-Quads lines: its copy in the sources when it was renamed, else
     * what queries see of it; each document's lines together, or all of them sorted.
     */
    private static List<String> extractedGraphs(KgxStore store, boolean apart) {
        org.apache.jena.sparql.core.DatasetGraph visible = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.sparql.core.DatasetGraph sources = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS, out);
        org.apache.jena.riot.RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8),
                org.apache.jena.riot.Lang.NQUADS).parse(visible);
        out.reset();
        store.exportSources(out);
        org.apache.jena.riot.RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8),
                org.apache.jena.riot.Lang.NQUADS).parse(sources);
        List<String> lines = new ArrayList<>();
        visible.listGraphNodes().forEachRemaining(g -> {
            var graph = sources.containsGraph(g) ? sources.getGraph(g) : visible.getGraph(g);
            graph.find().forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " "
                    + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " "
                    + NodeFmtLib.strNT(g) + " ."));
        });
        if (apart) {
            java.util.Collections.sort(lines);
        }
        return lines;
    }

    @net.jqwik.api.Example
    void aGivenNameIsMergedWhileItsReasonHoldsAndSeparatedWhenItGoes() throws IOException {
        Path dir = Files.createTempDirectory("kgx-derived");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Diana@acme\n");
        Files.writeString(in.resolve("b.txt"), "Diana Okafor@acme\n");
        try (KgxStore store = KgxStore.open(dir.resolve("store"))) {
            extract(in, store, PIPELINE, false, false);
            String diana = "https://kgx.dev/id/entity/diana";
            assertEquals(Set.of(), nodesNamed(store, diana), "merged into Diana Okafor");
            Files.writeString(in.resolve("b.txt"), "Diana Okafor@globex\n"); // the shared employer goes
            extract(in, store, PIPELINE, false, false);
            assertEquals(Set.of(diana), nodesNamed(store, diana), "the merge is undone");
        }
    }

    @net.jqwik.api.Example
    void twoPeopleOfOneNameStayTwoUntilADocumentTiesThemTogether() throws IOException {
        Path dir = Files.createTempDirectory("kgx-derived");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "John Smith@acme\n");
        Files.writeString(in.resolve("b.txt"), "John Smith@stanford\n");
        try (KgxStore store = KgxStore.open(dir.resolve("store"))) {
            extract(in, store, PIPELINE, false, false);
            String second = "https://kgx.dev/id/entity/johnsmith-2";
            assertEquals(Set.of(second), nodesNamed(store, second), "two nodes");
            Files.writeString(in.resolve("c.txt"), "John Smith@acme\nMaria Lopez@stanford\n");
            extract(in, store, PIPELINE, false, false);
            assertEquals(Set.of(second), nodesNamed(store, second), "c.txt ties him to acme only: still two");
        }
    }

    private static Set<String> nodesNamed(KgxStore store, String iri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS, out);
        Set<String> found = new TreeSet<>();
        out.toString().lines().filter(l -> l.startsWith("<" + iri + ">")).forEach(l -> found.add(iri));
        return found;
    }

    private static void apply(Step step, Path in, KgxStore store, Pipeline pipeline) throws IOException {
        if (step instanceof Write w) {
            Files.createDirectories(in.resolve(w.slot()).getParent());
            Files.writeString(in.resolve(w.slot()), w.content());
        } else if (step instanceof Delete d) {
            Files.deleteIfExists(in.resolve(d.slot()));
        } else if (step instanceof Rename r) {
            if (Files.exists(in.resolve(r.from())) && !Files.exists(in.resolve(r.to()))) {
                Files.createDirectories(in.resolve(r.to()).getParent());
                Files.move(in.resolve(r.from()), in.resolve(r.to()));
            }
        } else if (step instanceof Extract e) {
            extract(in, store, pipeline, e.force(), e.prune());
        } else if (step instanceof Remove r) {
            store.removeDocuments(List.of(r.slot()));
            pipeline.resolveAcrossDocuments(store);
        } else {
            try {
                new BatchExtraction(pipeline, 1).run(files(in), store, true, 0, new dev.kgx.StoreContents.FailOnSkip() {
                    @Override
                    public void extracted(int index, int total, Path file, DocumentGraph g, double seconds) {
                        throw new IllegalStateException("killed");
                    }
                });
            } catch (IllegalStateException killed) {
                // the first document is stored; the run never reached its end
            }
        }
    }

    private static void extract(Path in, KgxStore store, Pipeline pipeline, boolean force, boolean prune) {
        List<InputFile> files = files(in);
        BatchExtraction batch = new BatchExtraction(pipeline, 1);
        batch.run(files, store, force, 0, new dev.kgx.StoreContents.FailOnSkip());
        if (prune) {
            batch.prune(List.of(in), files, store);
        }
    }

    private static List<InputFile> files(Path in) {
        return DocumentPaths.collect(List.of(in), why -> {
            throw new AssertionError(why);
        });
    }

    private static Set<String> quads(KgxStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS, out);
        ByteArrayOutputStream sources = new ByteArrayOutputStream();
        store.exportSources(sources);
        Set<String> all = new TreeSet<>(out.toString().lines().toList());
        sources.toString().lines().forEach(l -> all.add("source " + l));
        return all;
    }

    /** The real pipeline's reading, storing and resolving, with the line format instead of the NLP stages. */
    private static Pipeline fakePipeline() {
        FactExtractor facts = (doc, entities) -> {
            List<Relation> relations = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            java.util.Map<String, String> employers = new java.util.HashMap<>();
            for (String line : doc.source().text().strip().split("\n")) {
                String[] f = line.split("@");
                employers.put(personKey(f[0]), f[1]);
            }
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON) {
                    String employer = employers.get(e.key());
                    Evidence ev = new Evidence(doc.source().path(), doc.source().original(),
                            new Span(0, doc.source().original().length()), "test", 1);
                    relations.add(new Relation(e.key(), RelationType.WORKS_FOR, employer, ev));
                    events.add(new Event(EventType.JOINING, e.key(), employer, TemporalValue.year(2020), null, ev));
                }
            }
            return new FactExtractor.Facts(relations, events);
        };
        return new Pipeline(new DocumentReader(text -> text), doc -> new AnalyzedDocument(doc, List.of()),
                doc -> List.of(), (doc, mentions) -> entities(doc.source().text()), StructureParser.NONE, facts);
    }

    private static String personKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** "Name@employer" per line: a person who works for a company. */
    private static List<Entity> entities(String text) {
        List<Entity> out = new ArrayList<>();
        Set<String> companies = new TreeSet<>();
        for (String line : text.strip().split("\n")) {
            String[] f = line.split("@");
            out.add(new Entity(personKey(f[0]), EntityType.PERSON, f[0], Set.of(new Entity.Name(f[0], "en")),
                    List.of(), "test", "test"));
            companies.add(f[1]);
        }
        for (String c : companies) {
            out.add(new Entity(c, EntityType.COMPANY, c, Set.of(new Entity.Name(c, "en")), List.of(), "test", "test"));
        }
        return out;
    }
}
