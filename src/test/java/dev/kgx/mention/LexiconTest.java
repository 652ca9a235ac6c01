package dev.kgx.mention;

import dev.kgx.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    private final Lexicon lexicon = new Lexicon(List.of(
            new Lexicon.Entry("acme", EntityType.COMPANY, List.of("AcmeSoft", "艾克美"), Lexicon.Match.FOLD, "test"),
            new Lexicon.Entry("pointer", EntityType.PRODUCT, List.of("Pointer"), Lexicon.Match.EXACT, "test"),
            new Lexicon.Entry("pear", EntityType.COMPANY, List.of("梨子"), Lexicon.Match.CUE, "test")));

    private List<String> found(String text) {
        return lexicon.find(text).stream().map(h -> h.span().of(text) + "=" + h.entry().id()).toList();
    }

    @Test
    void foldedNamesMatchAcrossCaseAndSpacing() {
        assertEquals(List.of("acmesoft=acme"), found("我们用 acmesoft 做测试"));
        assertEquals(List.of("Acme Soft=acme"), found("Acme Soft said so."));
    }

    @Test
    void exactNamesMatchOnlyAsWritten() {
        assertEquals(List.of("Pointer=pointer"), found("He used Pointer daily."));
        assertTrue(found("move the pointer here").isEmpty());
        assertTrue(found("Pointers are tricky").isEmpty(), "no match inside a longer word");
    }

    @Test
    void chineseNamesMatchInsideChineseText() {
        assertEquals(List.of("艾克美=acme"), found("据艾克美报道"));
    }

    @Test
    void cueEntriesAreMarkedAsNeedingContext() {
        assertTrue(lexicon.find("我吃了一个梨子").get(0).needsContext());
    }

    @Test
    void keysFindEntriesWhateverTheSpelling() {
        assertEquals("acme", lexicon.byKey(NameKeys.key("Acme-Soft")).id());
    }

    @Test
    void misspelledLongNamesAreFoundButShortOrAmbiguousOnesAreNot() {
        Lexicon l = new Lexicon(List.of(
                new Lexicon.Entry("acme", EntityType.COMPANY, List.of("Acmesoftware"), Lexicon.Match.FOLD, "test"),
                new Lexicon.Entry("globex", EntityType.COMPANY, List.of("Globex"), Lexicon.Match.EXACT, "test")));
        java.util.function.Predicate<dev.kgx.model.Span> none = s -> false;
        assertEquals(List.of("Acmesoftwear"), l.findMisspelled("They use Acmesoftwear daily", none).stream()
                .map(h -> h.span().of("They use Acmesoftwear daily")).toList());
        assertEquals(1, l.findMisspelled("Globax shares", none).size(), "one edit on a six-letter name");
        assertTrue(l.findMisspelled("Glibix shares", none).isEmpty(), "two edits on a six-letter name is too many");
        assertTrue(l.findMisspelled("Blobex shares", none).isEmpty(), "the first three letters must agree");
        assertTrue(l.findMisspelled("the globax", none).isEmpty(), "only capitalized words");
    }

    @Test
    void bundledLexiconLoadsAndEveryEntryHasASource() {
        Lexicon bundled = Lexicon.load();
        assertTrue(bundled.entries().size() > 100);
        for (Lexicon.Entry e : bundled.entries()) {
            assertNotNull(e.source());
            assertTrue(!e.source().isBlank() && !e.names().isEmpty(), e.id());
        }
    }
}
