package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import dev.kgx.model.TemporalValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTextTest {
    private final HtmlText html = HtmlText.load();

    private static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/ingest", name));
    }

    @Test
    void theArticleIsItsHeadlineAndParagraphsWithoutThePagesFurniture() throws Exception {
        HtmlText.Page page = html.read(fixture("news.html"), "news.html");
        assertEquals(List.of("Zentrix buys Northwind Labs",
                "Zentrix Corp acquired Northwind Labs in March 2023, the company said on Tuesday.",
                "Jane Doe, the chief executive of Zentrix Corp, said the deal would double its research staff.",
                "Northwind Labs was founded in 2015."), page.text().lines().filter(l -> !l.isBlank()).toList());
        for (String furniture : List.of("Globex", "Acme Widgets", "Initrode", "Umbrella", "Hooli", "Initech",
                "Home ›", "color: red")) {
            assertFalse(page.text().contains(furniture), furniture);
        }
        assertEquals(TemporalValue.day(2023, 3, 15), page.published());
        assertEquals("UTF-8", page.charset());
    }

    @Test
    void thePagesCharsetIsReadFromItsMetaElement() throws Exception {
        HtmlText.Page page = html.read(fixture("news-gbk.html"), "news-gbk.html");
        assertTrue(page.text().contains("星河科技宣布收购云帆数据。"), page.text());
        assertEquals("GBK", page.charset());
        assertEquals(null, page.published());
    }

    @Test
    void aPageWithoutAnArticleElementIsReadFromItsBody() {
        byte[] bytes = "<html><body><div><p>First paragraph.</p><p>Second one.</p></div></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("First paragraph.\n\nSecond one.\n", html.read(bytes, "x.html").text());
    }

    @Test
    void aPageWithNoTextIsRefusedWithItsName() {
        byte[] bytes = "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> html.read(bytes, "empty.html"));
        assertTrue(e.getMessage().startsWith("empty.html: "), e.getMessage());
    }

    @Test
    void templateClassesOnTheArticleOrWhatHoldsItNeverRemoveIt() {
        // a WordPress post in a theme with a sidebar, inside an ASP.NET form, with a logo h1 and a date in the header
        String page = "<html><body class=\"has-sidebar\"><form runat=\"server\">"
                + "<div class=\"masthead\"><h1>Daily Ledger</h1><time datetime=\"2031-01-01\">today</time></div>"
                + "<article class=\"post-12 post hentry tag-economy\"><h2>Zentrix buys Northwind</h2>"
                + "<div class=\"share-buttons\">Share on Initrode</div>"
                + "<p>Zentrix Corp acquired Northwind Labs.</p></article>"
                + "<aside class=\"sidebar\"><p>Umbrella Corp news</p></aside></form></body></html>";
        HtmlText.Page read = html.read(page.getBytes(StandardCharsets.UTF_8), "wp.html");
        assertEquals(List.of("Zentrix buys Northwind", "Zentrix Corp acquired Northwind Labs."),
                read.text().lines().filter(l -> !l.isBlank()).toList());
        assertEquals(null, read.published(), "a date outside the article is not the page's");
    }

    @Test
    void textBetweenBlocksIsKeptAsParagraphs() {
        String page = "<html><body><div class=\"article-body\">Zentrix Corp acquired Northwind Labs.<br><br>"
                + "Jane Doe leads it.<ul><li>Founded in 2015.</li></ul>It employs 40 people.</div></body></html>";
        assertEquals(List.of("Zentrix Corp acquired Northwind Labs.", "Jane Doe leads it.", "Founded in 2015.",
                "It employs 40 people."), html.read(page.getBytes(StandardCharsets.UTF_8), "x.html").text().lines()
                .filter(l -> !l.isBlank()).toList());
    }
}
