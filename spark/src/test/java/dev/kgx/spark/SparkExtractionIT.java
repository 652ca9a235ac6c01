package dev.kgx.spark;

import dev.kgx.StoreContents;

import dev.kgx.ingest.DocumentPaths;
import dev.kgx.pipeline.BatchExtraction;
import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.pipeline.Pipeline;
import dev.kgx.store.KgxStore;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.kgx.StoreContents.quads;
import static dev.kgx.StoreContents.entityIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job, in local mode on two cores, and {@code kgx load} of what it writes (the documents' graphs, and what
 * crosses documents as its Spark stage derived it) give the store that {@code kgx extract} gives for the same
 * files: the seeds and the development articles (all four languages), compared as N-Quads, with the entity index.
 */
class SparkExtractionIT {
    /** The development articles, beside the repository as CI has them. */
    private static final Path DEV_TEXTS = Path.of("..", "shared", "eval", "dev", "texts");

    @Test
    void theSparkJobAndLoadGiveTheGraphExtractGivesForTheSameFiles(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("articles");
        int files = copy(Path.of("seeds"), in.resolve("seeds")) + copy(DEV_TEXTS, in.resolve("dev"));
        int merges;
        assertTrue(files >= 17, "the seeds and the development articles (../shared/eval/dev/texts): " + files);

        try (KgxStore extracted = KgxStore.open(dir.resolve("extract"))) {
            BatchExtraction.Summary summary = new BatchExtraction(Pipeline.standard(), 2, null).run(
                    DocumentPaths.collect(List.of(in), why -> { }), extracted, false, 0, new StoreContents.FailOnSkip());
            assertEquals(files, summary.extracted());
            merges = summary.merges().size();
            assertTrue(merges > 0, "these articles name a person by a given name that extract merges across documents "
                    + "(Calvin, Calvin French-Owen): the Spark stage must find it too");
        }

        SparkExtraction.Result result;
        try (JavaSparkContext spark = LocalSpark.start(2)) {
            result = SparkExtraction.run(spark, in.toString(), dir.resolve("spark").toString(),
                    new SparkExtraction.Options(null, 0, true, 4));
        }
        assertEquals(List.of(), result.skipped());
        assertEquals(files, result.documents());

        List<Path> parts;
        try (Stream<Path> s = Files.list(dir.resolve("spark").resolve(SparkExtraction.DOCUMENTS))) {
            parts = s.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).sorted().toList();
        }
        List<String> derivation = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("spark").resolve(SparkExtraction.DERIVED))) {
            for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (var gz = new java.util.zip.GZIPInputStream(Files.newInputStream(part))) {
                    new String(gz.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(derivation::add);
                }
            }
        }
        try (KgxStore loaded = KgxStore.open(dir.resolve("load"));
             KgxStore extracted = KgxStore.open(dir.resolve("extract"))) {
            // what crosses documents as the Spark stage derived it, not derived again by the load
            String rules = Files.readString(dir.resolve("spark").resolve(SparkExtraction.DERIVED)
                    .resolve(CrossDocumentResolution.GivenDerivation.RULES_FILE)).strip();
            assertEquals(CrossDocumentResolution.standard().rules(), rules);
            KgxStore.Loaded load = CrossDocumentResolution.standard().load(loaded, parts,
                    java.util.Optional.of(new CrossDocumentResolution.GivenDerivation(rules, derivation)), step -> { });
            assertEquals(files, load.documents());
            assertEquals(merges, load.merges().size(), "the merges extract made, now from the Spark stage");
            Set<String> expected = quads(extracted);
            Set<String> actual = quads(loaded);
            assertTrue(expected.size() > 3_000, "the articles' graphs: " + expected.size() + " quads");
            assertEquals(difference(expected, actual), difference(actual, expected), "only extract / only Spark");
            assertEquals(expected, actual);
            assertEquals(entityIndex(extracted), entityIndex(loaded));
        }
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out.subList(0, Math.min(out.size(), 20));
    }

    private static int copy(Path from, Path to) throws Exception {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        Files.createDirectories(to);
        int n = 0;
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
                n++;
            }
        }
        return n;
    }

}
