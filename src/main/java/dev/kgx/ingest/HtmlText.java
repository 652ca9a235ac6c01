package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import dev.kgx.Resources;
import dev.kgx.model.TemporalValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article of a news page: its headline and paragraphs, one per line with a blank line between, without the
 * page's furniture (navigation, scripts, sharing and comment widgets, advertisements), and its publication date
 * when the page says it. Which elements are which is data ({@code dev/kgx/ingest/html.tsv}). The page's charset is
 * read from its bytes (BOM, {@code <meta charset>}), else UTF-8.
 */
public final class HtmlText {
    /** What a page gives: the article's text, the charset its bytes were read in, its publication date or null. */
    public record Page(String text, String charset, TemporalValue published) {
    }

    private final String remove;
    private final List<String> article;
    private final String block;
    private final List<String> title;
    private final List<String> published;

    private HtmlText(String remove, List<String> article, String block, List<String> title, List<String> published) {
        this.remove = remove;
        this.article = article;
        this.block = block;
        this.title = title;
        this.published = published;
    }

    private static final String RESOURCE = "dev/kgx/ingest/html.tsv";

    public static HtmlText load() {
        List<String> remove = new ArrayList<>();
        List<String> article = new ArrayList<>();
        List<String> block = new ArrayList<>();
        List<String> title = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (String line : Resources.lines(RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalStateException(RESOURCE + ": a line needs a kind and a selector: " + line);
            }
            try {
                Selector.evaluatorOf(f[1]); // fails now, naming the line, rather than on the first page
            } catch (Selector.SelectorParseException e) {
                throw new IllegalStateException(RESOURCE + ": not a CSS selector (" + e.getMessage() + "): " + line, e);
            }
            switch (f[0]) {
                case "remove" -> remove.add(f[1]);
                case "article" -> article.add(f[1]);
                case "block" -> block.add(f[1]);
                case "title" -> title.add(f[1]);
                case "published" -> published.add(f[1]);
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + f[0]
                        + " (remove, article, block, title, published): " + line);
            }
        }
        return new HtmlText(String.join(", ", remove), List.copyOf(article), String.join(", ", block),
                List.copyOf(title), List.copyOf(published));
    }

    public Page read(byte[] bytes, String where) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new InputException(where + ": cannot be read as HTML (" + e.getMessage() + ")", e);
        }
        String headline = headline(page);
        TemporalValue date = publicationDate(page);
        page.select(remove).remove();
        Element body = articleElement(page);
        List<String> paragraphs = new ArrayList<>();
        if (!headline.isEmpty()) {
            paragraphs.add(headline);
        }
        Elements blocks = body.select(block);
        for (Element b : blocks) {
            if (!b.select(block).stream().allMatch(inner -> inner == b)) {
                continue; // a block holding blocks (a list item with paragraphs): its inner blocks are read
            }
            String text = b.text().strip();
            if (!text.isEmpty() && !(paragraphs.size() == 1 && text.equals(headline) && !headline.isEmpty())) {
                paragraphs.add(text);
            }
        }
        if (blocks.isEmpty() && !body.text().isBlank()) {
            paragraphs.add(body.text().strip());
        }
        String text = String.join("\n\n", paragraphs);
        if (text.isBlank()) {
            throw new InputException(where + ": the page holds no article text");
        }
        return new Page(text + "\n", page.charset().name(), date);
    }

    /** The candidate element with the most text, or the body. */
    private Element articleElement(Document page) {
        return article.stream().flatMap(s -> page.select(s).stream())
                .max(Comparator.comparingInt(e -> e.text().length()))
                .filter(e -> !e.text().isBlank())
                .orElse(page.body());
    }

    private String headline(Document page) {
        for (String s : title) {
            Element e = page.selectFirst(s);
            if (e != null) {
                String t = e.tagName().equals("meta") ? e.attr("content") : e.text();
                if (!t.isBlank()) {
                    return t.strip();
                }
            }
        }
        return "";
    }

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** The first date the page's metadata gives (content, datetime, or the element's text), as a day. */
    private TemporalValue publicationDate(Document page) {
        for (String s : published) {
            Element e = page.selectFirst(s);
            if (e == null) {
                continue;
            }
            for (String value : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
                Matcher m = ISO_DAY.matcher(value);
                if (m.find()) {
                    var day = TemporalValue.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    if (day.isPresent()) {
                        return day.get();
                    }
                }
            }
        }
        return null;
    }
}
