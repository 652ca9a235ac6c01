package dev.kgx.cli;

import dev.kgx.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line behaviour that needs no NLP models. */
class KgxCommandTest {
    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("--version").out().contains("kgx"));
        Cli.Run help = run("--help");
        assertEquals(0, help.code());
        for (String sub : new String[]{"extract", "query", "sparql", "export", "stats", "serve"}) {
            assertTrue(help.out().contains(sub), sub);
        }
        Cli.Run helpServe = run("help", "serve");
        assertEquals(0, helpServe.code(), helpServe.err());
        assertTrue(helpServe.out().contains("--allow-update"), helpServe.out());
    }

    @Test
    void exportWritesGraphFilesForGraphTools(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        dev.kgx.TestStores.twoDocuments(store);
        Cli.Run graphml = run("export", "--format", "graphml", "--store", store.toString());
        assertEquals(0, graphml.code(), graphml.err());
        assertTrue(graphml.out().contains("<graphml") && graphml.out().contains("Jane Doe"), graphml.out());
        assertTrue(graphml.err().contains("5 nodes (2 events), 6 edges"), graphml.err());
        Path folder = dir.resolve("csv");
        Cli.Run csv = run("export", "--format", "csv", "-o", folder.toString(), "--store", store.toString());
        assertEquals(0, csv.code(), csv.err());
        assertEquals(6, Files.readAllLines(folder.resolve("nodes.csv")).size(), "header and five nodes");
        assertEquals(7, Files.readAllLines(folder.resolve("edges.csv")).size(), "header and six edges");
        Cli.Run noFolder = run("export", "--format", "csv", "--store", store.toString());
        assertEquals(1, noFolder.code());
        assertTrue(noFolder.err().contains("give the folder for them with -o"), noFolder.err());
        Cli.Run aFile = run("export", "--format", "csv", "-o", folder.resolve("nodes.csv").toString(), "--store",
                store.toString());
        assertEquals(1, aFile.code());
        assertTrue(aFile.err().contains("is a file"), aFile.err());
    }

    @Test
    void formatsFollowTheKindOfQuery(@TempDir Path dir) {
        Path store = dir.resolve("store");
        dev.kgx.TestStores.twoDocuments(store);
        Cli.Run ask = run("sparql", "ASK { ent:janedoe kgx:worksFor ent:zentrix }", "--format", "json", "--store",
                store.toString());
        assertEquals(0, ask.code(), ask.err());
        assertTrue(ask.out().replace(" ", "").contains("\"boolean\":true"), ask.out());
        Cli.Run nt = run("sparql", "CONSTRUCT { ?p kgx:worksFor ?o } WHERE { ?p kgx:worksFor ?o }", "--format",
                "ntriples", "--store", store.toString());
        assertEquals(List.of("<https://kgx.dev/id/entity/janedoe> <https://kgx.dev/ontology#worksFor> "
                + "<https://kgx.dev/id/entity/zentrix> ."), nt.out().lines().toList());
        Cli.Run jsonld = run("sparql", "CONSTRUCT { ?p kgx:worksFor ?o } WHERE { ?p kgx:worksFor ?o }", "--format",
                "jsonld", "--store", store.toString());
        assertTrue(jsonld.out().contains("\"@context\""), jsonld.out());
        Cli.Run turtleForSelect = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--format", "turtle", "--store",
                store.toString());
        assertEquals(1, turtleForSelect.code());
        assertTrue(turtleForSelect.err().contains("not one for a SELECT query"), turtleForSelect.err());
        Cli.Run table = run("stats", "--store", store.toString());
        assertTrue(table.out().contains("kgx:Company"), "prefixed names: " + table.out());
        Cli.Run completion = run("generate-completion");
        assertEquals(0, completion.code(), completion.err());
        assertTrue(completion.out().contains("complete -F"), completion.out());
    }

    @Test
    void sparqlKnowsTheKgxPrefixesAndAQuerysOwnDeclarationWins(@TempDir Path dir) {
        Path store = dir.resolve("store");
        dev.kgx.TestStores.twoDocuments(store);
        Cli.Run r = run("sparql", "SELECT ?n WHERE { ent:janedoe kgx:worksFor/rdfs:label ?n }", "--format", "csv",
                "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("n", "Zentrix"), r.out().lines().map(String::strip).toList());
        Cli.Run own = run("sparql", "PREFIX ent: <urn:nothing:> ASK { ent:janedoe ?p ?o }", "--store",
                store.toString());
        assertEquals("false", own.out().strip(), own.err());
        Cli.Run bad = run("sparql", "SELECT ?x WHERE {\n ?x nope:thing ?y }", "--store", store.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("line 2"), "the query's own line numbers: " + bad.err());
    }

    @Test
    void aQueryPrintsOnePageAndSaysHowManyRowsThereAre(@TempDir Path dir) {
        Path store = dir.resolve("store");
        dev.kgx.TestStores.twoDocuments(store);
        String query = "SELECT ?s WHERE { ?s a ?class } ORDER BY ?s";
        List<String> all = run("sparql", query, "--format", "csv", "--store", store.toString()).out().lines()
                .skip(1).toList();
        assertTrue(all.size() >= 4, all.toString());
        Cli.Run page = run("sparql", query, "--format", "csv", "--limit", "2", "--offset", "1", "--store",
                store.toString());
        assertEquals(0, page.code(), page.err());
        assertEquals(all.subList(1, 3), page.out().lines().skip(1).toList());
        assertTrue(page.err().contains("rows 2-3 of " + all.size() + " (--offset 3 for the next page)"), page.err());
        Cli.Run last = run("sparql", query, "--format", "csv", "--offset", "" + (all.size() - 1), "--store",
                store.toString());
        assertEquals(all.subList(all.size() - 1, all.size()), last.out().lines().skip(1).toList());
        assertTrue(last.err().contains("rows " + all.size() + "-" + all.size() + " of " + all.size())
                && !last.err().contains("next page"), last.err());
        Cli.Run beyond = run("sparql", query, "--format", "json", "--offset", "1000", "--store", store.toString());
        assertEquals(0, beyond.code(), beyond.err());
        assertTrue(beyond.out().replaceAll("\\s", "").contains("\"bindings\":[]"), beyond.out());
        assertTrue(beyond.err().contains("no rows after row 1000: " + all.size() + " in all"), beyond.err());
        Cli.Run table = run("query", "entities", "--limit", "1", "--store", store.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("(1 row)") && table.err().contains("rows 1-1 of "), table.out() + table.err());
        Cli.Run negative = run("sparql", query, "--limit", "-1", "--store", store.toString());
        assertEquals(1, negative.code());
        assertTrue(negative.err().contains("--limit and --offset take a number of rows"), negative.err());
    }

    @Test
    void aPageIsPrintedWholeWhenCountingTheRestOutlastsTheTimeout(@TempDir Path dir) {
        Path store = dir.resolve("store");
        dev.kgx.TestStores.twoDocuments(store);
        // every quadruple of triples: far more rows than a second counts, each one found at once
        String cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }";
        Cli.Run page = run("sparql", cross, "--format", "csv", "--limit", "3", "--timeout", "1", "--store",
                store.toString());
        assertEquals(0, page.code(), page.err());
        assertEquals(3, page.out().lines().skip(1).count(), page.out());
        assertTrue(page.err().contains("rows 1-3 of at least ")
                && page.err().contains("counting stopped at the 1 s timeout; --offset 3 for the next page"),
                page.err());
    }

    @Test
    void loadBuildsAStoreFromExportedNquadsAndRefusesWhatIsNone(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        dev.kgx.TestStores.twoDocuments(store);
        Path nq = dir.resolve("out/docs.nq");
        Files.createDirectories(nq.getParent());
        assertEquals(0, run("export", "--format", "nquads", "-o", nq.toString(), "--store", store.toString()).code());
        Path loaded = dir.resolve("loaded");
        Cli.Run load = run("load", nq.getParent().toString(), "--store", loaded.toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("loaded: 2 documents"), load.out());
        assertTrue(load.err().contains("kgx: checked 2 documents") && load.err().contains("merges) in ")
                && load.err().contains("building the store's other indexes"), "each step said: " + load.err());
        Cli.Run before = run("export", "--format", "nquads", "--store", store.toString());
        Cli.Run after = run("export", "--format", "nquads", "--store", loaded.toString());
        assertEquals(new java.util.TreeSet<>(before.out().lines().toList()),
                new java.util.TreeSet<>(after.out().lines().toList()));
        Path notNquads = Files.writeString(dir.resolve("notes.txt"), "hello");
        Cli.Run wrongFile = run("load", notNquads.toString(), "--store", loaded.toString());
        assertEquals(1, wrongFile.code());
        assertTrue(wrongFile.err().contains("not an N-Quads file"), wrongFile.err());
        Path broken = Files.writeString(dir.resolve("broken.nq"), "<urn:a> <urn:b> <urn:c> <urn:g> .\n");
        Cli.Run brokenLoad = run("load", broken.toString(), "--store", dir.resolve("other").toString());
        assertEquals(1, brokenLoad.code());
        assertTrue(brokenLoad.err().contains("outside any document's graph"), brokenLoad.err());
        Cli.Run again = run("load", nq.toString(), "--store", loaded.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already holds documents"), again.err());
        Cli.Run unchanged = run("export", "--format", "nquads", "--store", loaded.toString());
        assertEquals(after.out().lines().count(), unchanged.out().lines().count(), "nothing already stored is lost");
        Cli.Run empty = run("load", dir.resolve("nothing-here").toString(), "--store", loaded.toString());
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("no such file or folder"), empty.err());
    }

    @Test
    void loadTakesADerivationMadeElsewhereAndRefusesOneThatIsNone(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        dev.kgx.TestStores.twoDocuments(store);
        Path nq = dir.resolve("docs.nq");
        assertEquals(0, run("export", "--format", "nquads", "-o", nq.toString(), "--store", store.toString()).code());
        // a derivation with nothing to merge, as kgx-spark writes one (gzipped parts and Spark's own marker)
        Path derived = Files.createDirectories(dir.resolve("derived"));
        Files.write(derived.resolve("part-00000.gz"), gzip(""));
        Files.writeString(derived.resolve("_SUCCESS"), "");
        Cli.Run unfinished = run("load", nq.toString(), "--derived", derived.toString(), "--store",
                dir.resolve("unfinished").toString());
        assertEquals(1, unfinished.code());
        assertTrue(unfinished.err().contains("not a derivation kgx-spark finished"), unfinished.err());
        Files.writeString(derived.resolve("_RULES"), "corpus resolver 0; other data\n");
        Cli.Run otherRules = run("load", nq.toString(), "--derived", derived.toString(), "--store",
                dir.resolve("unfinished").toString());
        assertEquals(1, otherRules.code());
        assertTrue(otherRules.err().contains("was made under other rules (corpus resolver 0; other data)"),
                otherRules.err());
        Files.writeString(derived.resolve("_RULES"),
                dev.kgx.pipeline.CrossDocumentResolution.standard().rules() + "\n");
        Path loaded = dir.resolve("loaded");
        Cli.Run load = run("load", nq.toString(), "--derived", derived.toString(), "--store", loaded.toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.err().contains("took what crosses documents from the derivation given"), load.err());
        assertEquals(new java.util.TreeSet<>(run("export", "--format", "nquads", "--store", store.toString()).out()
                .lines().toList()), new java.util.TreeSet<>(run("export", "--format", "nquads", "--store",
                loaded.toString()).out().lines().toList()));

        Files.write(derived.resolve("part-00001.gz"), gzip("not a derivation\n"));
        Cli.Run bad = run("load", nq.toString(), "--derived", derived.toString(), "--store",
                dir.resolve("other").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("the derivation given: not a line of a derivation"), bad.err());
        Files.write(derived.resolve("part-00001.gz"), gzip(String.join("\t", "x", "0", "renaming",
                "elsewhere.txt", "x", "y", "Y", "a merge made for other files") + "\n"));
        Cli.Run otherFiles = run("load", nq.toString(), "--derived", derived.toString(), "--store",
                dir.resolve("other").toString());
        assertEquals(1, otherFiles.code());
        assertTrue(otherFiles.err().contains("renames elsewhere.txt, which is not among the documents loaded"),
                otherFiles.err());
        Files.delete(derived.resolve("part-00001.gz"));
        Cli.Run afterBad = run("load", nq.toString(), "--derived", derived.toString(), "--store",
                dir.resolve("other").toString());
        assertEquals(0, afterBad.code(), "the refused load left nothing behind: " + afterBad.err());
        Cli.Run missing = run("load", nq.toString(), "--derived", dir.resolve("nowhere").toString(), "--store",
                dir.resolve("third").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such folder"), missing.err());
    }

    private static byte[] gzip(String text) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("extract", "--bogus").code());
    }

    @Test
    void aPublicationDateThatIsNoDateIsAUsageError(@TempDir Path dir) {
        for (String bad : new String[]{"2024-02-30", "17/05/2024", "yesterday"}) {
            Cli.Run r = run("extract", "--published", bad, dir.toString(), "--store", dir.resolve("s").toString());
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().contains("'" + bad + "' is not a date") && r.err().contains("YYYY-MM-DD"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void aPublicationDateIsAccepted(@TempDir Path dir) {
        // the option parses; the missing path then fails as it would without it, before any model loads
        Cli.Run r = run("extract", "--published", "2024-05-17", dir.resolve("nowhere").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void missingPathFailsWithOneLineAndCreatesNoStore(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Cli.Run r = run("extract", dir.resolve("nowhere").toString(), "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nowhere") && r.err().contains("no such file"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertFalse(Files.exists(store));
    }

    @Test
    void queryingAMissingStoreSaysSo(@TempDir Path dir) {
        Cli.Run r = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--store", dir.resolve("none").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no kgx store"), r.err());
    }

    @Test
    void anOrdinaryFolderIsNoStoreAndStaysAsItWas(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli.Run r = run("stats", "--store", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("holds no TDB2 database"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), files.toList());
        }
    }

    /** A store holding one small document, made without the NLP models. */
    private static Path storeWithOneDocument(Path dir) {
        Path store = dir.resolve("store");
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.add(m.createResource("urn:a"), m.createProperty("urn:p"), "form\u000Cfeed");
        try (dev.kgx.store.KgxStore s = dev.kgx.store.KgxStore.open(store)) {
            s.replaceDocument("a.txt", m);
            s.recomputeDerived(profiles -> List.of(), 1); // a completed run: nothing left to derive
        }
        return store;
    }

    @Test
    void aStoreWhoseLastRunStoppedEarlySaysSoWhenQueried(@TempDir Path dir) {
        Path store = dir.resolve("store");
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.add(m.createResource("urn:a"), m.createProperty("urn:p"), "x");
        try (dev.kgx.store.KgxStore s = dev.kgx.store.KgxStore.open(store)) {
            s.replaceDocument("a.txt", m); // stored, and the run never derived the merges
        }
        Cli.Run r = run("sparql", "ASK { ?s ?p ?o }", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("did not finish"), r.err());
        Path complete = storeWithOneDocument(dir.resolve("other"));
        assertFalse(run("sparql", "ASK { ?s ?p ?o }", "--store", complete.toString()).err().contains("did not finish"));
    }

    @Test
    void aTimeoutMustBeAPositiveNumberOfSeconds(@TempDir Path dir) {
        Path store = storeWithOneDocument(dir);
        for (String bad : new String[]{"-5", "0"}) {
            Cli.Run r = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--timeout", bad, "--store", store.toString());
            assertEquals(1, r.code(), bad);
            assertTrue(r.err().contains("--timeout must be a positive number"), r.err());
        }
    }

    @Test
    void xmlResultsAreWellFormedWhateverTheLiteralsHold(@TempDir Path dir) throws Exception {
        Path store = storeWithOneDocument(dir);
        Cli.Run r = run("sparql", "SELECT ?o WHERE { ?s <urn:p> ?o }", "--format", "xml", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("&#x000C;") || r.out().contains("\u000C"), r.out());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anUpdateIsRefusedAsOne(@TempDir Path dir) {
        Path store = storeWithOneDocument(dir);
        Cli.Run r = run("sparql", "DELETE WHERE { ?s ?p ?o }", "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("SPARQL Update"), r.err());
    }

    @Test
    void exportToAFolderOrAMissingFolderSaysWhat(@TempDir Path dir) throws Exception {
        Path store = storeWithOneDocument(dir);
        Path folder = Files.createDirectories(dir.resolve("out"));
        Cli.Run intoFolder = run("export", "-o", folder.toString(), "--store", store.toString());
        assertEquals(1, intoFolder.code());
        assertTrue(intoFolder.err().contains("is a folder"), intoFolder.err());
        assertTrue(Files.isDirectory(folder), "the folder given as -o is left as it was");
        Cli.Run missing = run("export", "-o", dir.resolve("nowhere/graph.ttl").toString(), "--store", store.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("does not exist") && !missing.err().contains(".tmp"), missing.err());
    }

    @Test
    void anExportGetsTheUsualPermissions(@TempDir Path dir) throws Exception {
        Path store = storeWithOneDocument(dir);
        Path target = dir.resolve("graph.ttl");
        assertEquals(0, run("export", "-o", target.toString(), "--store", store.toString()).code());
        Path reference = Files.createFile(dir.resolve("reference"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    @Test
    void malformedSparqlAndUnknownSavedQuery(@TempDir Path dir) {
        Cli.Run bad = run("sparql", "SELECT ?x WHERE { ?x", "--store", dir.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("malformed SPARQL at line 1"), bad.err());
        Cli.Run unknown = run("query", "no-such-query", "--queries", "queries", "--store", dir.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("available:"), unknown.err());
    }

    @Test
    void listsSavedQueries() {
        Cli.Run r = run("query", "--list", "--queries", "queries");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("entity-evidence") && r.out().contains("--param name="), r.out());
    }

    @Test
    void aFullDiskIsNamedAsTheLikelyCause() {
        Exception full = new dev.kgx.KgxException.StoreException("write failed",
                new java.io.IOException("No space left on device"));
        assertTrue(KgxCommand.isWriteFailure(full));
        assertTrue(KgxCommand.isWriteFailure(new RuntimeException(new InternalError("a fault occurred in an unsafe "
                + "memory access operation"))));
        assertFalse(KgxCommand.isWriteFailure(new IllegalStateException("something else")));
        assertTrue(KgxCommand.writeFailed(full).contains("disk is probably full"));
    }
}
