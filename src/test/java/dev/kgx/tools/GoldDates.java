package dev.kgx.tools;

import dev.kgx.extract.DateNormalizer;
import dev.kgx.ingest.DocumentReader;
import dev.kgx.ingest.TextNormalizer;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.TemporalValue;
import dev.kgx.nlp.NlpModels;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development tool: which dated gold events the date normalizer can date from their evidence sentence alone.
 * For each gold event with a date, it normalizes each evidence sentence as ingest would and runs
 * {@link DateNormalizer#find} with (1) the publication date kgx infers from the document's text and (2) the
 * publication date given in an optional TSV ({@code file<TAB>YYYY-MM-DD}, as front matter or {@code --published}
 * would give it). A gold date counts as derivable when one candidate starts with it (the scorer's rule).
 *
 * <pre>java -cp ... dev.kgx.tools.GoldDates GOLD.json TEXTS_DIR [PUBLISHED.tsv]</pre>
 */
public final class GoldDates {
    public static void main(String[] args) throws Exception {
        JsonObject gold = JSON.read(args[0]);
        Path texts = Path.of(args[1]);
        Map<String, TemporalValue> given = new HashMap<>();
        if (args.length > 2) {
            for (String line : Files.readAllLines(Path.of(args[2]))) {
                String[] f = line.split("\t");
                given.put(f[0], TemporalValue.parse(f[1]));
            }
        }
        NlpModels models = NlpModels.shared();
        DocumentReader reader = new DocumentReader(models.scriptConverter());
        TextNormalizer normalizer = new TextNormalizer(models.scriptConverter());
        DateNormalizer dates = new DateNormalizer();
        Map<String, SourceDocument> docs = new HashMap<>();
        JsonObject docNames = gold.get("docs").getAsObject();
        int total = 0;
        int fromText = 0;
        int withMetadata = 0;
        for (JsonValue v : gold.get("events").getAsArray()) {
            JsonObject e = v.getAsObject();
            if (!e.hasKey("date") || e.get("date").isNull()) {
                continue;
            }
            total++;
            String want = e.get("date").getAsString().value();
            boolean textOk = false;
            boolean metaOk = false;
            StringBuilder report = new StringBuilder();
            JsonObject evidence = e.get("evidence").getAsObject();
            for (String doc : evidence.keys()) {
                String file = docNames.get(doc).getAsString().value();
                SourceDocument src = docs.computeIfAbsent(file, f -> read(reader, texts.resolve(f)));
                String sentence = normalizer.normalize(evidence.get(doc).getAsString().value(),
                        src.language().isChinese()).text();
                TemporalValue inferred = dates.publicationDate(src);
                TemporalValue meta = given.get(file);
                List<String> a = lexicals(dates.find(sentence, inferred));
                List<String> b = lexicals(dates.find(sentence, meta));
                textOk |= a.stream().anyMatch(d -> d.startsWith(want));
                metaOk |= b.stream().anyMatch(d -> d.startsWith(want));
                report.append(String.format("    %s text-pub=%s %s | given-pub=%s %s%n", doc, inferred, a, meta, b));
            }
            fromText += textOk ? 1 : 0;
            withMetadata += metaOk ? 1 : 0;
            System.out.printf("%s %-32s gold=%-10s text:%s given:%s%n%s", textOk ? "+" : metaOk ? "~" : "-",
                    e.get("id").getAsString().value(), want, textOk ? "yes" : "no", metaOk ? "yes" : "no", report);
        }
        System.out.printf("%d gold dates; derivable from the text alone: %d; with the publication date given: %d%n",
                total, fromText, withMetadata);
    }

    private static SourceDocument read(DocumentReader reader, Path file) {
        try {
            return reader.read(file.getFileName().toString(), Files.readAllBytes(file), file.toString());
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static List<String> lexicals(List<DateNormalizer.Found> found) {
        return found.stream().map(f -> f.value().lexical()).toList();
    }
}
