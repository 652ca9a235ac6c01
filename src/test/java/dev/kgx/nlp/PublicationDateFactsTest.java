package dev.kgx.nlp;

import dev.kgx.Docs;
import dev.kgx.extract.FactExtractor;
import dev.kgx.extract.FactAssembly;
import dev.kgx.extract.ProductKnowledge;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Language;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.TemporalValue;
import dev.kgx.resolve.RuleBasedEntityResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the document's publication date reaches the dates of its events. */
class PublicationDateFactsTest {
    private static final CombinedMentionDetector DETECTOR = CombinedMentionDetector.standard();
    private static final RuleBasedEntityResolver RESOLVER = new RuleBasedEntityResolver(Lexicon.load());
    private static final FactAssembly EXTRACTOR = new FactAssembly(
            List.of(new SurfaceFrameProposer()), ProductKnowledge.load());

    private static Event joining(AnalyzedDocument doc) {
        List<Entity> entities = RESOLVER.resolve(doc, DETECTOR.detect(doc));
        FactExtractor.Facts f = EXTRACTOR.extract(doc, entities);
        return f.events().stream().filter(e -> e.type() == EventType.JOINING).findFirst()
                .orElseThrow(() -> new AssertionError("no joining in " + f.events()));
    }

    /** The same document with a publication date from its metadata (front matter or --published). */
    private static AnalyzedDocument published(AnalyzedDocument doc, TemporalValue date) {
        SourceDocument s = doc.source();
        return new AnalyzedDocument(new SourceDocument(s.fileName(), s.sha256(), s.charset(), s.original(), s.text(),
                s.offsets(), s.language(), date, List.of()), doc.sentences());
    }

    @Test
    void aDocumentWithAnImpossibleHeaderDateIsExtracted() {
        AnalyzedDocument doc = Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("发布时间", ":", "2024年", "2月", "30日", "10:00"),
                s("工程师", "Maria Lopez", "于", "今年", "3月", "加入/VV", "微软", "。"));
        Event joining = joining(doc);
        assertEquals("microsoft", joining.objectKey());
        assertNull(joining.date(), "30 February is no publication date, so 今年 has no year");
    }

    @Test
    void theMetadataDateResolvesRelativeDates() {
        AnalyzedDocument doc = Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "于", "今年", "3月", "加入/VV", "微软", "。"));
        assertNull(joining(doc).date());
        assertEquals("2021-03", joining(published(doc, TemporalValue.day(2021, 6, 3))).date().lexical());
    }

    @Test
    void theMetadataDateWinsOverAHeaderDate() {
        AnalyzedDocument doc = Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("更新", "于", "2023-01-05"),
                s("工程师", "Maria Lopez", "于", "今年", "3月", "加入/VV", "微软", "。"));
        assertEquals("2023-03", joining(doc).date().lexical(), "the header's date");
        assertEquals("2021-03", joining(published(doc, TemporalValue.day(2021, 6, 3))).date().lexical());
    }
}
