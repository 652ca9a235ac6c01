package dev.kgx.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The reference for bench/run.sh: stock CoreNLP's Chinese pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse}
 * with the properties shipped in the models jar) over a folder of articles. Prints {@code key=value} lines: model
 * load seconds, the cold pass over the folder, and warm throughput in characters per second over further passes.
 * Not a test: run by the benchmark script with the test class path.
 */
public final class StockCoreNlpBench {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int warmPasses = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        long t0 = System.nanoTime();
        Properties props = new Properties();
        try (InputStream in = StockCoreNlpBench.class.getClassLoader()
                .getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            props.load(in);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        for (String text : texts) {
            pipeline.annotate(new Annotation(text));
        }
        double cold = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        for (int pass = 0; pass < warmPasses; pass++) {
            for (String text : texts) {
                pipeline.annotate(new Annotation(text));
            }
        }
        double warm = (System.nanoTime() - t2) / 1e9;
        System.out.printf(Locale.ROOT, "load_seconds=%.1f%ncold_pass_seconds=%.1f%ncharacters=%d%n"
                + "warm_chars_per_second=%.0f%n", load, cold, chars, chars * warmPasses / warm);
    }
}
