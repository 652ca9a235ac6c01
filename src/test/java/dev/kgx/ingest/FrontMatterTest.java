package dev.kgx.ingest;

import dev.kgx.model.TemporalValue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterTest {
    @Test
    void dateOfTheFrontMatterAndWhereTheBodyStarts() {
        String text = "---\ntitle: 新车发布\ndate: 2021-06-03\ntags: [汽车]\n---\n正文第一段。";
        FrontMatter.Read read = FrontMatter.read(text);
        assertEquals(TemporalValue.day(2021, 6, 3), read.published());
        assertEquals("正文第一段。", text.substring(read.bodyStart()));
        assertTrue(read.warnings().isEmpty());
    }

    @Test
    void aDateTimeGivesItsDateAsWritten() {
        assertEquals(TemporalValue.day(2021, 6, 3),
                FrontMatter.read("---\ndate: 2021-06-03T07:57:45Z\n---\nbody").published());
        assertEquals(TemporalValue.day(2021, 6, 3),
                FrontMatter.read("---\ndate: \"2021-06-03 23:50:00 +08:00\"\n---\nbody").published());
        assertEquals(TemporalValue.day(2021, 6, 3),
                FrontMatter.read("---\ndate: '2021-06-03' # from the feed\n---\nbody").published());
    }

    @Test
    void publishedWinsOverDateAndIsNotJekyllsFlag() {
        assertEquals(TemporalValue.day(2024, 5, 17),
                FrontMatter.read("---\ndate: 2024-05-01\npublished: 2024-05-17\n---\nbody").published());
        FrontMatter.Read flag = FrontMatter.read("---\npublished: true\ndate: 2024-05-01\n---\nbody");
        assertEquals(TemporalValue.day(2024, 5, 1), flag.published());
        assertTrue(flag.warnings().isEmpty(), flag.warnings().toString());
    }

    @Test
    void aMalformedDateIsAWarningAndNoDate() {
        FrontMatter.Read bad = FrontMatter.read("---\ndate: last Tuesday\n---\nbody");
        assertNull(bad.published());
        assertEquals(1, bad.warnings().size());
        assertTrue(bad.warnings().get(0).contains("date: last Tuesday"), bad.warnings().toString());
        assertEquals("body", "---\ndate: last Tuesday\n---\nbody".substring(bad.bodyStart()));

        FrontMatter.Read impossible = FrontMatter.read("---\ndate: 2021-02-30\n---\nbody");
        assertNull(impossible.published());
        assertEquals(1, impossible.warnings().size());
    }

    @Test
    void nestedKeysAreNotTheDocumentsDate() {
        FrontMatter.Read read = FrontMatter.read("---\nsource:\n  date: 2020-01-01\n---\nbody");
        assertNull(read.published());
        assertTrue(read.warnings().isEmpty());
    }

    @Test
    void noFrontMatterOrOneThatNeverCloses() {
        assertEquals(0, FrontMatter.read("标题\n---\n正文").bodyStart());
        assertTrue(FrontMatter.read("标题\n---\n正文").warnings().isEmpty());
        FrontMatter.Read open = FrontMatter.read("---\ndate: 2021-06-03\n正文没有结束线");
        assertEquals(0, open.bodyStart());
        assertNull(open.published());
        assertTrue(open.warnings().get(0).contains("no closing"), open.warnings().toString());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMark() {
        String text = "\uFEFF---\r\ndate: 2022-09-07\r\n---\r\n正文";
        FrontMatter.Read read = FrontMatter.read(text);
        assertEquals(TemporalValue.day(2022, 9, 7), read.published());
        assertEquals("正文", text.substring(read.bodyStart()));
    }
}
