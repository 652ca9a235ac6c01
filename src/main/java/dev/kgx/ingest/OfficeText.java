package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import dev.kgx.model.InputFormat;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body text of a PDF or a Word (.docx) file, by Apache Tika's parsers for them. Paragraphs are kept, one per
 * line with a blank line between: a Word file's are its own; a PDF's are separated by blank lines, and the line
 * breaks inside them (its layout's, not the author's) are joined: with nothing between two Han characters, with
 * a space otherwise.
 */
public final class OfficeText {
    public String read(InputFormat format, byte[] bytes, String where) {
        Parser parser = switch (format) {
            case PDF -> new PDFParser();
            case DOCX -> new OOXMLParser();
            default -> throw new IllegalArgumentException("not a PDF or Word format: " + format);
        };
        BodyContentHandler handler = new BodyContentHandler(-1);
        try {
            parser.parse(new ByteArrayInputStream(bytes), handler, new Metadata(), new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new InputException(where + ": the " + format.extension().toUpperCase(java.util.Locale.ROOT)
                    + " file is encrypted; kgx cannot read it", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new InputException(where + ": cannot be read as " + format.extension().toUpperCase(
                    java.util.Locale.ROOT) + " (" + firstLine(e) + ")", e);
        }
        String text = format == InputFormat.PDF ? paragraphs(handler.toString())
                : handler.toString().lines().map(String::strip).filter(l -> !l.isEmpty())
                        .collect(java.util.stream.Collectors.joining("\n\n", "", "\n"));
        if (text.isBlank()) {
            throw new InputException(where + ": no text in the file (a scanned document needs OCR first)");
        }
        return text;
    }

    /** Lines grouped into paragraphs at blank lines, each paragraph's lines joined. */
    static String paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : raw.split("\\R", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                if (paragraph.length() > 0) {
                    out.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                continue;
            }
            if (paragraph.length() > 0) {
                char before = paragraph.charAt(paragraph.length() - 1);
                if (!(isHan(before) && isHan(l.charAt(0)))) {
                    paragraph.append(' ');
                }
            }
            paragraph.append(l);
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
        return out.isEmpty() ? "" : String.join("\n\n", out) + "\n";
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF'; // CJK punctuation, full-width forms
    }

    private static String firstLine(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
