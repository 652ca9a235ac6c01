package dev.kgx.cli;

import dev.kgx.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
        for (String sub : new String[]{"extract", "query", "sparql", "export", "stats"}) {
            assertTrue(help.out().contains(sub), sub);
        }
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
        assertTrue(r.err().contains("no store"), r.err());
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
}
