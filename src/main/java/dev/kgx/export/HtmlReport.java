package dev.kgx.export;

import com.google.gson.Gson;
import dev.kgx.model.EntityGraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file to look at the graph: an interactive drawing (nodes coloured by type, edges
 * labelled, a search box in any script, a node's facts on click), a timeline of the events, the entities with
 * their names in every script, and each fact with its evidence sentences. Its script and styles are inline and it
 * loads nothing from the network. The page is {@code dev/kgx/report/report.html}; the data go into it as JSON.
 */
public final class HtmlReport {
    private static final String TEMPLATE = "/dev/kgx/report/report.html";
    private static final String DATA = "/*DATA*/";

    private HtmlReport() {
    }

    public static void write(EntityGraph graph, Map<String, List<EntityGraph.Evidence>> evidence, String summary,
                             OutputStream out) {
        String page;
        try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + TEMPLATE + " (is the build complete?)", e);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", summary);
        data.put("nodes", graph.nodes().stream().map(n -> Map.of("id", n.id(), "type", n.kind(), "event", n.event(),
                "label", n.label(), "names", n.names(), "documents", n.documents(), "date", n.date(),
                "amount", n.amount())).toList());
        data.put("edges", graph.edges().stream().map(e -> Map.of("id", e.id(), "source", e.source(),
                "target", e.target(), "predicate", e.predicate(), "confidence", e.confidence(),
                "evidence", e.evidence())).toList());
        data.put("evidence", evidence);
        // Gson escapes <, > and & in strings, so no text of an article can end the script element
        String json = new Gson().toJson(data);
        int at = page.indexOf(DATA);
        try {
            out.write((page.substring(0, at) + json + page.substring(at + DATA.length()))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
