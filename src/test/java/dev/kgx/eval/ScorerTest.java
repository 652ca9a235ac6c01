package dev.kgx.eval;

import com.hankcs.hanlp.HanLP;
import dev.kgx.Cli;
import dev.kgx.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kgx eval} gives what the team's scorer gives: on a graph and gold annotation written for this test
 * ({@code src/test/resources/eval}), its output is the scorer's ({@code expected-score.txt} is
 * {@code score.py graph.trig gold.json --ontology ontology/kgx.ttl -v}, run once).
 */
class ScorerTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");

    @Test
    void aGraphFileIsScoredAsTheTeamsScorerScoresIt() throws Exception {
        Cli.Run run = Cli.run("eval", EVAL.resolve("gold.json").toString(), "--graph",
                EVAL.resolve("graph.trig").toString(), "-v");
        assertEquals(0, run.code(), run.err());
        String expected = Files.readString(EVAL.resolve("expected-score.txt"));
        // the summary line for line; the lists of -v as sets (the scorer lists them in its sets' hash order)
        assertEquals(expected.substring(0, expected.indexOf("\n-- ")), run.out().substring(0,
                run.out().indexOf("\n-- ")));
        assertEquals(expected.lines().sorted().toList(), run.out().lines().sorted().toList());
    }

    @Test
    void theStoreIsScoredAndTheFiguresComeAsJson(@TempDir Path dir) {
        Path store = dir.resolve("store");
        TestStores.twoDocuments(store);
        Path gold = EVAL.resolve("gold.json");
        Cli.Run run = Cli.run("eval", gold.toString(), "--docs", "a", "--json", "--store", store.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"relation_counts\""), run.out());
        // a.txt of the store names Jane Doe and Zentrix: both found, typed; one of the gold's three is missed
        assertTrue(run.out().replaceAll("\\s", "").contains("\"entity\":{\"p\":1.0,\"r\":0.6666666666666666"), run.out());
    }

    @Test
    void aGoldFileThatIsNoAnnotationOrAnUnknownDocumentIsRefused(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schema\": \"other\"}");
        Cli.Run run = Cli.run("eval", bad.toString(), "--graph", EVAL.resolve("graph.trig").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("not a kg-gold/1 annotation"), run.err());
        Cli.Run unknown = Cli.run("eval", EVAL.resolve("gold.json").toString(), "--graph",
                EVAL.resolve("graph.trig").toString(), "--docs", "zz");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("zz is no document"), unknown.err());
    }

    @Test
    void pythonRoundingIsKept() {
        assertEquals("0.12", ScoreReport.fixed(0.125, 2), "half to even on the exact value, as %.2f in Python");
        assertEquals("0.667", ScoreReport.fixed(2.0 / 3, 3));
        assertEquals("学", HanLP.convertToSimplifiedChinese("學"));
    }
}
