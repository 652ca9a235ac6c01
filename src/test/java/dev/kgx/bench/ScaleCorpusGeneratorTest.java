package dev.kgx.bench;

import dev.kgx.mention.Cues;
import dev.kgx.mention.NameKeys;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Event;
import dev.kgx.model.Evidence;
import dev.kgx.model.Mention;
import dev.kgx.model.Relation;
import dev.kgx.rdf.Iris;
import dev.kgx.rdf.KGX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleCorpusGeneratorTest {
    private static final int DOCUMENTS = 50;

    @TempDir
    static Path dir;
    private static Path corpus;
    private static ScaleCorpusGenerator.Summary summary;
    private static DatasetGraph dataset;

    @BeforeAll
    static void generate() throws IOException {
        corpus = dir.resolve("corpus.nq.gz");
        summary = ScaleCorpusGenerator.write(corpus, 42, 0, DOCUMENTS);
        // parsing the whole file is the check that every graph parses
        dataset = RDFDataMgr.loadDatasetGraph(corpus.toString());
    }

    @Test
    void everyGraphIsNamedByItsDocumentsIri() {
        Set<String> graphs = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        Set<String> expected = new TreeSet<>();
        IntStream.range(0, DOCUMENTS).forEach(n -> expected.add(Iris.document(ScaleCorpusGenerator.path(n))));
        assertEquals(expected, graphs);
        assertTrue(dataset.getDefaultGraph().isEmpty(), "nothing outside the documents' graphs");
        assertEquals(summary.quads(), dataset.stream().count(), "the summary counts the quads written");
    }

    @Test
    void everyDocumentGraphHasItsDocumentNode() {
        dataset.listGraphNodes().forEachRemaining(g -> {
            Graph graph = dataset.getGraph(g);
            List<Node> documents = graph.find(Node.ANY, RDF.type.asNode(), KGX.Document.asNode())
                    .mapWith(Triple::getSubject).toList();
            assertEquals(List.of(g), documents, "one document node, named as its graph, in " + g);
            String path = literal(graph, g, KGX.path.asNode());
            assertEquals(g.getURI(), Iris.document(path));
            assertTrue(literal(graph, g, KGX.sha256.asNode()).matches("[0-9a-f]{64}"));
            assertEquals("/archive/" + path, literal(graph, g, KGX.sourceFile.asNode()));
        });
    }

    @Test
    void evidenceOffsetsLieWithinTheDocumentsCharacters() {
        int evidence = 0;
        for (Node g : graphNodes()) {
            Graph graph = dataset.getGraph(g);
            int characters = Integer.parseInt(literal(graph, g, KGX.characters.asNode()));
            for (Node e : graph.find(Node.ANY, RDF.type.asNode(), KGX.Evidence.asNode()).mapWith(Triple::getSubject)
                    .toList()) {
                int begin = Integer.parseInt(literal(graph, e, KGX.beginOffset.asNode()));
                int end = Integer.parseInt(literal(graph, e, KGX.endOffset.asNode()));
                assertTrue(0 <= begin && begin < end && end <= characters, begin + ".." + end + " in " + g);
                assertEquals(end - begin, literal(graph, e, KGX.sentence.asNode()).length());
                assertTrue(graph.contains(e, KGX.inDocument.asNode(), g));
                evidence++;
            }
        }
        assertTrue(evidence > DOCUMENTS * 5, "about seven relations and three events a document: " + evidence);
    }

    @Test
    void conformsToTheShapesExtractValidatesAgainst() throws IOException {
        Model shapes = ModelFactory.createDefaultModel();
        try (InputStream in = getClass().getResourceAsStream("/dev/kgx/ontology/shapes.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes.getGraph());
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes.getGraph()),
                dataset.getUnionGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void quadsPerDocumentAreThoseOfRealExtractions() {
        // 800 real news articles gave about 284 quads each
        double perDocument = summary.quads() / (double) DOCUMENTS;
        assertTrue(perDocument > 220 && perDocument < 350, "quads per document: " + perDocument);
        assertTrue(summary.characters() >= DOCUMENTS * 2000L && summary.characters() <= DOCUMENTS * 4100L);
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again.nq.gz");
        ScaleCorpusGenerator.write(again, 42, 0, DOCUMENTS);
        assertEquals(-1, Files.mismatch(corpus, again));
        Path other = dir.resolve("other.nq.gz");
        ScaleCorpusGenerator.write(other, 7, 0, DOCUMENTS);
        assertNotEquals(-1, Files.mismatch(corpus, other));
    }

    @Test
    void aLaterFirstNumberMakesOtherDocuments() throws IOException {
        Path later = dir.resolve("later.nq");
        ScaleCorpusGenerator.write(later, 42, DOCUMENTS, 10);
        DatasetGraph more = RDFDataMgr.loadDatasetGraph(later.toString());
        Set<Node> graphs = new HashSet<>();
        more.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(10, graphs.size());
        graphs.retainAll(graphNodes());
        assertEquals(Set.of(), graphs);
        assertTrue(more.contains(Node.ANY, Node.ANY, KGX.path.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString("gen/0000050.txt")));
    }

    @Test
    void aFewEntitiesAppearInManyMoreDocumentsThanMost() {
        Map<Node, Set<Node>> documentsOf = new HashMap<>();
        dataset.find(Node.ANY, Node.ANY, KGX.mentionedIn.asNode(), Node.ANY).forEachRemaining(q -> {
            if (dataset.contains(q.getGraph(), q.getSubject(), KGX.key.asNode(), Node.ANY)) {
                documentsOf.computeIfAbsent(q.getSubject(), e -> new HashSet<>()).add(q.getGraph());
            }
        });
        List<Integer> counts = new ArrayList<>(documentsOf.values().stream().map(Set::size).sorted().toList());
        int median = counts.get(counts.size() / 2);
        int most = counts.get(counts.size() - 1);
        assertTrue(most >= 5 * median && most >= DOCUMENTS / 10, "most " + most + ", median " + median);
    }

    /** Checks on the records themselves, over more documents than are written. */
    @Test
    void factsPointAtTheirSentencesAndSuitTheirRelations() {
        ScaleCorpusGenerator generator = new ScaleCorpusGenerator(42, ScaleCorpusGenerator.universeSize(0, 200));
        for (int n = 0; n < 200; n++) {
            DocumentGraph doc = generator.document(n);
            String original = doc.source().original();
            Map<String, EntityType> types = new HashMap<>();
            for (Entity e : doc.entities()) {
                assertEquals(null, types.put(e.key(), e.type()), "one entity per key in " + doc.source().path());
                for (Mention m : e.mentions()) {
                    assertEquals(m.text(), m.span().of(doc.source().text()));
                }
                e.names().forEach(name -> assertTrue(original.contains(name.form()), name.form()));
            }
            for (Relation r : doc.relations()) {
                assertTrue(r.predicate().fits(types.get(r.subjectKey()), types.get(r.objectKey())), r.toString());
                assertSentence(original, r.evidence());
            }
            for (Event e : doc.events()) {
                assertTrue(e.agentKey() == null || e.type().agentTypes().contains(types.get(e.agentKey())));
                assertTrue(e.type().objectTypes().contains(types.get(e.objectKey())), e.toString());
                assertSentence(original, e.evidence());
            }
        }
    }

    /**
     * Some people are named by their given name alone, for cross-document resolution to join them to a full name;
     * the resolver only considers the given names of its list.
     */
    @Test
    void peopleNamedByAGivenNameAloneUseKnownGivenNames() {
        ScaleCorpusGenerator generator = new ScaleCorpusGenerator(42, ScaleCorpusGenerator.universeSize(0, 1000));
        Cues cues = Cues.load();
        int found = 0;
        for (int n = 0; n < 1000; n++) {
            for (Entity e : generator.document(n).entities()) {
                boolean oneWord = e.type() == EntityType.PERSON && e.names().stream()
                        .allMatch(x -> !NameKeys.hasHan(x.form()) && NameKeys.nameParts(x.form()).length == 1);
                if (oneWord && e.mergeReason().equals("same name key")) {
                    assertTrue(cues.isGivenName(e.label()), e.label());
                    found++;
                }
            }
        }
        assertTrue(found > 0);
        assertFalse(found > 500, "rare: " + found);
    }

    private static void assertSentence(String original, Evidence e) {
        assertEquals(e.sentence(), e.span().of(original));
        assertFalse(e.sentence().contains("\n"), e.sentence());
        assertTrue(e.extractor().startsWith("frame:") || e.extractor().equals("developer-knowledge"));
    }

    private static Set<Node> graphNodes() {
        Set<Node> graphs = new HashSet<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        return graphs;
    }

    private static String literal(Graph g, Node s, Node p) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, values.size(), p + " of " + s);
        return values.get(0).getLiteralLexicalForm();
    }
}
