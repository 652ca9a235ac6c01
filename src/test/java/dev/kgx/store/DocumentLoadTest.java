package dev.kgx.store;

import dev.kgx.KgxException.InputException;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityType;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Evidence;
import dev.kgx.model.Language;
import dev.kgx.model.OffsetMap;
import dev.kgx.model.Relation;
import dev.kgx.model.RelationType;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.rdf.GraphMapper;
import dev.kgx.rdf.Iris;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import static dev.kgx.StoreContents.quads;
import static dev.kgx.StoreContents.entityIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link KgxStore#load}: documents' graphs bulk-loaded give the store that storing them one by one gives. */
class DocumentLoadTest {
    /** A document naming a person (by full or given name) who works for an organization. */
    private static Model person(String file, String key, String name, String employer) {
        String text = name + " works for " + employer + ".";
        var src = new SourceDocument(file, dev.kgx.ingest.DocumentReader.sha256(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "UTF-8",
                text, text, OffsetMap.identity(text.length()), Language.ENGLISH);
        var ev = new Evidence(file, text, new Span(0, text.length()), "test", 0.8);
        String employerKey = employer.toLowerCase(java.util.Locale.ROOT);
        var person = new Entity(key, EntityType.PERSON, name, Set.of(new Entity.Name(name, "en")), List.of(), "test",
                "test");
        var org = new Entity(employerKey, EntityType.COMPANY, employer, Set.of(new Entity.Name(employer, "en")),
                List.of(), "test", "test");
        return new GraphMapper().map(new DocumentGraph(src, List.of(person, org),
                List.of(new Relation(key, RelationType.WORKS_FOR, employerKey, ev)), List.of(), List.of()));
    }

    /** Merges Diana into Diana Okafor while both are there, as the corpus resolver would. */
    private static final KgxStore.MergeFinder FINDER = profiles -> {
        Set<String> keys = new TreeSet<>();
        profiles.forEach(p -> keys.add(p.key()));
        return keys.contains("diana") && keys.contains("dianaokafor")
                ? List.of(new EntityMerge("diana", "dianaokafor", "Diana Okafor", "given name and employer"))
                : List.of();
    };

    private static Path nquads(Path file, boolean gzip, Model... documents) throws Exception {
        Dataset ds = DatasetFactory.create();
        for (Model m : documents) {
            String path = m.listObjectsOfProperty(dev.kgx.rdf.KGX.path).next().asLiteral().getString();
            ds.addNamedModel(Iris.document(path), m);
        }
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            RDFDataMgr.write(out, ds, RDFFormat.NQUADS_UTF8);
        }
        return file;
    }

    private static Set<String> sources(KgxStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.exportSources(out);
        return new TreeSet<>(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void loadingGivesWhatStoringOneByOneGivesMergesIncluded(@TempDir Path dir) throws Exception {
        Model a = person("a.txt", "dianaokafor", "Diana Okafor", "Acme");
        Model b = person("b.txt", "diana", "Diana", "Acme");
        Model c = person("c.txt", "janedoe", "Jane Doe", "Globex");
        try (KgxStore loaded = KgxStore.open(dir.resolve("loaded"));
             KgxStore stored = KgxStore.open(dir.resolve("stored"))) {
            KgxStore.Loaded result = load(loaded, nquads(dir.resolve("ab.nq.gz"), true, a, b),
                    nquads(dir.resolve("c.nq"), false, c));
            assertEquals(3, result.documents());
            assertEquals(List.of(new EntityMerge("diana", "dianaokafor", "Diana Okafor", "given name and employer")),
                    result.merges());
            for (Model m : List.of(a, b, c)) {
                stored.replaceDocument(m.listObjectsOfProperty(dev.kgx.rdf.KGX.path).next().asLiteral().getString(), m);
            }
            stored.recomputeDerived(FINDER, 3);
            assertFalse(loaded.isStale());
            assertEquals(quads(stored), quads(loaded));
            assertEquals(entityIndex(stored), entityIndex(loaded), "the entity index built from every document");
            assertFalse(entityIndex(loaded).isEmpty());
            assertEquals(sources(stored), sources(loaded));
            assertTrue(quads(loaded).stream().noneMatch(q -> q.startsWith("<https://kgx.dev/id/entity/diana> ")),
                    "Diana was merged");
        }
    }

    @Test
    void aDocumentWhoseQuadsComeApartIsLoadedAndDerivedAfterwards(@TempDir Path dir) throws Exception {
        Model a = person("a.txt", "dianaokafor", "Diana Okafor", "Acme");
        Model b = person("b.txt", "diana", "Diana", "Acme");
        // b.txt's quads in two files, a.txt's between them
        Model bFirst = ModelFactory.createDefaultModel();
        Model bRest = ModelFactory.createDefaultModel();
        b.listStatements().forEachRemaining(st -> (st.getSubject().isURIResource()
                && st.getSubject().getURI().startsWith(Iris.DOCUMENT_PREFIX) ? bFirst : bRest).add(st));
        bRest.add(b.listStatements(null, dev.kgx.rdf.KGX.path, (org.apache.jena.rdf.model.RDFNode) null));
        assertFalse(bRest.size() <= 1, "b.txt's quads in two parts");
        try (KgxStore loaded = KgxStore.open(dir.resolve("loaded"));
             KgxStore stored = KgxStore.open(dir.resolve("stored"))) {
            KgxStore.Loaded result = load(loaded, nquads(dir.resolve("1.nq"), false, bFirst),
                    nquads(dir.resolve("2.nq"), false, a), nquads(dir.resolve("3.nq"), false, bRest));
            assertEquals(2, result.documents());
            assertTrue(loaded.isStale(), "loaded as they are; the derivation is due");
            loaded.recomputeDerived(FINDER, 3);
            for (Model m : List.of(a, b)) {
                stored.replaceDocument(m.listObjectsOfProperty(dev.kgx.rdf.KGX.path).next().asLiteral().getString(), m);
            }
            stored.recomputeDerived(FINDER, 3);
            assertEquals(quads(stored), quads(loaded));
            assertEquals(entityIndex(stored), entityIndex(loaded));
            assertEquals(sources(stored), sources(loaded));
        }
    }

    private static KgxStore.Loaded load(KgxStore store, Path... files) {
        return store.load(List.of(files), persons -> List.of(), FINDER, 3, step -> { });
    }

    @Test
    void aStoreThatHoldsDocumentsIsRefusedAndAnUnfinishedLoadIsNoStore(@TempDir Path dir) throws Exception {
        Path b = nquads(dir.resolve("b.nq"), false, person("b.txt", "janedoe", "Jane Doe", "Globex"));
        try (KgxStore store = KgxStore.open(dir.resolve("store"))) {
            store.replaceDocument("a.txt", person("a.txt", "dianaokafor", "Diana Okafor", "Acme"));
            store.recomputeDerived(FINDER, 3);
            Set<String> before = quads(store);
            var e = assertThrows(dev.kgx.KgxException.StoreException.class, () -> load(store, b));
            assertTrue(e.getMessage().contains("already holds documents"), e.getMessage());
            assertEquals(before, quads(store));
        }
        // a load stopped half way leaves its mark: every command refuses the store rather than show part of it
        Path half = dir.resolve("half");
        try (KgxStore store = KgxStore.open(half)) {
            load(store, b);
        }
        Files.writeString(half.resolve(KgxStore.LOAD_UNFINISHED), "");
        var e = assertThrows(dev.kgx.KgxException.StoreException.class, () -> KgxStore.openExisting(half));
        assertTrue(e.getMessage().contains("a kgx load into it did not finish"), e.getMessage());
    }

    @Test
    void filesThatAreNotDocumentsGraphsChangeNothing(@TempDir Path dir) throws Exception {
        Path triple = Files.writeString(dir.resolve("triple.nq"), "<urn:a> <urn:b> <urn:c> .\n");
        Path otherGraph = Files.writeString(dir.resolve("other.nq"), "<urn:a> <urn:b> <urn:c> <urn:g> .\n");
        Path undescribed = Files.writeString(dir.resolve("undescribed.nq"),
                "<urn:a> <urn:b> <urn:c> <" + Iris.document("x.txt") + "> .\n");
        Path broken = Files.writeString(dir.resolve("broken.nq"), "<urn:a> <urn:b> \"open .\n");
        try (KgxStore store = KgxStore.open(dir.resolve("store"))) {
            Path good = nquads(dir.resolve("good.nq"), false, person("b.txt", "diana", "Diana", "Acme"));
            for (Path bad : List.of(triple, otherGraph, undescribed, broken)) {
                InputException e = assertThrows(InputException.class, () -> load(store, good, bad));
                assertTrue(e.getMessage().contains(bad.getFileName().toString()) || e.getMessage().contains("x.txt"),
                        e.getMessage());
                assertEquals(Set.of(), quads(store), "nothing loaded from " + bad);
                assertFalse(store.isStale());
                assertFalse(Files.exists(dir.resolve("store").resolve(KgxStore.LOAD_UNFINISHED)));
            }
            assertEquals(1, load(store, good).documents(), "the store is as new after the refusals");
        }
    }
}
