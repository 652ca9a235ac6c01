package dev.kgx.spark;

import dev.kgx.KgxException.InputException;
import dev.kgx.cli.ExtractCommand;
import dev.kgx.model.TemporalValue;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

/** The Spark job's command line, for spark-submit: a thin layer over {@link SparkExtraction#run}. */
@Command(name = "kgx-spark", mixinStandardHelpOptions = true, version = "kgx-spark 0.1.0",
        description = "Extract every article under INPUT (a folder or file; local, hdfs://, s3a://) as kgx extract "
                + "does, on a Spark cluster, writing each document's graph as N-Quads under OUTPUT/documents; "
                + "and what crosses documents, derived on the cluster, under OUTPUT/derived; then build the store "
                + "with: kgx load OUTPUT/documents --derived OUTPUT/derived --store STORE")
public final class KgxSpark implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "the articles: a folder (read recursively) or a file")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "a folder that does not exist yet")
    String output;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = ExtractCommand.PublicationDateConverter.class,
            description = "the publication date of every file, as kgx extract --published")
    TemporalValue published;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "leave out facts below this confidence, as kgx extract --min-confidence (default: 0)")
    double minConfidence;

    @Option(names = "--no-dependencies", description = "no dependency parsing, as kgx extract --no-dependencies")
    boolean noDependencies;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "spread the files over N partitions (default: 4 per core of the cluster)")
    int partitions;

    @Override
    public Integer call() {
        // the options checked before Spark starts: a mistake is said at once
        String date = published == null ? null : published.lexical();
        SparkExtraction.Options options = new SparkExtraction.Options(date, minConfidence, !noDependencies,
                Math.max(1, partitions));
        SparkConf conf = new SparkConf().setAppName("kgx extract");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            if (partitions <= 0) {
                options = new SparkExtraction.Options(date, minConfidence, !noDependencies,
                        4 * spark.defaultParallelism());
            }
            SparkExtraction.Result result = SparkExtraction.run(spark, input, output, options);
            result.skipped().forEach(s -> System.err.println("kgx-spark: skipped: " + s));
            if (result.documents() == 0) {
                System.err.println("kgx-spark: no document could be extracted");
                return 1;
            }
            System.out.printf(Locale.ROOT, "documents: %d extracted, %d skipped; graphs in %s/%s, what crosses "
                    + "documents in %s/%s (kgx load %s/%s --derived %s/%s --store STORE)%n", result.documents(),
                    result.skipped().size(), output, SparkExtraction.DOCUMENTS, output, SparkExtraction.DERIVED,
                    output, SparkExtraction.DOCUMENTS, output, SparkExtraction.DERIVED);
            return result.skipped().isEmpty() ? 0 : 3; // as kgx extract: some files were left out
        }
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new KgxSpark());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof InputException) {
                line.getErr().println("kgx-spark: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        int code = cli.execute(args);
        if (code != 0) {
            // only then: in YARN's cluster mode an exit from main, even 0, marks the application failed
            System.exit(code);
        }
    }
}
