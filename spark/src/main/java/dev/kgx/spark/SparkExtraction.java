package dev.kgx.spark;

import dev.kgx.KgxException.InputException;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.InputFormat;
import dev.kgx.model.TemporalValue;
import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.pipeline.Pipeline;
import dev.kgx.rdf.DocumentQuads;
import dev.kgx.store.CrossDocumentParts;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.rdf.model.Model;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.CollectionAccumulator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code kgx extract} as a Spark job: every file under a folder (any Hadoop-compatible path: local, HDFS, S3A) read,
 * decoded, language-identified and extracted by the core's {@link Pipeline}, exactly as {@code kgx extract} does,
 * each document's graph written as N-Quads in its own named graph ({@code DIR/documents/part-NNNNN.nq.gz}, one file
 * per partition), which {@code kgx load} builds a store from. The NLP models load once per executor JVM
 * ({@link PerJvm}), on its first document.
 */
public final class SparkExtraction {
    /** Where the documents' graphs go, under the output folder. */
    public static final String DOCUMENTS = "documents";

    /** Where what crosses documents goes, under the output folder ({@code kgx load --derived}). */
    public static final String DERIVED = "derived";

    private SparkExtraction() {
    }

    /**
     * What shapes the extraction, as {@code kgx extract}'s options of the same names.
     *
     * @param published     the publication date of every file, as the XSD lexical form of a
     *                      {@link TemporalValue} (kept as text: the options travel to the executors), or null
     * @param minConfidence facts below it are left out
     * @param dependencies  parse sentences for the dependency-based facts ({@code --no-dependencies} leaves it out)
     * @param partitions    the least number of partitions the files are read in (more tasks than cores balance)
     */
    public record Options(String published, double minConfidence, boolean dependencies, int partitions)
            implements Serializable {
        public Options {
            if (published != null) {
                TemporalValue.parse(published); // a date, or IllegalArgumentException
            }
            Pipeline.checkMinConfidence(minConfidence);
            if (partitions < 1) {
                throw new InputException("--partitions must be at least 1, not " + partitions);
            }
        }

        TemporalValue publishedDate() {
            return published == null ? null : TemporalValue.parse(published);
        }
    }

    /** What a run did: the documents written, and each file left out with the reason, in order of file. */
    public record Result(long documents, List<String> skipped) {
    }

    /**
     * Extracts every file under {@code input} into {@code output}, which must not exist yet.
     *
     * @throws InputException when the input does not exist, holds no file kgx reads, or the output exists
     */
    public static Result run(JavaSparkContext spark, String input, String output, Options options) {
        Configuration conf = spark.hadoopConfiguration();
        Path root = new Path(input);
        Path out = new Path(output);
        String rootPath;
        boolean single;
        List<String> files = new ArrayList<>();
        try {
            FileSystem fs = root.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(root);
            single = status.isFile();
            rootPath = fs.makeQualified(root).toUri().getPath();
            if (out.getFileSystem(conf).exists(out)) {
                throw new InputException(output + ": already exists; give a new folder for the documents' graphs");
            }
            // listed here rather than by binaryFiles, whose combined splits put a folder of small files in one
            // partition (it packs files up to its split size, not counting each file's cost of opening): the files
            // are then spread over the partitions asked for
            RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
            while (listing.hasNext()) {
                Path file = listing.next().getPath();
                if (InputFormat.ofName(file.getName().toLowerCase(Locale.ROOT)) != null) {
                    files.add(file.toString());
                }
            }
        } catch (FileNotFoundException e) {
            throw new InputException(input + ": no such file or folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new InputException("no " + InputFormat.allExtensions() + " files under " + input);
        }
        java.util.Collections.sort(files);
        Broadcast<SerializableConfiguration> hadoop = spark.broadcast(new SerializableConfiguration(conf));
        CollectionAccumulator<String> skipped = spark.sc().collectionAccumulator("kgx skipped files");
        JavaRDD<Extracted> extracted = spark.parallelize(files, Math.min(options.partitions(), files.size()))
                .mapPartitions(paths -> {
                    // made outside the files' own failures: an executor that cannot read kgx's data fails its task
                    Pipeline pipeline = PerJvm.pipeline(options.dependencies());
                    List<Extracted> done = new ArrayList<>();
                    while (paths.hasNext()) {
                        Path path = new Path(paths.next());
                        String documentPath = documentPath(path, rootPath, single);
                        try {
                            byte[] bytes = read(path, hadoop.value().value());
                            done.add(extract(pipeline, documentPath, bytes, sourceFile(path), options));
                        } catch (InputException e) {
                            skipped.add(e.getMessage());
                        } catch (IOException e) {
                            skipped.add(sourceFile(path) + ": cannot be read (" + e + ")");
                        } catch (RuntimeException e) {
                            skipped.add(sourceFile(path) + ": extraction failed: " + e);
                        }
                    }
                    return done.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER()); // read twice: the graphs, then the person rows
        extracted.map(Extracted::nquads).saveAsTextFile(new Path(out, DOCUMENTS).toString(), GzipCodec.class);
        nameAsNquads(new Path(out, DOCUMENTS), conf);
        long count = extracted.count(); // persisted: counted, not extracted again
        List<String> notRead = List.copyOf(new TreeSet<>(skipped.value())); // a task run again adds its own again
        SparkDerivation.derive(extracted.flatMap(e -> e.rows().iterator()))
                .saveAsTextFile(new Path(out, DERIVED).toString(), GzipCodec.class);
        // last: the rules the executors derived under (this jar's data files), which kgx load checks against its own
        writeRules(new Path(new Path(out, DERIVED), CrossDocumentResolution.GivenDerivation.RULES_FILE),
                PerJvm.resolution().rules(), conf);
        extracted.unpersist();
        return new Result(count, notRead);
    }

    /** One document's graph in N-Quads and its person rows ({@link dev.kgx.store.CrossDocumentParts#rows}). */
    record Extracted(String nquads, ArrayList<String> rows) implements Serializable {
    }

    private static byte[] read(Path file, Configuration conf) throws IOException {
        try (var in = file.getFileSystem(conf).open(file)) {
            return in.readAllBytes();
        }
    }

    /**
     * One document's graph in N-Quads, as {@code kgx extract} would store it (without the line feed that ends it,
     * which the text output adds).
     */
    static Extracted extract(Pipeline pipeline, String documentPath, byte[] bytes, String sourceFile,
                             Options options) {
        TemporalValue published = options.publishedDate();
        DocumentGraph graph = pipeline.extract(pipeline.read(documentPath, bytes, sourceFile, published),
                options.minConfidence());
        Model model = pipeline.map(graph, sourceFile, pipeline.settings(options.minConfidence(), published));
        String nquads = DocumentQuads.nquads(documentPath, model);
        return new Extracted(nquads.endsWith("\n") ? nquads.substring(0, nquads.length() - 1) : nquads,
                new ArrayList<>(CrossDocumentParts.rows(documentPath, model)));
    }

    /**
     * A document's path as {@code kgx extract} gives it: relative to the folder given, with {@code /} between
     * folders; a file given by name, its own absolute path.
     */
    static String documentPath(Path file, String rootPath, boolean single) {
        String path = file.toUri().getPath();
        if (single) {
            return "file".equals(file.toUri().getScheme()) || file.toUri().getScheme() == null ? path
                    : file.toUri().toString();
        }
        String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /** Where a document was read from: a local file's absolute path (as extract records it), else its URI. */
    static String sourceFile(Path file) {
        var uri = file.toUri();
        return "file".equals(uri.getScheme()) ? java.nio.file.Path.of(uri).toAbsolutePath().normalize().toString()
                : uri.toString();
    }

    private static void writeRules(Path file, String rules, Configuration conf) {
        try (var stream = file.getFileSystem(conf).create(file, false)) {
            stream.write((rules + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spark names its gzipped text files part-NNNNN.gz; kgx load reads N-Quads files by their name (.nq.gz). */
    private static void nameAsNquads(Path folder, Configuration conf) {
        try {
            FileSystem fs = folder.getFileSystem(conf);
            for (FileStatus f : fs.listStatus(folder)) {
                String name = f.getPath().getName();
                if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                    String renamed = name.substring(0, name.length() - ".gz".length()) + ".nq.gz";
                    if (!fs.rename(f.getPath(), new Path(folder, renamed))) {
                        throw new IOException("could not rename " + f.getPath() + " to " + renamed);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
