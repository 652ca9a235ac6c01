package dev.kgx.extract;

import dev.kgx.Docs;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Language;
import dev.kgx.model.Mention;
import dev.kgx.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AnaphoraTest {
    private static Entity author(Language language, String... bylineWords) {
        AnalyzedDocument doc = Docs.analyzed(language, s(bylineWords), s("Zentrix", "grew", "."));
        Mention m = new Mention(new Span(0, 1), "Maria Lopez", EntityType.PERSON, "test", "test", 1, null);
        Entity maria = new Entity("maria-lopez", EntityType.PERSON, "Maria Lopez",
                Set.of(new Entity.Name("Maria Lopez", "en")), List.of(m), "test", null);
        return Anaphora.findAuthor(doc, Map.of(m, maria));
    }

    @Test
    void theBylineIsIntroducedByTheWordsOfTheDocumentsLanguage() {
        assertEquals("Maria Lopez", author(Language.ENGLISH, "By", "Maria", "Lopez").label());
        assertEquals("Maria Lopez", author(Language.PORTUGUESE, "Por", "Maria", "Lopez").label());
        assertEquals("Maria Lopez", author(Language.CHINESE_SIMPLIFIED, "作者", ":", "Maria Lopez").label());
        assertNull(author(Language.PORTUGUESE, "By", "Maria", "Lopez"), "By is no Portuguese byline word");
        assertNull(author(Language.ENGLISH, "Maria", "Lopez"), "a name alone is no byline");
    }
}
