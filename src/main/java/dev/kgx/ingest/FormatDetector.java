package dev.kgx.ingest;

import dev.kgx.model.InputFormat;
import org.apache.tika.Tika;

/**
 * The format of bytes that come without a file name (standard input), from their content: Apache Tika's magic
 * numbers and markup detection. Anything that is not HTML, PDF or a Word file is read as plain text.
 */
public final class FormatDetector {
    private static final Tika TIKA = new Tika();

    private FormatDetector() {
    }

    public static InputFormat detect(byte[] bytes) {
        String type = TIKA.detect(bytes);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> InputFormat.HTML;
            case "application/pdf" -> InputFormat.PDF;
            // tika-core alone sees a .docx as the zip it is; a Word file is the only zip kgx reads
            case "application/zip", "application/x-tika-ooxml",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> InputFormat.DOCX;
            default -> type.equals("text/markdown") ? InputFormat.MARKDOWN : InputFormat.TEXT;
        };
    }
}
