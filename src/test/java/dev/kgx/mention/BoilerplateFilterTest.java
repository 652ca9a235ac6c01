package dev.kgx.mention;

import dev.kgx.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoilerplateFilterTest {
    private static final BoilerplateFilter FILTER = BoilerplateFilter.load();

    private static List<String> boilerplate(String text) {
        return FILTER.boilerplate(text).stream().map((Span s) -> s.of(text)).distinct().toList();
    }

    @Test
    void everyLanguagesPageConventionsApplyToEveryPage() {
        assertEquals(List.of("来源:星河日报"), boilerplate("来源:星河日报\n星河集团发布新品。"), "lang/zh");
        assertEquals(List.of("Leia também: o balanço do trimestre"),
                boilerplate("Leia também: o balanço do trimestre\nA Zentrix lucrou."), "lang/pt");
        assertEquals(List.of("Disclaimer: posted by a user of Zentrix Media"),
                boilerplate("星河集团发布新品。\nDisclaimer: posted by a user of Zentrix Media"),
                "lang/en, under a Chinese article");
        assertEquals(List.of("© 2024 Zentrix Media", "https://example.com/a"),
                boilerplate("© 2024 Zentrix Media\nhttps://example.com/a"), "lexicon/boilerplate.tsv");
    }

    @Test
    void articleTextIsNoBoilerplate() {
        assertEquals(List.of(), boilerplate("A Zentrix publicou seu balanço."));
        assertEquals(List.of(), boilerplate("Zentrix published its results by Monday."));
    }
}
