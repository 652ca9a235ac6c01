package dev.kgx.spark;

import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.rdf.KGX;
import dev.kgx.store.CrossDocumentParts;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The derivation across documents of a large corpus, as the Spark stage makes it and on one machine, timed and
 * compared: the person rows of documents' graphs in N-Quads (each document's quads together, as
 * {@code dev.kgx.bench.ScaleCorpusGenerator} writes them), derived by {@link SparkDerivation} in local mode and by
 * {@link CrossDocumentResolution#deriveAll}. Not a test: a measurement for bench/spark.md.
 * Usage: {@code DerivationScaleBench FILE.nq.gz CORES PARTITIONS}.
 */
public final class DerivationScaleBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int cores = Integer.parseInt(args[1]);
        int partitions = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        List<String> rows = new ArrayList<>();
        int[] documents = new int[1];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                Node current;
                Model model = ModelFactory.createDefaultModel();

                @Override
                public void quad(Quad q) {
                    if (!q.getGraph().equals(current)) {
                        flush();
                        current = q.getGraph();
                    }
                    model.getGraph().add(q.asTriple());
                }

                @Override
                public void finish() {
                    flush();
                }

                private void flush() {
                    if (current != null) {
                        String path = model.listObjectsOfProperty(KGX.path).next().asLiteral().getString();
                        rows.addAll(CrossDocumentParts.rows(path, model));
                        documents[0]++;
                    }
                    model = ModelFactory.createDefaultModel();
                }
            });
        }
        double read = seconds(t0);
        long t1 = System.nanoTime();
        List<String> one = CrossDocumentResolution.standard().deriveAll(rows);
        double oneMachine = seconds(t1);
        List<String> spark;
        double sparkSeconds;
        try (JavaSparkContext sc = LocalSpark.start(cores)) {
            long t2 = System.nanoTime();
            spark = SparkDerivation.derive(sc.parallelize(rows, partitions)).collect();
            sparkSeconds = seconds(t2);
        }
        boolean same = SparkDerivationTest.normalized(one).equals(SparkDerivationTest.normalized(spark));
        System.out.printf(Locale.ROOT, "documents=%d rows=%d lines=%d merges=%d read=%.1fs oneMachine=%.1fs "
                        + "spark(local[%d], %d partitions)=%.1fs same=%b%n", documents[0], rows.size(), one.size(),
                one.stream().filter(l -> l.contains("\tmerge\t")).count(), read, oneMachine, cores, partitions,
                sparkSeconds, same);
        if (!same) {
            System.exit(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
