package dev.kgx.export;

import dev.kgx.TestStores;
import dev.kgx.model.EntityGraph;
import dev.kgx.store.EntityGraphReader;
import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graph files read back by JGraphT's importers (GraphML validated against its schema) and by Commons CSV:
 * the same nodes, edges and attributes as the store holds.
 */
class GraphFilesTest {
    @TempDir
    static Path dir;
    private static EntityGraph graph;

    @BeforeAll
    static void graphOfTwoDocuments() {
        Path store = dir.resolve("store");
        TestStores.twoDocuments(store);
        try (KgxStore s = KgxStore.openExisting(store)) {
            graph = new EntityGraphReader(s, QueryLimits.DEFAULT).read();
        }
    }

    private static final String JANE = "https://kgx.dev/id/entity/janedoe";
    private static final String ZENTRIX = "https://kgx.dev/id/entity/zentrix";

    @Test
    void entitiesAndEventsAreNodesRelationsAndRolesAreEdges() {
        assertEquals(5, graph.nodes().size(), "three entities, two events: " + graph.nodes());
        // worksFor, acquired, and each event's agent and object
        assertEquals(6, graph.edges().size(), graph.edges().toString());
        EntityGraph.Node acquisition = graph.nodes().stream().filter(n -> n.kind().equals("Acquisition"))
                .findFirst().orElseThrow();
        assertEquals("Acquisition 2023-03", acquisition.label());
        assertEquals("b.txt", acquisition.documents());
    }

    private static byte[] written(java.util.function.Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    /** A JGraphT graph whose vertices are the file's node ids, with the attributes read for each. */
    private record Read(Graph<String, String> graph, Map<String, Map<String, Attribute>> nodeAttributes,
                        Map<String, Map<String, Attribute>> edgeAttributes) {
        String vertexWithIri(String iri) {
            return nodeAttributes.entrySet().stream().filter(e -> e.getValue().containsKey("iri")
                    && e.getValue().get("iri").getValue().equals(iri)).findFirst().orElseThrow().getKey();
        }
    }

    private static Read emptyGraph() {
        Supplier<String> edgeIds = new Supplier<>() {
            private int next;

            @Override
            public String get() {
                return "e" + next++;
            }
        };
        return new Read(new DirectedPseudograph<>(null, edgeIds, false), new HashMap<>(), new HashMap<>());
    }

    /** Reads a file with an importer, collecting the attributes of each vertex and edge. */
    private static <I extends BaseEventDrivenImporter<String, String> & GraphImporter<String, String>> Read read(
            I importer, byte[] file) {
        Read read = emptyGraph();
        importer.addVertexAttributeConsumer((p, a) -> read.nodeAttributes()
                .computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> read.edgeAttributes()
                .computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.importGraph(read.graph(), new ByteArrayInputStream(file));
        return read;
    }

    private static Read graphMl(EntityGraph g) {
        GraphMLImporter<String, String> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        return read(importer, written(out -> GraphFiles.graphMl(g, out)));
    }

    @Test
    void graphMlReadsBackWithTheSameNodesEdgesAndAttributes() {
        Read read = graphMl(graph);
        assertEquals(5, read.graph().vertexSet().size());
        assertEquals(6, read.graph().edgeSet().size());
        String jane = read.vertexWithIri(JANE);
        assertEquals("Jane Doe", read.nodeAttributes().get(jane).get("label").getValue());
        assertEquals("Person", read.nodeAttributes().get(jane).get("type").getValue());
        String worksFor = read.graph().getAllEdges(jane, read.vertexWithIri(ZENTRIX)).iterator().next();
        assertEquals("worksFor", read.edgeAttributes().get(worksFor).get("predicate").getValue());
        assertEquals("1", read.edgeAttributes().get(worksFor).get("evidence").getValue());
        assertEquals("0.9", read.edgeAttributes().get(worksFor).get("confidence").getValue());
    }

    @Test
    void gexfReadsBackWithTheSameNodesEdgesAndLabels() {
        SimpleGEXFImporter<String, String> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        Read read = read(importer, written(out -> GraphFiles.gexf(graph, out)));
        assertEquals(5, read.graph().vertexSet().size());
        assertEquals(6, read.graph().edgeSet().size());
        String jane = read.vertexWithIri(JANE);
        assertEquals("Jane Doe", read.nodeAttributes().get(jane).get("label").getValue());
        String worksFor = read.graph().getAllEdges(jane, read.vertexWithIri(ZENTRIX)).iterator().next();
        assertEquals("worksFor", read.edgeAttributes().get(worksFor).get("label").getValue());
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)).getRecords();
    }

    @Test
    void csvFilesHoldOneRowPerNodeAndEdgeWithTheirHeaders() throws Exception {
        List<CSVRecord> nodes = csv(written(out -> GraphFiles.nodesCsv(graph, out)));
        List<CSVRecord> edges = csv(written(out -> GraphFiles.edgesCsv(graph, out)));
        assertEquals(5, nodes.size());
        assertEquals(6, edges.size());
        CSVRecord jane = nodes.stream().filter(r -> r.get("id").equals(JANE)).findFirst().orElseThrow();
        assertEquals("Jane Doe", jane.get("label"));
        assertEquals("a.txt", jane.get("documents"));
        CSVRecord worksFor = edges.stream().filter(r -> r.get("predicate").equals("worksFor")).findFirst()
                .orElseThrow();
        assertEquals(List.of(JANE, ZENTRIX, "true", "1"), List.of(worksFor.get("source"), worksFor.get("target"),
                worksFor.get("directed"), worksFor.get("evidence")));
        assertTrue(edges.stream().anyMatch(r -> r.get("predicate").equals("agent")
                && r.get("source").equals(JANE)), "Jane Doe is the agent of her joining");
    }

    @Test
    void controlCharactersInTextDoNotBreakTheXml() {
        EntityGraph odd = new EntityGraph(List.of(new EntityGraph.Node("urn:x", "Person", false, "a\u000Cb", "",
                "", "", "")), List.of());
        Read read = graphMl(odd);
        assertEquals("a\uFFFDb", read.nodeAttributes().get(read.vertexWithIri("urn:x")).get("label").getValue());
    }
}
