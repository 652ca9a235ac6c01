package dev.kgx.model;

import java.util.List;
import java.util.Objects;

/**
 * One input file after ingest: its original text as decoded from the file, the normalized text every later
 * stage works on, and the map between the two.
 *
 * @param path       the document's path, which identifies it in the store: relative to the folder given to
 *                   {@code extract}, or absolute for a file given by name, with {@code /} between folders
 * @param sha256     hex digest of the file's bytes, used to skip unchanged files
 * @param charset    the charset the bytes were decoded with
 * @param original   the decoded text of the file, unchanged
 * @param text       the normalized text (NFKC, Traditional Chinese converted to Simplified)
 * @param offsets    maps spans of {@code text} back to spans of {@code original}
 * @param language   the document's language as detected
 * @param published  the publication date the document's metadata gives (a Markdown file's front matter, or
 *                   {@code kgx extract --published}), or null; a date the text itself states is found later, by
 *                   {@code DateNormalizer.publicationDate}
 * @param warnings   what the user should know about how the file was read (a front-matter date that is none…)
 * @param format     the kind of file; for one whose text is extracted (HTML, PDF, DOCX), {@code original} is that
 *                   text, which is stored with the document
 */
public record SourceDocument(String path, String sha256, String charset, String original, String text,
                             OffsetMap offsets, Language language, TemporalValue published, List<String> warnings,
                             InputFormat format) {
    public SourceDocument {
        Objects.requireNonNull(path);
        Objects.requireNonNull(text);
        Objects.requireNonNull(offsets);
        Objects.requireNonNull(format);
        warnings = List.copyOf(warnings);
        if (offsets.normalizedLength() != text.length()) {
            throw new IllegalArgumentException("offset map does not fit the normalized text of " + path);
        }
    }

    /** A document read from a text file (plain text, or Markdown by its name). */
    public SourceDocument(String path, String sha256, String charset, String original, String text,
                          OffsetMap offsets, Language language, TemporalValue published, List<String> warnings) {
        this(path, sha256, charset, original, text, offsets, language, published, warnings,
                InputFormat.ofName(path) == InputFormat.MARKDOWN ? InputFormat.MARKDOWN : InputFormat.TEXT);
    }

    /** A document without metadata. */
    public SourceDocument(String path, String sha256, String charset, String original, String text,
                          OffsetMap offsets, Language language) {
        this(path, sha256, charset, original, text, offsets, language, null, List.of());
    }

    /** The file's name: the last part of its path. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The span of the original file that a span of the normalized text came from. */
    public Span originalSpan(Span normalized) {
        return offsets.toOriginal(normalized);
    }

    /** The original characters behind a span of the normalized text. */
    public String originalText(Span normalized) {
        return originalSpan(normalized).of(original);
    }
}
