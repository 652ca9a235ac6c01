package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.model.InputFormat;
import dev.kgx.model.Language;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.TemporalValue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The ingest stage: a file becomes a {@link SourceDocument} (decoded, language identified, normalized). */
public final class DocumentReader {
    private final TextDecoder decoder = new TextDecoder();
    private final LanguageIdentifier languages;
    private final TextNormalizer normalizer;
    private final HtmlText html = HtmlText.load();
    private final OfficeText office = new OfficeText();

    public DocumentReader(ScriptConverter converter) {
        this.languages = new LanguageIdentifier(converter);
        this.normalizer = new TextNormalizer(converter);
    }

    /** Reads a document from bytes; {@code where} names it in messages. */
    public SourceDocument read(String path, byte[] bytes, String where) {
        return read(path, bytes, where, null);
    }

    /**
     * Reads a document from bytes; {@code where} names it in messages. A Markdown file's front matter is
     * metadata, not text: the text to analyse starts after it, and its publication date
     * ({@link FrontMatter}) becomes the document's; otherwise {@code published} (the date given for every file
     * of a run, or null) is.
     */
    public SourceDocument read(String path, byte[] bytes, String where, TemporalValue published) {
        InputFormat format = InputFormat.ofName(path);
        if (format != null && format.extracted()) {
            return readExtracted(path, format, bytes, where, published);
        }
        TextDecoder.Decoded decoded = decoder.decode(bytes, where);
        FrontMatter.Read front = isMarkdown(path) ? FrontMatter.read(decoded.text()) : FrontMatter.Read.none();
        String body = decoded.text().substring(front.bodyStart());
        if (body.isBlank()) {
            throw new InputException(where + ": no text after the front matter");
        }
        Language language = languages.identify(body);
        TextNormalizer.Normalized normalized = normalizer.normalize(decoded.text(), front.bodyStart(),
                LanguageProfile.of(language).toSimplified());
        return new SourceDocument(path, sha256(bytes), decoded.charset(), decoded.text(), normalized.text(),
                normalized.offsets(), language, front.published() != null ? front.published() : published,
                warnings(decoded, front));
    }

    /**
     * An HTML page's article, or a PDF's or Word file's body: the extracted text is the document's original text
     * (evidence offsets point into it, and it is stored with the document). A page's own publication date wins
     * over {@code published}, as a Markdown file's front matter does.
     */
    private SourceDocument readExtracted(String path, InputFormat format, byte[] bytes, String where,
                                         TemporalValue published) {
        String text;
        String charset;
        TemporalValue date = published;
        if (format == InputFormat.HTML) {
            HtmlText.Page page = html.read(bytes, where);
            text = page.text();
            charset = page.charset();
            if (page.published() != null) {
                date = page.published();
            }
        } else {
            text = office.read(format, bytes, where);
            charset = "binary";
        }
        Language language = languages.identify(text);
        TextNormalizer.Normalized normalized = normalizer.normalize(text, 0,
                LanguageProfile.of(language).toSimplified());
        return new SourceDocument(path, sha256(bytes), charset, text, normalized.text(), normalized.offsets(),
                language, date, java.util.List.of(), format);
    }

    private static java.util.List<String> warnings(TextDecoder.Decoded decoded, FrontMatter.Read front) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (decoded.replaced() > 0) {
            out.add(decoded.replaced() + " byte sequence(s) that are not UTF-8 were read as \uFFFD");
        }
        out.addAll(front.warnings());
        return out;
    }

    private static boolean isMarkdown(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
