package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.TemporalValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader(TextNormalizerTest.FAKE);

    private SourceDocument read(String fileName, String text, TemporalValue published) {
        return reader.read(fileName, text.getBytes(StandardCharsets.UTF_8), fileName, published);
    }

    @Test
    void frontMatterIsMetadataNotText() {
        String file = "---\ntitle: 腾讯发布新产品\nauthor: 张三\ndate: 2021-06-03\n---\n腾讯今日发布了新产品。";
        SourceDocument doc = read("news.md", file, null);
        assertEquals("腾讯今日发布了新产品。", doc.text(), "no title or author to find names in");
        assertEquals(TemporalValue.day(2021, 6, 3), doc.published());
        Span first = new Span(0, 2);
        assertEquals("腾讯", doc.originalText(first), "offsets still point into the whole file");
        assertEquals(file.indexOf("腾讯今日"), doc.originalSpan(first).begin());
    }

    @Test
    void frontMatterDateWinsOverTheDateOfTheRun() {
        SourceDocument doc = read("news.md", "---\ndate: 2021-06-03\n---\n腾讯今日发布了新产品。",
                TemporalValue.day(2024, 1, 1));
        assertEquals(TemporalValue.day(2021, 6, 3), doc.published());
    }

    @Test
    void theDateOfTheRunDatesFilesWithoutOne() {
        TemporalValue run = TemporalValue.day(2024, 1, 1);
        assertEquals(run, read("news.txt", "腾讯今日发布了新产品。", run).published());
        assertEquals(run, read("news.md", "# 标题\n腾讯今日发布了新产品。", run).published());
        assertNull(read("news.txt", "腾讯今日发布了新产品。", null).published());
    }

    @Test
    void aTextFileKeepsItsDashesAsText() {
        String file = "---\ndate: 2021-06-03\n---\n腾讯今日发布了新产品。";
        SourceDocument doc = read("news.txt", file, null);
        assertEquals(file, doc.text());
        assertNull(doc.published());
    }

    @Test
    void aMalformedFrontMatterDateIsAWarningNotAFailure() {
        SourceDocument doc = read("news.md", "---\ndate: someday\n---\n腾讯今日发布了新产品。", null);
        assertNull(doc.published());
        assertEquals("腾讯今日发布了新产品。", doc.text());
        assertTrue(doc.warnings().get(0).contains("not a date"), doc.warnings().toString());
    }

    @Test
    void aFileWithOnlyFrontMatterIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> read("empty.md", "---\ndate: 2021-06-03\n---\n  \n", null));
        assertTrue(e.getMessage().contains("no text after the front matter"), e.getMessage());
    }
}
