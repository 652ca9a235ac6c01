package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.EntityType;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Evidence;
import dev.kgx.model.Language;
import dev.kgx.model.OffsetMap;
import dev.kgx.model.Relation;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.TemporalValue;
import dev.kgx.rdf.GraphMapper;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KgxStoreTest {
    private static Model doc(String file, String hash, String entity) {
        String ttl = """
                @prefix kgx: <https://kgx.dev/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://kgx.dev/id/doc/%1$s> a kgx:Document ; kgx:fileName "%1$s" ; kgx:sha256 "%2$s" .
                <https://kgx.dev/id/entity/%3$s> a kgx:Company ; rdfs:label "%3$s" ;
                    kgx:mentionedIn <https://kgx.dev/id/doc/%1$s> .
                """.formatted(file, hash, entity);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(ttl.getBytes()), Lang.TURTLE);
        return m;
    }

    private static int count(KgxStore store, String sparql) {
        return store.query(sparql, QueryLimits.DEFAULT, qe -> ResultSetFormatter.consume(qe.execSelect()));
    }

    @Test
    void replacingADocumentRemovesItsOldTriplesOnly(@TempDir Path dir) {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", doc("a.txt", "h1", "acme"));
            store.replaceDocument("b.txt", doc("b.txt", "h2", "globex"));
            store.replaceDocument("a.txt", doc("a.txt", "h3", "initech"));
            assertEquals("h3", store.documentHash("a.txt"));
            assertEquals("h2", store.documentHash("b.txt"));
            assertNull(store.documentHash("c.txt"));
            assertEquals(2, count(store, "SELECT ?e WHERE { ?e a <https://kgx.dev/ontology#Company> }"));
        }
    }

    @Test
    void documentsAreFoundByTheHashOfTheirContent(@TempDir Path dir) {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("b.txt", doc("b.txt", "same", "acme"));
            store.replaceDocument("a.txt", doc("a.txt", "same", "acme"));
            store.replaceDocument("c.txt", doc("c.txt", "other", "globex"));
            assertEquals(List.of("a.txt", "b.txt"),
                    names(store.documentsWithHash("same")));
            assertEquals(List.of("c.txt"),
                    names(store.documentsWithHash("other")));
            assertEquals(List.of(), store.documentsWithHash("none"));
            // the lookup agrees with the list of every document
            assertEquals(store.documents().stream().filter(d -> d.sha256().equals("same")).toList(),
                    store.documentsWithHash("same"));
        }
    }

    /** The file names of stored documents (these test documents have no kgx:path: their path is the graph's IRI). */
    private static List<String> names(List<KgxStore.StoredDocument> documents) {
        return documents.stream().map(d -> d.path().substring(d.path().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void trigExportReadsBackIsomorphic(@TempDir Path dir) {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", doc("a.txt", "h1", "acme"));
            store.replaceDocument("b.txt", doc("b.txt", "h2", "acme"));
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            store.export(RDFFormat.TURTLE_PRETTY, turtle);
            Model back = ModelFactory.createDefaultModel();
            RDFDataMgr.read(back, new ByteArrayInputStream(turtle.toByteArray()), Lang.TURTLE);
            Model expected = ModelFactory.createDefaultModel().add(doc("a.txt", "h1", "acme")).add(doc("b.txt", "h2", "acme"));
            assertTrue(back.isIsomorphicWith(expected));
        }
    }

    private static final String INDEX = "PREFIX kgx: <https://kgx.dev/ontology#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    /** The entity's document count in the entity index, or -1 when the index has no summary of it. */
    private static int documentCount(KgxStore store, String key) {
        return store.query(INDEX + "SELECT ?n WHERE { GRAPH kgx:entityIndex { <https://kgx.dev/id/entity/" + key
                + "> kgx:documentCount ?n } }", QueryLimits.DEFAULT, qe -> {
            var rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("n").getInt() : -1;
        });
    }

    @Test
    void theEntityIndexSummarisesEachEntityAcrossDocumentsAndFollowsEveryChange(@TempDir Path dir) throws Exception {
        KgxStore.MergeFinder none = profiles -> List.of();
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", doc("a.txt", "h1", "acme"));
            store.replaceDocument("b.txt", doc("b.txt", "h2", "acme"));
            store.replaceDocument("c.txt", doc("c.txt", "h3", "globex"));
            assertTrue(store.isStale());
            store.recomputeDerived(none, 3);
            assertFalse(store.isStale());
            assertEquals(2, documentCount(store, "acme"));
            assertEquals(1, documentCount(store, "globex"));
            assertEquals(1, count(store, INDEX + "SELECT ?e WHERE { GRAPH kgx:entityIndex { ?e kgx:lookupName "
                    + "\"acme\" ; a kgx:Company ; rdfs:label \"acme\" } }"), "one summary, found by its name");
            // b extracted again without acme, c removed: acme is in one document, globex in none
            store.replaceDocument("b.txt", doc("b.txt", "h4", "initech"));
            store.removeDocuments(List.of("c.txt"));
            store.recomputeDerived(none, 3);
            assertEquals(1, documentCount(store, "acme"));
            assertEquals(-1, documentCount(store, "globex"));
            assertEquals(1, documentCount(store, "initech"));
            // derived data: the named-graph export leaves the index out (a store loaded from it derives it again)
            ByteArrayOutputStream nquads = new ByteArrayOutputStream();
            store.export(RDFFormat.NQUADS, nquads);
            assertFalse(nquads.toString().contains("entityIndex"), nquads.toString());
            assertTrue(nquads.toString().contains("initech"));
        }
        // an index made by an older kgx (without the version it marks itself with) is stale until built again,
        // and a store made before the entity index has none
        org.apache.jena.query.Dataset visible = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.toString());
        org.apache.jena.graph.Node indexGraph = org.apache.jena.graph.NodeFactory.createURI(
                "https://kgx.dev/ontology#entityIndex");
        org.apache.jena.system.Txn.executeWrite(visible, () -> {
            visible.asDatasetGraph().deleteAny(indexGraph, indexGraph, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY);
            visible.asDatasetGraph().deleteAny(indexGraph, org.apache.jena.graph.NodeFactory.createURI(
                    "https://kgx.dev/id/entity/acme"), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(visible.asDatasetGraph());
        try (KgxStore store = KgxStore.openExisting(dir)) {
            assertTrue(store.isStale(), "an index of an older version");
            assertEquals(-1, documentCount(store, "acme"));
            store.recomputeDerived(none, 3);
            assertFalse(store.isStale());
            assertEquals(1, documentCount(store, "acme"));
            assertEquals(1, documentCount(store, "initech"));
        }
    }

    /** A document stating that Acme acquired Globex (on a date) and that Acme competes with Initech. */
    private static Model facts(String file, String hash, String date) {
        String ttl = """
                @prefix kgx: <https://kgx.dev/ontology#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix ent: <https://kgx.dev/id/entity/> .
                <https://kgx.dev/id/doc/%1$s> a kgx:Document ; kgx:fileName "%1$s" ; kgx:sha256 "%2$s" .
                ent:acme a kgx:Company ; rdfs:label "Acme" ; kgx:mentionedIn <https://kgx.dev/id/doc/%1$s> ;
                    kgx:competesWith ent:initech .
                ent:globex a kgx:Company ; rdfs:label "Globex" ; kgx:mentionedIn <https://kgx.dev/id/doc/%1$s> .
                ent:initech a kgx:Company ; rdfs:label "Initech" ; kgx:mentionedIn <https://kgx.dev/id/doc/%1$s> ;
                    kgx:competesWith ent:acme .
                <https://kgx.dev/id/fact/acme-competes-initech> a kgx:Assertion ; rdf:subject ent:acme ;
                    rdf:predicate kgx:competesWith ; rdf:object ent:initech ;
                    kgx:evidence <https://kgx.dev/id/evidence/%1$s-1> .
                <https://kgx.dev/id/event/acme-acquires-globex> a kgx:Acquisition ; kgx:agent ent:acme ;
                    kgx:object ent:globex ; kgx:date "%3$s"^^xsd:gYear ; kgx:mentionedIn <https://kgx.dev/id/doc/%1$s> ;
                    kgx:evidence <https://kgx.dev/id/evidence/%1$s-2> .
                """.formatted(file, hash, date);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(ttl.getBytes()), Lang.TURTLE);
        return m;
    }

    @Test
    void theEntityIndexHoldsEachFactOnceWithTheDocumentsThatStateIt(@TempDir Path dir) {
        KgxStore.MergeFinder none = profiles -> List.of();
        String fact = "<https://kgx.dev/id/fact/acme-competes-initech>";
        String event = "<https://kgx.dev/id/event/acme-acquires-globex>";
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", facts("a.txt", "h1", "2021"));
            store.replaceDocument("b.txt", facts("b.txt", "h2", "2022"));
            store.replaceDocument("c.txt", facts("c.txt", "h3", "2022"));
            store.recomputeDerived(none, 3);
            String inIndex = INDEX + "SELECT * WHERE { GRAPH kgx:entityIndex { %s %s ?o } }";
            assertEquals(1, count(store, inIndex.formatted(fact, "rdf:subject")), "stated by three documents, once");
            assertEquals(3, intValue(store, inIndex.formatted(fact, "kgx:documentCount")));
            assertEquals(2, count(store, inIndex.formatted(event, "kgx:date")), "each date a document gives, once");
            assertEquals(1, count(store, inIndex.formatted(event, "kgx:agent")));
            assertEquals(0, count(store, inIndex.formatted(fact, "kgx:evidence")), "evidence stays in the documents");
            String direct = INDEX + "SELECT * WHERE { GRAPH kgx:entityIndex { ?s kgx:competesWith ?o } }";
            assertEquals(1, count(store, direct), "the assertion's triple stated once, its sides in order");
            // the only document dating it 2021 extracted again with 2022; one that states both facts removed
            store.replaceDocument("a.txt", facts("a.txt", "h4", "2022"));
            store.removeDocuments(List.of("c.txt"));
            store.recomputeDerived(none, 3);
            assertEquals(1, count(store, inIndex.formatted(event, "kgx:date")));
            assertEquals(2, intValue(store, inIndex.formatted(event, "kgx:documentCount")));
            assertEquals(1, count(store, direct), "kept when its subject's own summary is written again");
            store.removeDocuments(List.of("a.txt", "b.txt"));
            store.recomputeDerived(none, 3);
            assertEquals(0, count(store, inIndex.formatted(event, "?p")), "stated by no document: no summary");
            assertEquals(0, count(store, inIndex.formatted(fact, "?p")));
            assertEquals(0, count(store, direct), "gone with the assertion");
        }
    }

    private static int intValue(KgxStore store, String sparql) {
        return store.query(sparql, QueryLimits.DEFAULT, qe -> qe.execSelect().next().getLiteral("o").getInt());
    }

    /** One document's graph as the pipeline would map it: a person who works for Acme and left it. */
    private static Model personAtAcme(String file, String personKey, String personName) {
        String text = personName + " left Acme.";
        var src = new SourceDocument(file, "0".repeat(64), "UTF-8", text, text, OffsetMap.identity(text.length()),
                Language.ENGLISH);
        var ev = new Evidence(file, text, new Span(0, text.length()), "test", 0.8);
        var person = new Entity(personKey, EntityType.PERSON, personName,
                Set.of(new Entity.Name(personName, "en")), List.of(), "test", "test");
        var acme = new Entity("acme", EntityType.COMPANY, "Acme", Set.of(new Entity.Name("Acme", "en")), List.of(),
                "test", "test");
        return new GraphMapper().map(new DocumentGraph(src, List.of(person, acme),
                List.of(new Relation(personKey, dev.kgx.model.RelationType.WORKS_FOR, "acme", ev)),
                List.of(new Event(EventType.DEPARTURE, personKey, "acme", TemporalValue.year(2024), null, ev)),
                List.of()));
    }

    @Test
    void mergingANodeRewritesItsFactsAsIfExtractedUnderTheTargetKey(@TempDir Path dir) {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            store.replaceDocument("b.txt", personAtAcme("b.txt", "diana", "Diana"));
            EntityMerge merge = new EntityMerge("diana", "dianaokafor", "Diana Okafor", "given name and employer");
            // a finder that merges Diana while she is there (the next round finds her gone)
            KgxStore.MergeFinder finder = profiles -> profiles.stream().anyMatch(p -> p.key().equals("diana"))
                    ? List.of(merge) : List.of();
            assertEquals(List.of(merge), store.recomputeDerived(finder, 3));
            assertEquals(List.of(), store.recomputeDerived(finder, 3), "derived again: nothing new");
            assertFalse(store.isStale());

            assertEquals(0, count(store, "SELECT * WHERE { <https://kgx.dev/id/entity/diana> ?p ?o }"));
            assertEquals(0, count(store, "SELECT * WHERE { ?s ?p <https://kgx.dev/id/entity/diana> }"));
            // one fact and one event, each with the evidence of both documents
            assertEquals(1, count(store, "SELECT DISTINCT ?a WHERE { ?a a <https://kgx.dev/ontology#Assertion> }"));
            assertEquals(2, count(store, "SELECT DISTINCT ?e WHERE { ?a a <https://kgx.dev/ontology#Assertion> ; "
                    + "<https://kgx.dev/ontology#evidence> ?e }"));
            assertEquals(1, count(store, "SELECT DISTINCT ?v WHERE { ?v a <https://kgx.dev/ontology#Departure> }"));
            assertEquals(2, count(store, "SELECT DISTINCT ?d WHERE { <https://kgx.dev/id/entity/dianaokafor> "
                    + "<https://kgx.dev/ontology#mentionedIn> ?d }"));
            // b.txt's graph now holds exactly what mapping it under the target key gives, plus the merge reason
            Model expected = personAtAcme("b.txt", "dianaokafor", "Diana");
            expected.removeAll(expected.createResource("https://kgx.dev/id/entity/dianaokafor"), RDFS.label, null);
            expected.add(expected.createResource("https://kgx.dev/id/entity/dianaokafor"), RDFS.label,
                    expected.createLiteral("Diana Okafor", "en"));
            expected.add(expected.createResource("https://kgx.dev/id/entity/dianaokafor"),
                    expected.createProperty("https://kgx.dev/ontology#mergeReason"), "given name and employer");
            ByteArrayOutputStream trig = new ByteArrayOutputStream();
            store.export(RDFFormat.TRIG, trig);
            var back = org.apache.jena.query.DatasetFactory.create();
            RDFDataMgr.read(back, new ByteArrayInputStream(trig.toByteArray()), Lang.TRIG);
            assertTrue(back.getNamedModel("https://kgx.dev/id/doc/b.txt").isIsomorphicWith(expected));
        }
    }

    @Test
    void aSymmetricRelationIsFoundFromEitherSideAndAYearInADayRange(@TempDir Path dir) {
        String text = "Acme competes with Zentrix.";
        var src = new SourceDocument("c.txt", "0".repeat(64), "UTF-8", text, text, OffsetMap.identity(text.length()),
                Language.ENGLISH);
        var ev = new Evidence("c.txt", text, new Span(0, text.length()), "test", 0.8);
        var zentrix = new Entity("zentrix", EntityType.COMPANY, "Zentrix", Set.of(new Entity.Name("Zentrix", "en")),
                List.of(), "test", "test");
        var acme = new Entity("acme", EntityType.COMPANY, "Acme", Set.of(new Entity.Name("Acme", "en")), List.of(),
                "test", "test");
        Model m = new GraphMapper().map(new DocumentGraph(src, List.of(zentrix, acme),
                List.of(new Relation("zentrix", dev.kgx.model.RelationType.COMPETES_WITH, "acme", ev)),
                List.of(new Event(EventType.ACQUISITION, "acme", "zentrix", TemporalValue.year(2022), null, ev)),
                List.of()));
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("c.txt", m);
            String kgx = "PREFIX kgx: <https://kgx.dev/ontology#> PREFIX e: <https://kgx.dev/id/entity/> "
                    + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
            assertEquals(1, count(store, kgx + "SELECT * WHERE { e:acme kgx:competesWith e:zentrix }"));
            assertEquals(1, count(store, kgx + "SELECT * WHERE { e:zentrix kgx:competesWith e:acme }"));
            assertEquals(1, count(store, kgx + "SELECT DISTINCT ?a WHERE { ?a a kgx:Assertion }"), "one assertion");
            // 2022 overlaps June 2022 onwards, and not a range that ends in 2021
            assertEquals(1, count(store, kgx + "SELECT ?e WHERE { ?e kgx:dateEnd ?end "
                    + "FILTER(?end >= \"2022-06-01\"^^xsd:date) }"));
            assertEquals(0, count(store, kgx + "SELECT ?e WHERE { ?e kgx:dateStart ?start "
                    + "FILTER(?start <= \"2021-12-31\"^^xsd:date) }"));
        }
    }

    @Test
    void compactionKeepsEveryQuadAndGivesBackTheSpaceOfOldVersions(@TempDir Path dir) throws Exception {
        try (KgxStore store = KgxStore.open(dir)) {
            for (int i = 0; i < 40; i++) { // re-extracting the same documents again and again
                store.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor " + i));
                store.replaceDocument("b.txt", personAtAcme("b.txt", "maria", "Maria " + i));
            }
            ByteArrayOutputStream before = new ByteArrayOutputStream();
            store.export(RDFFormat.NQUADS, before);
            KgxStore.Compaction c = store.compact();
            assertTrue(c.after() < c.before(), c.toString());
            ByteArrayOutputStream after = new ByteArrayOutputStream();
            store.export(RDFFormat.NQUADS, after);
            assertEquals(new java.util.TreeSet<>(before.toString().lines().toList()),
                    new java.util.TreeSet<>(after.toString().lines().toList()));
            assertNull(store.compactIfGrown(), "just compacted: nothing to do");
            // the packed generation takes writes, and compacts again
            store.replaceDocument("b.txt", personAtAcme("b.txt", "maria", "Maria again"));
            store.compact();
        }
        try (KgxStore store = KgxStore.openExisting(dir)) {
            assertEquals(1, count(store, "SELECT DISTINCT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                    + "FILTER(STR(?l) = \"Maria again\") }"), "written after a compaction, kept by the next one and a reopening");
            assertEquals(1, count(store, "SELECT DISTINCT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                    + "FILTER(STR(?l) = \"Diana Okafor 39\") }"));
        }
        try (var generations = java.nio.file.Files.list(dir)) {
            assertEquals(List.of("Data-0003"), generations.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data-")).toList(), "old generations deleted");
        }
    }

    @Test
    void compactionPacksTheIndexesTighterThanTdb2sOwnCompaction(@TempDir Path dir) throws Exception {
        Path packed = dir.resolve("packed");
        Path copied = dir.resolve("copied");
        for (Path d : List.of(packed, copied)) {
            try (KgxStore store = KgxStore.open(d)) {
                for (int i = 0; i < 300; i++) {
                    store.replaceDocument("d" + i + ".txt", personAtAcme("d" + i + ".txt", "p" + i, "Person " + i));
                }
                if (d == packed) {
                    store.compact();
                }
            }
        }
        org.apache.jena.query.Dataset tdb = org.apache.jena.tdb2.TDB2Factory.connectDataset(copied.toString());
        org.apache.jena.tdb2.DatabaseMgr.compact(tdb.asDatasetGraph(), true); // quad by quad into a new generation
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb.asDatasetGraph());
        long packedKb = diskKb(packed.resolve("Data-0002"));
        long copiedKb = diskKb(copied.resolve("Data-0002"));
        assertTrue(packedKb < copiedKb * 0.8, "packed " + packedKb + " KB, TDB2's compaction " + copiedKb + " KB");
        try (KgxStore store = KgxStore.openExisting(packed)) {
            assertEquals(300, count(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(1, count(store, "SELECT DISTINCT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                    + "FILTER(STR(?l) = \"Person 299\") }"));
        }
    }

    private static long diskKb(Path dir) throws Exception {
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).start();
        String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    @Test
    void mergesAreDerivedFromTheDocumentsAsExtractedSoTheyGoWhenTheirReasonGoes(@TempDir Path dir) {
        EntityMerge merge = new EntityMerge("diana", "dianaokafor", "Diana Okafor", "given name and employer");
        // merges Diana into Diana Okafor while both are there, as the corpus resolver would
        KgxStore.MergeFinder finder = profiles -> {
            Set<String> keys = new java.util.HashSet<>();
            profiles.forEach(p -> keys.add(p.key()));
            return keys.contains("diana") && keys.contains("dianaokafor") ? List.of(merge) : List.of();
        };
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            store.replaceDocument("b.txt", personAtAcme("b.txt", "diana", "Diana"));
            assertTrue(store.isStale(), "stored, not yet derived");
            store.recomputeDerived(finder, 3);
            assertEquals(0, count(store, "SELECT * WHERE { <https://kgx.dev/id/entity/diana> ?p ?o }"));
            // the document that justified the merge goes: Diana is herself again
            store.removeDocuments(List.of("a.txt"));
            store.recomputeDerived(finder, 3);
            assertTrue(count(store, "SELECT * WHERE { <https://kgx.dev/id/entity/diana> ?p ?o }") > 0);
            assertEquals(0, count(store, "SELECT * WHERE { <https://kgx.dev/id/entity/dianaokafor> ?p ?o }"));
            ByteArrayOutputStream derived = new ByteArrayOutputStream();
            store.export(RDFFormat.NQUADS, derived);
            try (KgxStore fresh = KgxStore.open(dir.resolve("fresh"))) {
                fresh.replaceDocument("b.txt", personAtAcme("b.txt", "diana", "Diana"));
                fresh.recomputeDerived(finder, 3);
                ByteArrayOutputStream built = new ByteArrayOutputStream();
                fresh.export(RDFFormat.NQUADS, built);
                assertEquals(new java.util.TreeSet<>(built.toString().lines().toList()),
                        new java.util.TreeSet<>(derived.toString().lines().toList()));
            }
        }
    }

    /** Merges Diana into Diana Okafor when it is on; pairs names by their first word; says which rules it follows. */
    private static KgxStore.MergeFinder dianaFinder(boolean merging, String rules) {
        EntityMerge merge = new EntityMerge("diana", "dianaokafor", "Diana Okafor", "given name and employer");
        return new KgxStore.MergeFinder() {
            @Override
            public List<EntityMerge> find(List<EntityProfile> profiles) {
                return merging && profiles.stream().anyMatch(p -> p.key().equals("diana"))
                        && profiles.stream().anyMatch(p -> p.key().equals("dianaokafor")) ? List.of(merge) : List.of();
            }

            @Override
            public String blockingWord(String name) {
                return dev.kgx.resolve.CorpusResolver.firstWord(name);
            }

            @Override
            public String rules() {
                return rules;
            }
        };
    }

    @Test
    void onlyComponentsAChangeReachesAreDerivedAgainUnlessTheRulesChanged(@TempDir Path dir) {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            store.replaceDocument("b.txt", personAtAcme("b.txt", "diana", "Diana"));
            assertEquals(List.of(), store.recomputeDerived(dianaFinder(false, "r1"), 3));
            // a document about someone else: the Diana component is not derived again, whatever the finder says now
            store.replaceDocument("c.txt", personAtAcme("c.txt", "janedoe", "Jane Doe"));
            assertEquals(List.of(), store.recomputeDerived(dianaFinder(true, "r1"), 3));
            // other rules: everything is derived again under them
            assertEquals(1, store.recomputeDerived(dianaFinder(true, "r2"), 3).size());
            assertEquals(2, documentCount(store, "dianaokafor"), "Diana's document renamed");
            assertEquals(-1, documentCount(store, "diana"));
            // a document reaching the component: derived again
            store.replaceDocument("d.txt", personAtAcme("d.txt", "diana", "Diana"));
            assertEquals(List.of(), store.recomputeDerived(dianaFinder(false, "r2"), 3));
            assertEquals(2, documentCount(store, "diana"), "merge undone in b.txt and d.txt");
        }
    }

    @Test
    void aRunKilledBetweenADocumentsTwoCommitsIsRepairedByTheNextRecomputation(@TempDir Path dir) {
        EntityMerge merge = new EntityMerge("diana", "dianaokafor", "Diana Okafor", "given name and employer");
        KgxStore.MergeFinder finder = profiles -> profiles.stream().anyMatch(p -> p.key().equals("diana"))
                && profiles.stream().anyMatch(p -> p.key().equals("dianaokafor")) ? List.of(merge) : List.of();
        try (KgxStore store = KgxStore.open(dir.resolve("killed"));
             KgxStore fresh = KgxStore.open(dir.resolve("fresh"))) {
            store.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            store.replaceDocument("old.txt", personAtAcme("old.txt", "janedoe", "Jane Doe"));
            store.recomputeDerived(finder, 3);
            // b.txt replaces old.txt (a moved file): its source is committed, the process dies before the rest
            store.storeSource("b.txt", personAtAcme("b.txt", "diana", "Diana"), Set.of("old.txt"));
            assertTrue(store.isStale(), "the next run knows there is something to repair");
            store.recomputeDerived(finder, 3);
            assertTrue(!store.isStale());

            fresh.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            fresh.replaceDocument("b.txt", personAtAcme("b.txt", "diana", "Diana"));
            fresh.recomputeDerived(finder, 3);
            ByteArrayOutputStream repaired = new ByteArrayOutputStream();
            store.export(RDFFormat.NQUADS, repaired);
            ByteArrayOutputStream built = new ByteArrayOutputStream();
            fresh.export(RDFFormat.NQUADS, built);
            assertEquals(new java.util.TreeSet<>(built.toString().lines().toList()),
                    new java.util.TreeSet<>(repaired.toString().lines().toList()));
        }
    }

    /** A store of one document, a.txt, whose sources database is then deleted (a store made before sources). */
    private static void storeWithoutSources(Path dir) throws Exception {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            store.recomputeDerived(profiles -> List.of(), 3);
        }
        try (var files = java.nio.file.Files.walk(dir.resolve(KgxStore.SOURCES))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aStoreMadeBeforeSourcesKeepsItsDocuments(@TempDir Path dir) throws Exception {
        storeWithoutSources(dir);
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("b.txt", personAtAcme("b.txt", "janedoe", "Jane Doe"));
            store.recomputeDerived(profiles -> List.of(), 3);
            assertEquals(2, count(store, "SELECT DISTINCT ?d WHERE { ?d a <https://kgx.dev/ontology#Document> }"),
                    "a.txt, which has no source, is taken as it is");
        }
    }

    @Test
    void aStoreWhoseAdoptionWasInterruptedAdoptsAgain(@TempDir Path dir) throws Exception {
        storeWithoutSources(dir);
        // the sources folder as a run stopped right after TDB2 made it leaves it: a database, nothing adopted
        var made = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.resolve(KgxStore.SOURCES).toString());
        made.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(made.asDatasetGraph());
        try (KgxStore store = KgxStore.open(dir)) {
            store.recomputeDerived(profiles -> List.of(), 3);
            assertEquals(1, count(store, "SELECT DISTINCT ?d WHERE { ?d a <https://kgx.dev/ontology#Document> }"),
                    "a.txt is adopted, not deleted");
        }
    }

    @Test
    void aStoreWhoseSourcesHoldEveryDocumentAsTheLastVersionWroteThemIsDerivedOnceInFull(@TempDir Path dir)
            throws Exception {
        EntityMerge merge = new EntityMerge("diana", "dianaokafor", "Diana Okafor", "given name and employer");
        KgxStore.MergeFinder finder = profiles -> profiles.stream().anyMatch(p -> p.key().equals("diana"))
                && profiles.stream().anyMatch(p -> p.key().equals("dianaokafor")) ? List.of(merge) : List.of();
        Path old = dir.resolve("old");
        try (KgxStore store = KgxStore.open(old)) {
            store.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            store.replaceDocument("b.txt", personAtAcme("b.txt", "diana", "Diana"));
            store.replaceDocument("c.txt", personAtAcme("c.txt", "janedoe", "Jane Doe"));
        }
        // the sources as the last version kept them: every document's graph as extracted, no rows, no marks
        var sources = org.apache.jena.tdb2.TDB2Factory.connectDataset(old.resolve(KgxStore.SOURCES).toString());
        org.apache.jena.system.Txn.executeWrite(sources, () -> {
            var dsg = sources.asDatasetGraph();
            java.util.List<org.apache.jena.graph.Node> graphs = new java.util.ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            for (var g : graphs) {
                if (!g.getURI().startsWith(dev.kgx.rdf.Iris.DOCUMENT_PREFIX)) {
                    dsg.deleteAny(g, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                            org.apache.jena.graph.Node.ANY);
                }
            }
            var state = org.apache.jena.graph.NodeFactory.createURI("urn:kgx:state");
            dsg.add(state, state, org.apache.jena.graph.NodeFactory.createURI("urn:kgx:adopted"),
                    org.apache.jena.graph.NodeFactory.createLiteralString("true"));
            // c.txt was removed by a run killed before it removed what queries see
            dsg.deleteAny(org.apache.jena.graph.NodeFactory.createURI(dev.kgx.rdf.Iris.document("c.txt")),
                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        });
        sources.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(sources.asDatasetGraph());
        java.nio.file.Files.writeString(old.resolve(KgxStore.DERIVE_PENDING), "derived data to recompute\n");
        try (KgxStore store = KgxStore.open(old); KgxStore fresh = KgxStore.open(dir.resolve("fresh"))) {
            assertEquals(List.of(merge), store.recomputeDerived(finder, 3));
            fresh.replaceDocument("a.txt", personAtAcme("a.txt", "dianaokafor", "Diana Okafor"));
            fresh.replaceDocument("b.txt", personAtAcme("b.txt", "diana", "Diana"));
            fresh.recomputeDerived(finder, 3);
            for (boolean sourcesToo : new boolean[]{false, true}) {
                ByteArrayOutputStream migrated = new ByteArrayOutputStream();
                ByteArrayOutputStream built = new ByteArrayOutputStream();
                if (sourcesToo) {
                    store.exportSources(migrated);
                    fresh.exportSources(built);
                } else {
                    store.export(RDFFormat.NQUADS, migrated);
                    fresh.export(RDFFormat.NQUADS, built);
                }
                assertEquals(new java.util.TreeSet<>(built.toString().lines().toList()),
                        new java.util.TreeSet<>(migrated.toString().lines().toList()),
                        sourcesToo ? "the sources keep only the renamed b.txt as extracted" : "what queries see");
            }
        }
    }

    @Test
    void profilesGiveNamesDocumentsAndEmployers() {
        Model a = personAtAcme("a.txt", "dianaokafor", "Diana Okafor");
        EntityProfile diana = DerivedState.profiles(DerivedState.rows(a.getGraph(),
                org.apache.jena.graph.NodeFactory.createURI(dev.kgx.rdf.Iris.document("a.txt")))).stream()
                .filter(p -> p.key().equals("dianaokafor")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, diana.type());
        assertEquals(Set.of("Diana Okafor"), diana.names());
        assertEquals(Set.of("a.txt"), diana.documents());
        assertEquals(Set.of("acme"), diana.employerKeys());
    }

    @Test
    void malformedQuerySaysLineAndColumn() {
        QueryException e = assertThrows(QueryException.class, () -> KgxStore.parse("SELECT ?x WHERE {\n  ?x ?y \n}"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
