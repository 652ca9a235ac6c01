package dev.kgx.ingest;

import dev.kgx.model.Language;
import dev.kgx.model.SourceDocument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The ingest stage: a file becomes a {@link SourceDocument} (decoded, language identified, normalized). */
public final class DocumentReader {
    private final TextDecoder decoder = new TextDecoder();
    private final LanguageIdentifier languages;
    private final TextNormalizer normalizer;

    public DocumentReader(ScriptConverter converter) {
        this.languages = new LanguageIdentifier(converter);
        this.normalizer = new TextNormalizer(converter);
    }

    /** Reads a document from bytes; {@code where} names it in messages. */
    public SourceDocument read(String fileName, byte[] bytes, String where) {
        TextDecoder.Decoded decoded = decoder.decode(bytes, where);
        Language language = languages.identify(decoded.text());
        TextNormalizer.Normalized normalized = normalizer.normalize(decoded.text(), language.isChinese());
        return new SourceDocument(fileName, sha256(bytes), decoded.charset(), decoded.text(), normalized.text(),
                normalized.offsets(), language);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
