package dev.kgx.pipeline;

import dev.kgx.Cli;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real pipeline (CoreNLP and HanLP models) on the five seed articles, through the command line. */
class SeedsExtractionIT {
    @TempDir
    static Path dir;
    static Path store;
    static String firstRun;

    static String kgx(int expectedCode, String... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(expectedCode, run.code(), "kgx " + String.join(" ", args) + "\n" + run.out() + run.err());
        return run.out();
    }

    @BeforeAll
    static void extractSeeds() {
        store = dir.resolve("store");
        firstRun = kgx(0, "extract", "seeds", "--store", store.toString());
    }

    private static boolean ask(String query) {
        return kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> PREFIX rdfs: "
                + "<http://www.w3.org/2000/01/rdf-schema#> ASK { " + query + " }", "--store", store.toString())
                .strip().equals("true");
    }

    @Test
    void everyDocumentIsExtractedAndTheStoreConforms() {
        assertTrue(firstRun.contains("5 extracted"), firstRun);
        assertTrue(firstRun.contains("SHACL: the 5 documents of this run conform"), firstRun);
        assertTrue(firstRun.contains(": pt,"), "the Portuguese seed is processed: " + firstRun);
    }

    @Test
    void openAiIsOneCompanyMentionedInAllFiveDocuments() {
        String count = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT (COUNT(DISTINCT ?d) AS ?n) "
                + "WHERE { <https://kgx.dev/id/entity/openai> a kgx:Company ; kgx:mentionedIn ?d }",
                "--format", "csv", "--store", store.toString());
        assertEquals("5", count.lines().toList().get(1).strip());
    }

    @Test
    void specificFactsAreFoundWithEvidence() {
        assertTrue(ask("?p a kgx:Person ; rdfs:label \"Rowan Zellers\"@en ; kgx:worksFor <https://kgx.dev/id/entity/openai>"));
        assertTrue(ask("?e a kgx:Joining ; kgx:object <https://kgx.dev/id/entity/openai> ; kgx:date ?d . "
                + "FILTER (STR(?d) = \"2022-07\")"));
        assertTrue(ask("?a a kgx:Assertion ; kgx:evidence ?ev . ?ev kgx:sentence ?s ; kgx:beginOffset ?b ; "
                + "kgx:endOffset ?e ; kgx:confidence ?c ; kgx:inDocument/kgx:fileName ?f"));
        assertTrue(ask("<https://kgx.dev/id/entity/google> a kgx:Company ; <http://www.w3.org/2004/02/skos/core#altLabel> \"谷歌\"@zh-Hant"),
                "the Traditional form is kept as a zh-Hant name");
    }

    @Test
    void aSecondRunChangesNothing() {
        String before = kgx(0, "export", "--format", "nquads", "--store", store.toString());
        String again = kgx(0, "extract", "seeds", "--store", store.toString());
        assertTrue(again.contains("0 extracted, 5 unchanged"), again);
        kgx(0, "extract", "seeds", "--force", "--store", store.toString());
        String after = kgx(0, "export", "--format", "nquads", "--store", store.toString());
        Dataset a = DatasetFactory.create();
        RDFDataMgr.read(a, new java.io.StringReader(before), null, org.apache.jena.riot.Lang.NQUADS);
        Dataset b = DatasetFactory.create();
        RDFDataMgr.read(b, new java.io.StringReader(after), null, org.apache.jena.riot.Lang.NQUADS);
        assertTrue(a.getUnionModel().isIsomorphicWith(b.getUnionModel()));
        assertEquals(before.lines().count(), after.lines().count());
    }

    @Test
    void turtleExportReadsBackIsomorphic() {
        Path ttl = dir.resolve("out.ttl");
        kgx(0, "export", "-o", ttl.toString(), "--store", store.toString());
        Model back = RDFDataMgr.loadModel(ttl.toString());
        String nt = kgx(0, "export", "--format", "ntriples", "--store", store.toString());
        Model direct = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFDataMgr.read(direct, new java.io.StringReader(nt), null, org.apache.jena.riot.Lang.NTRIPLES);
        assertTrue(back.size() > 500);
        assertTrue(back.isIsomorphicWith(direct));
    }

    @Test
    void adHocConstructDescribeAndStats() {
        String turtle = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> CONSTRUCT { ?p kgx:worksFor ?o } "
                + "WHERE { ?p kgx:worksFor ?o }", "--store", store.toString());
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new java.io.StringReader(turtle), null, org.apache.jena.riot.Lang.TURTLE);
        assertTrue(m.size() >= 3, turtle);
        String described = kgx(0, "sparql", "DESCRIBE <https://kgx.dev/id/entity/openai>", "--store", store.toString());
        assertTrue(described.contains("OpenAI"), described);
        String stats = kgx(0, "stats", "--store", store.toString());
        assertTrue(stats.contains("Nodes per class") && stats.contains("Company") && stats.contains("004_52ee1944f00693dd.txt"),
                stats);
    }

    @Test
    void jsonLdAndTrigExportsReadBack() {
        Path jsonld = dir.resolve("out.jsonld");
        kgx(0, "export", "--format", "jsonld", "-o", jsonld.toString(), "--store", store.toString());
        assertTrue(RDFDataMgr.loadModel(jsonld.toString()).size() > 500);
        Path trig = dir.resolve("out.trig");
        kgx(0, "export", "--format", "trig", "-o", trig.toString(), "--store", store.toString());
        Dataset ds = RDFDataMgr.loadDataset(trig.toString());
        assertEquals(5, org.apache.jena.atlas.iterator.Iter.count(ds.listNames()), "one named graph per document");
    }

    @Test
    void everySavedQueryRuns() {
        for (String name : new String[]{"people-and-employers", "companies-and-products", "competitors",
                "events-timeline", "cross-document-entities", "entities"}) {
            kgx(0, "query", name, "--queries", "queries", "--store", store.toString());
        }
        String evidence = kgx(0, "query", "entity-evidence", "--param", "name=OpenAI", "--queries", "queries",
                "--store", store.toString());
        assertTrue(evidence.contains("frame:"), evidence);
        String documents = kgx(0, "query", "entity-documents", "--param", "name=openai", "--format", "csv",
                "--queries", "queries", "--store", store.toString());
        assertEquals(5, documents.lines().skip(1).filter(l -> l.startsWith("OpenAI,")).count(),
                "every seed names OpenAI, found by its name in any case: " + documents);
        String ents = kgx(0, "query", "document-entities", "--param", "file=003_678447d645fbbeec.txt",
                "--queries", "queries", "--store", store.toString());
        assertTrue(ents.contains("OpenAI"), ents);
    }

    @Test
    void theTimelineTakesAnEntityByIriAndARangeOfDays() {
        String byName = kgx(0, "query", "events-timeline", "--param", "entity=OpenAI", "--format", "csv",
                "--queries", "queries", "--store", store.toString());
        String byIri = kgx(0, "query", "events-timeline", "--param", "entity=https://kgx.dev/id/entity/openai",
                "--format", "csv", "--queries", "queries", "--store", store.toString());
        assertTrue(byName.lines().count() > 1, byName);
        assertEquals(byName, byIri);
        String all = kgx(0, "query", "events-timeline", "--format", "csv", "--queries", "queries", "--store",
                store.toString());
        String in2025 = kgx(0, "query", "events-timeline", "--param", "from=2025-01-01", "--param", "to=2025-12-31",
                "--format", "csv", "--queries", "queries", "--store", store.toString());
        List<String> dates = in2025.lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertTrue(!dates.isEmpty() && dates.stream().allMatch(d -> d.startsWith("2025")), in2025);
        long dated2025 = all.lines().skip(1).filter(l -> l.startsWith("2025")).count();
        assertEquals(dated2025, dates.size(), "a year, a month and a day of 2025 are all in the range");
    }

    @Test
    void anEntityShowsWhatNamesItToo() {
        String openai = kgx(0, "query", "entity", "--param", "name=OpenAI", "--format", "csv", "--queries", "queries",
                "--store", store.toString());
        assertTrue(openai.contains("←") && openai.contains("→"), openai);
        assertTrue(openai.lines().anyMatch(l -> l.contains("←") && l.contains("worksFor")), openai);
    }
}
