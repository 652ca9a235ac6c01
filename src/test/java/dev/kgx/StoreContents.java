package dev.kgx;

import dev.kgx.model.DocumentGraph;
import dev.kgx.pipeline.BatchExtraction;
import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import org.apache.jena.riot.RDFFormat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a store holds, in forms tests compare two stores by (the core's tests and the Spark module's, through the
 * core's test jar), and a listener for extractions that must not skip a file.
 */
public final class StoreContents {
    private StoreContents() {
    }

    /** The graphs queries see, as sorted N-Quads lines (the entity index left out, as export leaves it). */
    public static Set<String> quads(KgxStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS_UTF8, out);
        return new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** The entity index's triples, each as "subject predicate object". */
    public static Set<String> entityIndex(KgxStore store) {
        return store.query("SELECT ?s ?p ?o WHERE { GRAPH <https://kgx.dev/ontology#entityIndex> { ?s ?p ?o } }",
                QueryLimits.DEFAULT, qe -> {
                    Set<String> out = new TreeSet<>();
                    qe.execSelect().forEachRemaining(b -> out.add(b.get("s") + " " + b.get("p") + " " + b.get("o")));
                    return out;
                });
    }

    /** Says nothing of what is extracted; a skipped file fails the test. */
    public static class FailOnSkip implements BatchExtraction.Listener {
        @Override
        public void extracted(int index, int total, Path file, DocumentGraph graph, double seconds) {
        }

        @Override
        public void unchanged(int index, int total, Path file) {
        }

        @Override
        public void skipped(int index, int total, Path file, String reason) {
            throw new AssertionError(file + ": " + reason);
        }
    }
}
