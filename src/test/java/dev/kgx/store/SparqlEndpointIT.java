package dev.kgx.store;

import dev.kgx.Cli;
import dev.kgx.TestStores;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kgx serve} over HTTP, with two clients: Jena's {@code RDFConnection} and a plain HTTP client speaking the
 * SPARQL protocol (as curl does). The saved queries give the same rows as {@code kgx query}; the default graph is
 * the union of the documents; queries may use the kgx prefixes undeclared; SERVICE is refused; nothing is written
 * unless updates are allowed, and what a user writes into a graph of their own outlives the next derivation.
 */
class SparqlEndpointIT {
    @TempDir
    static Path dir;
    private static Path store;
    /** What {@code kgx query NAME --format csv} printed, before the endpoint opened the store. */
    private static final Map<String, String> CLI = new LinkedHashMap<>();
    private static final List<String> SAVED = List.of("entities", "people-and-employers", "companies-and-products",
            "events-timeline", "cross-document-entities", "merged-entities");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void storeAndItsAnswersOnTheCommandLine() {
        store = dir.resolve("store");
        TestStores.twoDocuments(store);
        for (String name : SAVED) {
            Cli.Run run = Cli.run("query", name, "--queries", "queries", "--format", "csv", "--store",
                    store.toString());
            assertEquals(0, run.code(), run.err());
            CLI.put(name, run.out());
        }
    }

    private static SparqlEndpoint serve(boolean allowUpdate) {
        return SparqlEndpoint.start(KgxStore.openExisting(store), new SparqlEndpoint.Settings(0, "127.0.0.1",
                allowUpdate, QueryLimits.DEFAULT));
    }

    private static HttpResponse<String> get(String url, String query, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> lines(String csv) {
        return csv.lines().map(String::strip).toList();
    }

    @Test
    void savedQueriesGiveTheSameRowsAsKgxQuery() throws Exception {
        try (SparqlEndpoint endpoint = serve(false)) {
            for (String name : SAVED) {
                // as kgx query runs it: optional parameters bound to "", which the query reads as "any"
                String query = SavedQuery.find(Path.of("queries"), name).bind(Map.of());
                HttpResponse<String> r = get(endpoint.url() + "/sparql", query, "text/csv");
                assertEquals(200, r.statusCode(), name + ": " + r.body());
                assertEquals(lines(CLI.get(name)), lines(r.body()), name);
            }
            assertTrue(lines(CLI.get("people-and-employers")).stream().anyMatch(l -> l.contains("Jane Doe")),
                    "the comparison compares rows");
            try (RDFConnection conn = RDFConnection.connect(endpoint.url())) {
                List<String> labels = new ArrayList<>();
                conn.querySelect(Files.readString(Path.of("queries", "entities.rq")),
                        (QuerySolution row) -> labels.add(row.getLiteral("label").getString()));
                assertEquals(List.of("Northwind Labs", "Zentrix", "Jane Doe"), labels);
            }
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheDocumentsAndTheKgxPrefixesAreKnown() throws Exception {
        try (SparqlEndpoint endpoint = serve(false)) {
            // a plain client sends the text as it is (RDFConnection parses it first, so it needs the PREFIX lines)
            HttpResponse<String> ask = get(endpoint.url() + "/sparql", "ASK { ent:janedoe kgx:worksFor ent:zentrix }",
                    "application/sparql-results+json");
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(ask.body().replace(" ", "").contains("\"boolean\":true"), ask.body());
            HttpResponse<String> count = get(endpoint.url() + "/sparql",
                    "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kgx:Document }", "text/csv");
            assertEquals(List.of("n", "2"), lines(count.body()), "the documents' graphs, seen as the default graph");
        }
    }

    @Test
    void serviceIsRefusedAndNothingIsWrittenUnlessUpdatesAreAllowed() throws Exception {
        try (SparqlEndpoint endpoint = serve(false)) {
            HttpResponse<String> service = get(endpoint.url() + "/sparql",
                    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "text/csv");
            assertEquals(400, service.statusCode(), service.body());
            assertTrue(service.body().contains("SERVICE"), service.body());
            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint.url() + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> "
                            + "<urn:x:b> \"c\" } }")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "update refused: " + update.statusCode());
            try (RDFConnection conn = RDFConnection.connect(endpoint.url())) {
                assertTrue(!conn.queryAsk("ASK { GRAPH <urn:x:notes> { ?s ?p ?o } }"));
            }
        }
    }

    @Test
    void aUsersOwnGraphWrittenThroughTheEndpointOutlivesTheNextDerivation() {
        Path own = dir.resolve("own-store");
        TestStores.twoDocuments(own);
        KgxStore opened = KgxStore.openExistingToChange(own);
        try (SparqlEndpoint endpoint = SparqlEndpoint.start(opened, new SparqlEndpoint.Settings(0, "127.0.0.1",
                true, QueryLimits.DEFAULT)); RDFConnection conn = RDFConnection.connect(endpoint.url())) {
            conn.update("INSERT DATA { GRAPH <urn:x:notes> { <https://kgx.dev/id/entity/zentrix> "
                    + "<http://www.w3.org/2000/01/rdf-schema#comment> \"checked by hand\" } }");
        } finally {
            opened.close();
        }
        try (KgxStore again = KgxStore.openExistingToChange(own)) {
            again.recomputeDerived(profiles -> List.of(), 1);
            assertEquals("checked by hand", again.query("SELECT ?c WHERE { GRAPH <urn:x:notes> { ?s "
                    + "<http://www.w3.org/2000/01/rdf-schema#comment> ?c } }", QueryLimits.DEFAULT, qe -> {
                        var rs = qe.execSelect();
                        return rs.hasNext() ? rs.next().getLiteral("c").getString() : null;
                    }));
        }
    }

    private static String curl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-S", "--max-time", "30"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, "curl: " + out);
        return out;
    }

    @Test
    void curlSpeaksTheSparqlProtocolAndTheGraphStoreProtocolToIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "no curl here");
        try (SparqlEndpoint endpoint = serve(false)) {
            String rows = curl(endpoint.url() + "/sparql", "-H", "Accept: text/csv", "--data-urlencode",
                    "query=SELECT ?who WHERE { ?p kgx:worksFor ent:zentrix ; rdfs:label ?who }");
            assertEquals(List.of("who", "Jane Doe"), lines(rows));
            String graph = curl("-G", endpoint.url() + "/get", "--data-urlencode",
                    "graph=https://kgx.dev/id/doc/a.txt", "-H", "Accept: application/n-triples");
            assertTrue(graph.contains("<https://kgx.dev/id/entity/janedoe> <https://kgx.dev/ontology#worksFor> "
                    + "<https://kgx.dev/id/entity/zentrix> ."), graph);
            assertTrue(!graph.contains("northwind"), "only the graph of a.txt: " + graph);
            String status = curl("-o", "/dev/null", "-w", "%{http_code}", "-X", "PUT", "-H",
                    "Content-Type: application/n-triples", "--data-binary", "<urn:a> <urn:b> <urn:c> .",
                    endpoint.url() + "/get?graph=urn:x:mine");
            assertTrue(status.startsWith("4") || status.startsWith("5"), "writing refused: " + status);
        }
    }

    @Test
    void aWebPageOrAnotherHostNameCannotReachIt() throws Exception {
        Path own = dir.resolve("csrf-store");
        TestStores.twoDocuments(own);
        KgxStore opened = KgxStore.openExistingToChange(own);
        try (SparqlEndpoint endpoint = SparqlEndpoint.start(opened, new SparqlEndpoint.Settings(0, "127.0.0.1",
                true, QueryLimits.DEFAULT))) {
            // what a form on evil.example posting to localhost sends
            HttpResponse<String> drop = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint.url() + "/update"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "https://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("update=DROP+ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, drop.statusCode(), drop.body());
            HttpResponse<String> local = get(endpoint.url() + "/sparql", "ASK { ?s ?p ?o }", "text/csv");
            assertEquals(200, local.statusCode(), "a program sends no Origin");
            if (Files.isExecutable(Path.of("/usr/bin/curl"))) {
                String rebound = curl("-o", "/dev/null", "-w", "%{http_code}", "-H", "Host: evil.example",
                        endpoint.url() + "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D");
                assertEquals("403", rebound.strip(), "DNS rebinding");
            }
        } finally {
            opened.close();
        }
        assertTrue(SparqlEndpoint.SameMachineOnly.local("localhost:3030"));
        assertTrue(SparqlEndpoint.SameMachineOnly.local("[::1]:3030"));
        assertTrue(!SparqlEndpoint.SameMachineOnly.local("127.0.0.1.evil.example"));
    }

    @Test
    void anAddressThatIsNeitherLoopbackNorEveryInterfaceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SparqlEndpoint.Settings(3030, "10.1.2.3", false,
                QueryLimits.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new SparqlEndpoint.Settings(70000, "127.0.0.1", false,
                QueryLimits.DEFAULT));
    }
}
