package dev.kgx.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.kgx.pipeline.SeedsExtractionIT.kgx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A single 50,000-character line without any punctuation, extracted by a separate process with the launcher's
 * heap (-Xmx3g): it is cut into bounded chunks, finishes without running out of memory, and its evidence offsets
 * point at the right characters of the file. (A 10 MB article takes minutes; its figures are in the notes.)
 */
class LargeInputIT {
    @TempDir
    Path dir;

    @Test
    void longLineWithoutPunctuationIsProcessedInTheLaunchersHeap() throws Exception {
        String article = Files.readString(Path.of("src/test/resources/golden/zh-hans-management/input.txt"));
        String unbroken = article.replaceAll("[\\s,。、“”:]", "");
        StringBuilder line = new StringBuilder();
        while (line.length() < 50_000) {
            line.append(unbroken);
        }
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path file = in.resolve("long-line.txt");
        Files.writeString(file, line.substring(0, 50_000), StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        String classpath = "target/kgx.jar" + java.io.File.pathSeparator
                + Files.readString(Path.of("target/classpath.txt")).strip();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", classpath, "dev.kgx.cli.KgxCommand", "extract", in.toString(), "--store",
                store.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("1 extracted") && !output.contains("OutOfMemory"), output);
        assertTrue(output.contains("warning: 1 sentence(s) longer than 2000 characters were cut"), output);

        String csv = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?b ?e ?s WHERE { ?ev "
                + "kgx:beginOffset ?b ; kgx:endOffset ?e ; kgx:sentence ?s }", "--format", "tsv", "--store",
                store.toString());
        String original = Files.readString(file, StandardCharsets.UTF_8);
        long checked = csv.lines().skip(1).peek(row -> {
            String[] f = row.split("\t");
            int b = Integer.parseInt(f[0].replaceAll("\"(\\d+)\".*", "$1").replaceAll("\\D", ""));
            int e = Integer.parseInt(f[1].replaceAll("\"(\\d+)\".*", "$1").replaceAll("\\D", ""));
            String sentence = f[2].substring(1, f[2].lastIndexOf('"'));
            assertTrue(e - b <= 2000, "a chunk is at most 2,000 characters");
            assertEquals(original.substring(b, e), sentence);
        }).count();
        assertTrue(checked > 0, csv);
    }
}
