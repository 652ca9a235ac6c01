package dev.kgx.spark;

import dev.kgx.KgxException.InputException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark job's inputs, outputs and failures, in local mode, without the NLP models. */
class SparkExtractionTest {
    private static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start(2);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    private static final SparkExtraction.Options OPTIONS = new SparkExtraction.Options(null, 0, true, 2);

    @Test
    void aDocumentIsKnownByItsPathInsideTheFolderGivenAsExtractKnowsIt() {
        String root = "/data/news";
        assertEquals("deeper/a.txt", SparkExtraction.documentPath(new Path("file:/data/news/deeper/a.txt"), root, false));
        assertEquals("b 2.txt", SparkExtraction.documentPath(new Path("file:/data/news/b 2.txt"), root, false));
        assertEquals("中文/新闻.txt",
                SparkExtraction.documentPath(new Path("hdfs://nn:8020/data/news/中文/新闻.txt"), root, false));
        // a file given by name: its absolute path, or its URI when it is not local
        assertEquals("/data/news/a.txt", SparkExtraction.documentPath(new Path("file:/data/news/a.txt"), root, true));
        assertEquals("hdfs://nn:8020/data/a.txt",
                SparkExtraction.documentPath(new Path("hdfs://nn:8020/data/a.txt"), root, true));
        assertEquals("/data/news/b 2.txt", SparkExtraction.sourceFile(new Path("file:/data/news/b 2.txt")));
        assertEquals("s3a://bucket/news/a.txt", SparkExtraction.sourceFile(new Path("s3a://bucket/news/a.txt")));
    }

    @Test
    void aMissingInputOrAnOutputThatExistsIsRefusedBeforeAnythingIsWritten(@TempDir java.nio.file.Path dir)
            throws Exception {
        InputException missing = assertThrows(InputException.class, () -> SparkExtraction.run(spark,
                dir.resolve("nothing").toString(), dir.resolve("out").toString(), OPTIONS));
        assertTrue(missing.getMessage().contains("no such file or folder"), missing.getMessage());
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/notes.csv"), "not an article format kgx reads");
        InputException none = assertThrows(InputException.class, () -> SparkExtraction.run(spark,
                dir.resolve("in").toString(), dir.resolve("out").toString(), OPTIONS));
        assertTrue(none.getMessage().startsWith("no .txt"), none.getMessage());
        Files.writeString(dir.resolve("in/a.txt"), "text");
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/keep.txt"), "earlier results");
        InputException exists = assertThrows(InputException.class, () -> SparkExtraction.run(spark,
                dir.resolve("in").toString(), dir.resolve("out").toString(), OPTIONS));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        assertEquals("earlier results", Files.readString(dir.resolve("out/keep.txt")));
    }

    @Test
    void optionsOutsideTheirRangeAreInputErrors() {
        assertThrows(IllegalArgumentException.class, () -> new SparkExtraction.Options("yesterday", 0, true, 1));
        assertThrows(InputException.class, () -> new SparkExtraction.Options(null, 1.5, true, 1));
        assertThrows(InputException.class, () -> new SparkExtraction.Options(null, Double.NaN, true, 1));
        assertThrows(InputException.class, () -> new SparkExtraction.Options(null, 0, true, 0));
    }

    @Test
    void aFileWithoutTextIsSkippedWithItsReasonAndOtherFilesAreNotRead(@TempDir java.nio.file.Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("in/deeper"));
        Files.write(dir.resolve("in/deeper/empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("in/notes.csv"), "not an article format kgx reads");
        SparkExtraction.Result result = SparkExtraction.run(spark, dir.resolve("in").toString(),
                dir.resolve("out").toString(), OPTIONS);
        assertEquals(0, result.documents());
        assertEquals(1, result.skipped().size(), result.skipped().toString());
        assertTrue(result.skipped().get(0).contains("empty.txt"), result.skipped().toString());
        List<String> written;
        try (var files = Files.list(dir.resolve("out").resolve(SparkExtraction.DOCUMENTS))) {
            written = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("part-")).sorted().toList();
        }
        assertTrue(!written.isEmpty() && written.stream().allMatch(n -> n.endsWith(".nq.gz")), written.toString());
    }
}
