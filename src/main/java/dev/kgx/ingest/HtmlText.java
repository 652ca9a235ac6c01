package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import dev.kgx.Resources;
import dev.kgx.model.TemporalValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        Element article = articleElement(page);
        String headline = headline(page, article);
        TemporalValue date = publicationDate(page, article);
        // furniture goes, but never the article or what holds it (a body of class "has-sidebar", an ASP.NET
        // form around the page, an article of class "tag-economy")
        for (Element e : page.select(remove)) {
            if (e != article && !article.parents().contains(e)) {
                e.remove();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (!headline.isEmpty()) {
            paragraphs.add(headline);
        }
        StringBuilder loose = new StringBuilder();
        collect(article, paragraphs, loose);
        flush(loose, paragraphs);
        if (paragraphs.size() > 1 && paragraphs.get(1).equals(headline)) {
            paragraphs.remove(1); // the headline is also the article's first heading
        }
        String text = String.join("\n\n", paragraphs);
        if (text.isBlank()) {
            throw new InputException(where + ": the page holds no article text");
        }
        return new Page(text + "\n", page.charset().name(), date);
    }

    /**
     * The article's paragraphs in document order: each block element's text (a paragraph, heading, list item…
     * holding no other block), and the text between blocks, cut at line breaks and at other elements' edges.
     */
    private void collect(Element element, List<String> paragraphs, StringBuilder loose) {
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode t) {
                loose.append(t.text());
            } else if (child instanceof Element e) {
                boolean isBlock = e.is(block);
                if (e.tagName().equals("br") || isBlock || e.isBlock()) {
                    flush(loose, paragraphs);
                }
                if (isBlock && e.select(block).size() == 1) {
                    add(e.text(), paragraphs);
                } else {
                    collect(e, paragraphs, loose);
                    if (isBlock || e.isBlock()) {
                        flush(loose, paragraphs);
                    }
                }
            }
        }
    }

    private static void flush(StringBuilder loose, List<String> paragraphs) {
        add(loose.toString(), paragraphs);
        loose.setLength(0);
    }

    private static void add(String text, List<String> paragraphs) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (!t.isEmpty()) {
            paragraphs.add(t);
        }
    }

    /** The candidate element with the most text, or the body. */
    private Element articleElement(Document page) {
        return article.stream().flatMap(s -> page.select(s).stream())
                .max(Comparator.comparingInt(e -> e.text().length()))
                .filter(e -> !e.text().isBlank())
                .orElse(page.body());
    }

    /**
     * The first headline the selectors find: metadata and the document title on the page, elements inside the
     * article (a site's logo is often the page's first h1).
     */
    private String headline(Document page, Element article) {
        for (String s : title) {
            Element e = (s.startsWith("meta") || s.equals("title") ? page : article).selectFirst(s);
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
    private TemporalValue publicationDate(Document page, Element article) {
        for (String s : published) {
            // a time element counts inside the article only: a page header or a "latest news" box holds others
            Element e = (s.startsWith("time") ? article : page).selectFirst(s);
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
