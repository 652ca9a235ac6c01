package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import dev.kgx.model.InputFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDF and Word files made with PDFBox and Apache POI ({@link OfficeTextTestFiles}), then read. */
class OfficeTextTest {
    private final OfficeText office = new OfficeText();

    @Test
    void aPdfsWrappedLinesAreOneParagraph() throws Exception {
        byte[] pdf = OfficeTextTestFiles.pdf(List.of("Zentrix Corp acquired Northwind Labs", "in March 2023."));
        String text = office.read(InputFormat.PDF, pdf, "a.pdf");
        assertEquals("Zentrix Corp acquired Northwind Labs in March 2023.\n", text);
    }

    @Test
    void aWordFilesParagraphsAreKept() throws Exception {
        byte[] docx = OfficeTextTestFiles.docx(List.of("Zentrix Corp acquired Northwind Labs.",
                "Jane Doe leads Zentrix."));
        String text = office.read(InputFormat.DOCX, docx, "a.docx");
        assertEquals("Zentrix Corp acquired Northwind Labs.\n\nJane Doe leads Zentrix.\n", text);
    }

    @Test
    void linesOfChineseJoinWithoutASpace() {
        assertEquals("星河科技宣布收购云帆数据。\n\nSecond paragraph here.\n",
                OfficeText.paragraphs("星河科技宣布\n收购云帆数据。\n\nSecond paragraph\nhere.\n"));
    }

    @Test
    void aFileThatIsNoPdfIsRefusedWithItsName() {
        InputException e = assertThrows(InputException.class, () -> office.read(InputFormat.PDF,
                "not a pdf at all".getBytes(StandardCharsets.UTF_8), "broken.pdf"));
        assertTrue(e.getMessage().startsWith("broken.pdf: cannot be read as PDF"), e.getMessage());
    }

    @Test
    void aPdfWithoutTextSaysItNeedsOcr() throws Exception {
        byte[] empty = OfficeTextTestFiles.pdf(List.of());
        InputException e = assertThrows(InputException.class, () -> office.read(InputFormat.PDF, empty, "scan.pdf"));
        assertTrue(e.getMessage().contains("no text"), e.getMessage());
    }

    @Test
    void theFormatOfBytesWithoutANameIsToldFromTheirContent() throws Exception {
        assertEquals(InputFormat.PDF, FormatDetector.detect(OfficeTextTestFiles.pdf(List.of("x"))));
        assertEquals(InputFormat.DOCX, FormatDetector.detect(OfficeTextTestFiles.docx(List.of("x"))));
        assertEquals(InputFormat.HTML, FormatDetector.detect("<!DOCTYPE html><html><body><p>x</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.TEXT, FormatDetector.detect("Zentrix acquired Northwind.".getBytes(
                StandardCharsets.UTF_8)));
    }
}
