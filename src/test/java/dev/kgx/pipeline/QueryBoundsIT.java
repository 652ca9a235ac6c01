package dev.kgx.pipeline;

import dev.kgx.store.KgxStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries that would never end or would fill the heap, run as a user runs them (a separate process): each ends
 * with one line on standard error and exit code 1.
 */
class QueryBoundsIT {
    @TempDir
    Path dir;

    private record Ended(int code, String err) {
    }

    private Path storeWithTriples(int n) {
        Path store = dir.resolve("store");
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < n; i++) {
            m.add(m.createResource("urn:s" + i), m.createProperty("urn:p"), "value " + i);
        }
        try (KgxStore s = KgxStore.open(store)) {
            s.replaceDocument("triples.txt", m);
            s.recomputeDerived(profiles -> List.of(), 1); // a completed run: nothing left to derive
        }
        return store;
    }

    private Ended kgx(String heap, String... args) throws Exception {
        String classpath = "target/kgx.jar" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-cp", classpath, "dev.kgx.cli.KgxCommand"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running: " + command);
        return new Ended(p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aRegularExpressionThatNeverReturnsEndsTheProcessAtTheTimeout() throws Exception {
        Path store = storeWithTriples(3);
        // nested repetition with a back-reference (which Java's loop memo does not cover) over a run of a's that
        // does not match: backtracking without end
        Ended e = kgx("-Xmx512m", "sparql", "SELECT ?s WHERE { ?s ?p ?o BIND(\"" + "a".repeat(60) + "!\" AS ?t) "
                + "FILTER(regex(?t, \"^(a+)+\\\\1$\")) }", "--timeout", "1", "--store", store.toString());
        assertEquals(1, e.code(), e.err());
        assertTrue(e.err().contains("timeout of 1 s"), e.err());
        assertEquals(1, e.err().strip().lines().count(), e.err());
    }

    @Test
    void memoryExhaustionIsOneLine() throws Exception {
        Path store = storeWithTriples(400);
        Ended e = kgx("-Xmx96m", "sparql", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
                "--format", "csv", "--store", store.toString());
        assertEquals(1, e.code(), e.err());
        assertTrue(e.err().contains("out of memory"), e.err());
        assertEquals(1, e.err().strip().lines().count(), e.err());
    }
}
