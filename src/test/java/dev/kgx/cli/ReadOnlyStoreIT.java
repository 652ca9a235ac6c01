package dev.kgx.cli;

import dev.kgx.TestStores;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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
 * A store the user may not write (a colleague's, or on read-only media) can still be queried, and is left as it
 * was; a command that would change it says why it cannot, exit 1. Each command runs as a process that really
 * cannot write the store: on a read-only bind mount ({@code unshare -m}) when the tests run as root, for whom every
 * file is writable, and on files without write permission otherwise.
 */
class ReadOnlyStoreIT {
    @TempDir
    Path dir;

    private Path store;
    private Path tmp;

    @BeforeEach
    void storeWithOneDocument() throws Exception {
        store = dir.resolve("store");
        tmp = Files.createDirectories(dir.resolve("tmp"));
        TestStores.twoDocuments(store);
    }

    private record Run(int code, String out, String err) {
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs kgx with the store read-only for it. */
    private Run readOnly(String... args) throws Exception {
        List<String> kgx = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-cp", "target/kgx.jar" + java.io.File.pathSeparator
                        + Files.readString(Path.of("target/classpath.txt")).strip(), "dev.kgx.cli.KgxCommand"));
        kgx.addAll(List.of(args));
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            Process probe = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
            Assumptions.assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                    "running as root without unshare -m: no way to make a store read-only for this process");
            command.addAll(List.of("unshare", "-m", "sh", "-c", "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro "
                    + "\"$0\" \"$0\" && exec \"$@\"", store.toString()));
        } else {
            try (var files = Files.walk(store)) {
                files.forEach(p -> p.toFile().setWritable(false, false));
            }
        }
        command.addAll(kgx);
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running");
        if (!isRoot()) {
            try (var files = Files.walk(store)) {
                files.forEach(f -> f.toFile().setWritable(true, true));
            }
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private List<String> listing() throws Exception {
        try (var files = Files.walk(store)) {
            return files.map(p -> store.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }

    @Test
    void aReadOnlyStoreIsQueriedAndLeftAsItWas() throws Exception {
        List<String> before = listing();
        Run run = readOnly("sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?who WHERE { ?p kgx:worksFor ?o ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?who }", "--format", "csv", "--store", store.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("who", "Jane Doe"), run.out().lines().map(String::strip).toList());
        Run stats = readOnly("stats", "--store", store.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("a.txt"), stats.out());
        assertEquals(before, listing(), "nothing in the store changed");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the temporary copy is deleted");
        }
    }

    @Test
    void aCommandThatWouldChangeItSaysWhyItCannot() throws Exception {
        List<String> before = listing();
        Path article = Files.writeString(dir.resolve("b.txt"), "Zentrix Corp acquired Northwind Labs in 2021.\n");
        for (String[] change : List.of(new String[] {"remove", "a.txt"}, new String[] {"compact"},
                new String[] {"extract", "--no-dependencies", article.toString()})) {
            List<String> args = new ArrayList<>(List.of(change));
            args.addAll(List.of("--store", store.toString()));
            Run run = readOnly(args.toArray(String[]::new));
            assertEquals(1, run.code(), String.join(" ", change) + ": " + run.out() + run.err());
            assertTrue(run.err().contains("is read-only for this user"), run.err());
            assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
        }
        assertEquals(before, listing(), "nothing in the store changed");
        assertEquals(0, readOnly("stats", "--store", store.toString()).code(), "still readable");
    }
}
