package dev.kgx.model;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file kgx reads, told by their name's extension. Plain text and Markdown are decoded as they are;
 * the text of the others is extracted (an HTML page's article, a PDF's or a Word document's body), and that text,
 * which evidence offsets point into, is stored with the document.
 */
public enum InputFormat {
    TEXT("text/plain", false, "txt"),
    MARKDOWN("text/markdown", false, "md"),
    HTML("text/html", true, "html", "htm", "xhtml"),
    PDF("application/pdf", true, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true, "docx");

    private final String mediaType;
    private final boolean extracted;
    private final List<String> extensions;

    InputFormat(String mediaType, boolean extracted, String... extensions) {
        this.mediaType = mediaType;
        this.extracted = extracted;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the document's text is extracted from the file rather than the file's own text. */
    public boolean extracted() {
        return extracted;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension names, or null (a folder's other files are not read). */
    public static InputFormat ofName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String e : f.extensions) {
                if (lower.endsWith("." + e)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Every extension kgx reads, dotted, for messages: ".txt, .md, .html…". */
    public static String allExtensions() {
        return String.join(", ", java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream())
                .map(e -> "." + e).toList());
    }
}
