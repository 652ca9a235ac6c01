package dev.kgx.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.kgx.pipeline.SeedsExtractionIT.kgx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document is its path inside the folder given: files of one name in two folders are two documents, a renamed
 * file is moved rather than stored twice, and removing or pruning a document takes its graph out.
 */
class DocumentIdentityIT {
    @TempDir
    Path dir;

    private static final String ACQUISITION = "Zentrix Corp acquired Northwind Labs in March 2021. "
            + "Maria Lopez founded Zentrix Corp in 2015.\n";
    private static final String HIRE = "Acme Robotics hired Daniel Okafor as its chief executive in 2022.\n";

    private static List<String> documents(Path store) {
        String csv = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?p WHERE { ?d a kgx:Document ;"
                + " kgx:path ?p } ORDER BY ?p", "--format", "csv", "--store", store.toString());
        return csv.lines().skip(1).map(String::strip).toList();
    }

    private static int evidenceOf(Path store, String path) {
        String csv = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT (COUNT(?ev) AS ?n) WHERE { "
                + "?ev kgx:inDocument/kgx:path \"" + path + "\" }", "--format", "csv", "--store", store.toString());
        return Integer.parseInt(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void filesAreKnownByTheirPathMovedRemovedAndPruned() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.writeString(in.resolve("a/news.txt"), ACQUISITION);
        Files.writeString(in.resolve("b/news.txt"), HIRE);
        Files.writeString(in.resolve("新闻.txt"), ACQUISITION.replace("2021", "2020"));
        Files.writeString(in.resolve("报道.txt"), HIRE.replace("2022", "2023"));
        Path store = dir.resolve("store");

        String first = kgx(0, "extract", in.toString(), "--store", store.toString());
        assertTrue(first.contains("4 extracted"), first);
        assertEquals(List.of("a/news.txt", "b/news.txt", "报道.txt", "新闻.txt"), documents(store));
        String again = kgx(0, "extract", in.toString(), "--store", store.toString());
        assertTrue(again.contains("0 extracted, 4 unchanged"), again);

        // two folders given whose files would share a path: refused before anything is read
        String clash = dev.kgx.Cli.run("extract", in.resolve("a").toString(), in.resolve("b").toString(),
                "--store", store.toString()).err();
        assertTrue(clash.contains("one document"), clash);

        // a rename is a move: one document, under its new path, with the evidence of one file
        int evidence = evidenceOf(store, "a/news.txt");
        Files.move(in.resolve("a/news.txt"), in.resolve("a/renamed.txt"));
        String moved = kgx(0, "extract", in.toString(), "--store", store.toString());
        assertTrue(moved.contains("moved from a/news.txt"), moved);
        assertEquals(List.of("a/renamed.txt", "b/news.txt", "报道.txt", "新闻.txt"), documents(store));
        assertEquals(evidence, evidenceOf(store, "a/renamed.txt"));

        // a deleted file's document goes with --prune, and only then
        Files.delete(in.resolve("b/news.txt"));
        kgx(0, "extract", in.toString(), "--store", store.toString());
        assertTrue(documents(store).contains("b/news.txt"));
        String pruned = kgx(0, "extract", in.toString(), "--prune", "--store", store.toString());
        assertTrue(pruned.contains("pruned: b/news.txt"), pruned);
        assertEquals(List.of("a/renamed.txt", "报道.txt", "新闻.txt"), documents(store));

        // remove by document path or by file; an unknown document removes nothing
        dev.kgx.Cli.Run unknown = dev.kgx.Cli.run("remove", "报道.txt", "nowhere.txt", "--store", store.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("nowhere.txt"), unknown.err());
        assertEquals(3, documents(store).size());
        kgx(0, "remove", "报道.txt", in.resolve("新闻.txt").toString(), "--store", store.toString());
        assertEquals(List.of("a/renamed.txt"), documents(store));
    }

    @Test
    void optionsThatShapeTheGraphAreRecordedWithIt() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), ACQUISITION);
        Path store = dir.resolve("store");
        kgx(0, "extract", file.toString(), "--min-confidence", "0.99", "--store", store.toString());
        String without = kgx(0, "extract", file.toString(), "--store", store.toString());
        assertTrue(without.contains("1 extracted"), "another minimum confidence is another extraction: " + without);
        dev.kgx.Cli.Run nan = dev.kgx.Cli.run("extract", file.toString(), "--min-confidence", "NaN",
                "--store", store.toString());
        assertEquals(1, nan.code());
        assertTrue(nan.err().contains("--min-confidence"), nan.err());
    }
}
