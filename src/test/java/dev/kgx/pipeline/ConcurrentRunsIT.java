package dev.kgx.pipeline;

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
 * Two extracts started at the same moment on a store that does not exist yet, as two processes: one creates it
 * and extracts; the other is told that the store is in use by the first, with its pid, and exits 1. Nothing
 * says "cannot open the store: -1".
 */
class ConcurrentRunsIT {
    @TempDir
    Path dir;

    @Test
    void theSecondOfTwoRunsOnANewStoreIsToldWhoHasIt() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Zentrix Corp acquired Northwind Labs in 2021.\n");
        Path store = dir.resolve("new-store");
        String classpath = "target/kgx.jar" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/classpath.txt")).strip();
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                    "-cp", classpath, "dev.kgx.cli.KgxCommand", "extract", "--no-dependencies", article.toString(),
                    "--store", store.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        List<Integer> codes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Process p : runs) {
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "still running");
            codes.add(p.exitValue());
            errors.add(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of(0, 1), codes.stream().sorted().toList(), errors.toString());
        String refused = errors.get(codes.indexOf(1));
        assertTrue(refused.contains("in use by another process (pid"), refused);
        assertTrue(!refused.contains(": -1"), refused);
    }
}
