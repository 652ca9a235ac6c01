package dev.kgx.nlp;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Language;
import dev.kgx.model.OffsetMap;
import dev.kgx.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileAnalyzerTest {
    @Test
    void eachDocumentGoesToTheAnalysisItsLanguageProfileNames() {
        List<String> calls = new ArrayList<>();
        Analyzer chinese = d -> {
            calls.add("chinese " + d.language().tag());
            return new AnalyzedDocument(d, List.of());
        };
        Analyzer latin = d -> {
            calls.add("latin " + d.language().tag());
            return new AnalyzedDocument(d, List.of());
        };
        ProfileAnalyzer analyzer = new ProfileAnalyzer(chinese, latin);
        for (Language l : List.of(Language.CHINESE_TRADITIONAL, Language.PORTUGUESE, Language.ENGLISH,
                Language.OTHER, Language.CHINESE_SIMPLIFIED)) {
            analyzer.analyze(new SourceDocument("a.txt", "0".repeat(64), "UTF-8", "x", "x", OffsetMap.identity(1), l));
        }
        assertEquals(List.of("chinese zh-Hant", "latin pt", "latin en", "latin und", "chinese zh-Hans"), calls);
    }
}
