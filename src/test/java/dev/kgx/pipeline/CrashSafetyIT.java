package dev.kgx.pipeline;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.kgx.pipeline.SeedsExtractionIT.kgx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A separate {@code kgx extract} process is killed with SIGKILL after a few documents: the store must open, hold
 * only whole documents, refuse a second process while the first runs, and a re-run must finish the rest with no
 * duplicates, giving the same graph as an uninterrupted run.
 */
class CrashSafetyIT {
    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        List<Path> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            seeds = s.sorted().toList();
        }
        for (int copy = 0; copy < 3; copy++) {
            for (Path seed : seeds) {
                Files.copy(seed, corpus.resolve("copy" + copy + "_" + seed.getFileName()));
            }
        }
        return corpus;
    }

    private static Process startExtract(Path corpus, Path store) throws IOException {
        String classpath = "target/kgx.jar" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/classpath.txt")).strip();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx4g", "-cp", classpath, "dev.kgx.cli.KgxCommand", "extract", corpus.toString(), "--store",
                store.toString());
        pb.redirectErrorStream(true);
        return pb.start();
    }

    @Test
    void killedExtractLosesNothingAndReRunCompletesIt() throws Exception {
        Path corpus = corpus();
        Path store = dir.resolve("store");
        Process p = startExtract(corpus, store);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int done = 0;
            while (done < 3 && (line = r.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("[") && line.contains(" entities,")) {
                    done++;
                }
            }
            assertEquals(3, done, "the child extracted three documents: " + lines);
            // while it runs, a second process on the same store is refused with a clear message
            String busy = kgxExpectingFailure("stats", "--store", store.toString());
            assertTrue(busy.contains("in use by another process"), busy);
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }

        String rerun = kgx(0, "extract", corpus.toString(), "--store", store.toString());
        int unchanged = Integer.parseInt(rerun.replaceAll("(?s).*extracted, (\\d+) unchanged.*", "$1"));
        assertTrue(unchanged >= 3, "documents committed before the kill are kept: " + rerun);
        assertTrue(rerun.contains((15 - unchanged) + " extracted"), rerun);

        Path clean = dir.resolve("clean");
        kgx(0, "extract", corpus.toString(), "--store", clean.toString());
        String afterCrash = kgx(0, "export", "--format", "nquads", "--store", store.toString());
        String uninterrupted = kgx(0, "export", "--format", "nquads", "--store", clean.toString());
        assertEquals(uninterrupted.lines().count(), afterCrash.lines().count(), "no duplicates, nothing missing");
        Dataset a = DatasetFactory.create();
        RDFDataMgr.read(a, new StringReader(afterCrash), null, Lang.NQUADS);
        Dataset b = DatasetFactory.create();
        RDFDataMgr.read(b, new StringReader(uninterrupted), null, Lang.NQUADS);
        assertTrue(a.getUnionModel().isIsomorphicWith(b.getUnionModel()));
    }

    private static String kgxExpectingFailure(String... args) {
        dev.kgx.Cli.Run run = dev.kgx.Cli.run(args);
        assertEquals(1, run.code());
        return run.err();
    }
}
