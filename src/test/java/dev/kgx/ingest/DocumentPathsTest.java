package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentPathsTest {
    @TempDir
    Path dir;

    private static List<String> paths(List<InputFile> files) {
        return files.stream().map(InputFile::documentPath).toList();
    }

    @Test
    void aFileInAFolderIsKnownByItsPathInsideIt() throws Exception {
        Files.createDirectories(dir.resolve("in/a"));
        Files.createDirectories(dir.resolve("in/b"));
        Files.writeString(dir.resolve("in/a/x.txt"), "one");
        Files.writeString(dir.resolve("in/b/x.txt"), "two");
        Files.writeString(dir.resolve("in/新闻.txt"), "three");
        Files.writeString(dir.resolve("in/报道.md"), "four");
        Files.writeString(dir.resolve("in/notes.pdf"), "a PDF: read");
        Files.writeString(dir.resolve("in/table.csv"), "not an article");
        List<InputFile> files = DocumentPaths.collect(List.of(dir.resolve("in")), why -> {
            throw new AssertionError(why);
        });
        assertEquals(List.of("a/x.txt", "b/x.txt", "notes.pdf", "报道.md", "新闻.txt"), paths(files));
    }

    @Test
    void aFileGivenByNameIsKnownByItsAbsolutePath() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "one");
        List<InputFile> files = DocumentPaths.collect(List.of(file),
                why -> {
                    throw new AssertionError(why);
                });
        assertEquals(List.of(file.toAbsolutePath().normalize().toString()), paths(files));
    }

    @Test
    void twoFilesThatWouldBeOneDocumentStopTheRun() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.txt"), "one");
        Files.writeString(dir.resolve("b/x.txt"), "two");
        InputException e = assertThrows(InputException.class,
                () -> DocumentPaths.collect(List.of(dir.resolve("a"), dir.resolve("b")), why -> {
                }));
        assertTrue(e.getMessage().contains("x.txt") && e.getMessage().contains("one document"), e.getMessage());
    }

    @Test
    void theSameFolderGivenTwiceIsNoClash() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "one");
        assertEquals(List.of("x.txt"), paths(DocumentPaths.collect(List.of(dir, dir), why -> {
        })));
    }

    @Test
    void aNameThatIsNotUtf8IsLeftOutWithItsReason() throws Exception {
        Files.writeString(dir.resolve("ok.txt"), "one");
        // bytes 0xFF 0xFE are no UTF-8: Java cannot tell two such names apart
        Process p = new ProcessBuilder("sh", "-c", "printf x > \"$(printf '\\377\\376')\".txt").directory(dir.toFile())
                .start();
        assertEquals(0, p.waitFor());
        List<String> reasons = new ArrayList<>();
        List<InputFile> files = DocumentPaths.collect(List.of(dir), reasons::add);
        assertEquals(List.of("ok.txt"), paths(files));
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains("not UTF-8"), reasons.toString());
    }

    @Test
    void aMissingPathIsAnError() {
        assertThrows(InputException.class, () -> DocumentPaths.collect(List.of(dir.resolve("nowhere")), why -> {
        }));
    }
}
