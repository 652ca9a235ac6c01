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
