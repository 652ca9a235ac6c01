package dev.kgx.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command-line behaviour that needs no NLP models. */
class KgxCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = KgxCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("--version").out().contains("kgx"));
        Run help = run("--help");
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
        Run r = run("extract", dir.resolve("nowhere").toString(), "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nowhere") && r.err().contains("no such file"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertFalse(Files.exists(store));
    }

    @Test
    void queryingAMissingStoreSaysSo(@TempDir Path dir) {
        Run r = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--store", dir.resolve("none").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no store"), r.err());
    }

    @Test
    void malformedSparqlAndUnknownSavedQuery(@TempDir Path dir) {
        Run bad = run("sparql", "SELECT ?x WHERE { ?x", "--store", dir.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("malformed SPARQL at line 1"), bad.err());
        Run unknown = run("query", "no-such-query", "--queries", "queries", "--store", dir.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("available:"), unknown.err());
    }

    @Test
    void listsSavedQueries() {
        Run r = run("query", "--list", "--queries", "queries");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("entity-evidence") && r.out().contains("--param name="), r.out());
    }
}
