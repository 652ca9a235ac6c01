package dev.kgx.nlp;

import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Dependency;
import dev.kgx.model.Entity;
import dev.kgx.model.Language;
import dev.kgx.model.Parse;
import dev.kgx.model.Sentence;
import dev.kgx.model.SourceDocument;
import dev.kgx.ingest.DocumentReader;
import dev.kgx.resolve.RuleBasedEntityResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency parse (left out by {@code kgx extract --no-dependencies}) with CoreNLP's real parsers: a sentence that
 * names two entities around a trigger is parsed with each name one token; other sentences are not parsed.
 */
class StructureParserIT {
    private static final NlpModels MODELS = NlpModels.shared();

    private static AnalyzedDocument parsed(String fileName, String text) {
        DocumentReader reader = new DocumentReader(MODELS.scriptConverter());
        SourceDocument doc = reader.read(fileName, text.getBytes(StandardCharsets.UTF_8), fileName, null);
        AnalyzedDocument analyzed = new ProfileAnalyzer(MODELS).analyze(doc);
        List<Entity> entities = new RuleBasedEntityResolver(Lexicon.load())
                .resolve(analyzed, CombinedMentionDetector.standard().detect(analyzed));
        return new CoreNlpStructureParser(MODELS).parse(analyzed, entities);
    }

    private static String word(Parse parse, int index) {
        return index < 0 ? "ROOT" : parse.tokens().get(index).word();
    }

    @Test
    void anEnglishSentenceWithTwoNamesAndATriggerIsParsedWithEachNameOneToken() {
        AnalyzedDocument doc = parsed("a.txt", "Microsoft agreed to invest in OpenAI last year.\n"
                + "The weather was fine.\n");
        assertEquals(Language.ENGLISH, doc.source().language());
        Parse parse = doc.sentences().get(0).parse();
        assertNotNull(parse);
        assertTrue(parse.tokens().stream().anyMatch(t -> t.word().equals("OpenAI")), parse.tokens().toString());
        assertTrue(parse.dependencies().stream().anyMatch(d -> word(parse, d.dependent()).equals("Microsoft")
                && d.relation().startsWith("nsubj")), parse.dependencies().toString());
        assertNull(doc.sentences().get(1).parse(), "no names, no trigger: not parsed");
    }

    @Test
    void aChineseSentenceIsParsedWithANameOfSeveralWordsAsOneToken() {
        AnalyzedDocument doc = parsed("b.txt", "微软公司于2019年投资了OpenAI。\n");
        Sentence s = doc.sentences().get(0);
        Parse parse = s.parse();
        assertNotNull(parse);
        assertTrue(parse.tokens().stream().anyMatch(t -> t.word().equals("微软公司") || t.word().equals("微软")),
                parse.tokens().toString());
        assertFalse(parse.dependencies().isEmpty());
        assertTrue(parse.dependencies().stream().map(Dependency::relation).anyMatch(r -> r.startsWith("nsubj")),
                parse.dependencies().toString());
    }

    @TempDir
    Path dir;

    private static String kgx(int expectedCode, String... args) {
        dev.kgx.Cli.Run run = dev.kgx.Cli.run(args);
        assertEquals(expectedCode, run.code(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run.out();
    }

    private static boolean leftMetaIn2018(Path store) {
        return kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> ASK { ?e a kgx:Departure ; "
                + "kgx:object <https://kgx.dev/id/entity/meta> ; kgx:date ?d FILTER(str(?d) = \"2018\") }",
                "--store", store.toString()).contains("true");
    }

    @Test
    void extractReadsTheParseUnlessToldNotTo() throws Exception {
        // a coordinated verb whose subject is the sentence's first name: the frames do not read it, the parse does
        Path article = dir.resolve("hire.txt");
        Files.writeString(article, "Anthropic has hired Mike Krieger, a co-founder of Instagram, as its chief "
                + "product officer. Krieger co-founded Instagram with Kevin Systrom in 2010 and left Meta in 2018.\n");
        Path parsed = dir.resolve("parsed");
        kgx(0, "extract", article.toString(), "--store", parsed.toString());
        assertTrue(leftMetaIn2018(parsed));
        Path unparsed = dir.resolve("unparsed");
        kgx(0, "extract", "--no-dependencies", article.toString(), "--store", unparsed.toString());
        assertFalse(leftMetaIn2018(unparsed));
    }
}
