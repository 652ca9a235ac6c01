package dev.kgx.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static dev.kgx.pipeline.SeedsExtractionIT.kgx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder as users have them: re-encoded copies of articles (GB18030, Big5, UTF-16 with and without a BOM),
 * an empty file, a binary file named .txt, a PNG, names with spaces and Chinese characters, nested folders and a
 * symbolic-link loop. Every readable document is stored, each unreadable one is named, the exit code says the
 * run was partial, and a re-encoded copy gives the same entities as its UTF-8 original.
 */
class MixedFolderIT {
    @TempDir
    Path dir;

    private static Set<String> entityKeys(Path store, String file) {
        String csv = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?k WHERE { ?e kgx:key ?k ; "
                + "kgx:mentionedIn/kgx:fileName \"" + file + "\" }", "--format", "csv", "--store", store.toString());
        return new TreeSet<>(csv.lines().skip(1).map(String::strip).toList());
    }

    @Test
    void readableDocumentsAreStoredAndTheOthersNamed() throws Exception {
        Path in = dir.resolve("新闻 folder");
        Path nested = in.resolve("deeper/更深");
        Files.createDirectories(nested);
        String simplified = Files.readString(Path.of("seeds/004_52ee1944f00693dd.txt"));
        String traditional = Files.readString(Path.of("seeds/000_0374013e822ae550.txt"));
        Files.writeString(in.resolve("utf8 original.txt"), simplified);
        Files.write(in.resolve("gb18030.txt"), simplified.getBytes(Charset.forName("GB18030")));
        Files.writeString(nested.resolve("繁體 utf8.txt"), traditional);
        Files.write(nested.resolve("big5.txt"), traditional.getBytes(Charset.forName("Big5")));
        byte[] utf16 = simplified.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(in.resolve("utf16le-bom.md"), withBom);
        Files.write(in.resolve("utf16be.txt"), simplified.getBytes(StandardCharsets.UTF_16));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), " \n\n\t ");
        byte[] png = Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 64);
        Files.write(in.resolve("image.png"), png);
        Files.write(in.resolve("picture.txt"), png);
        Files.createSymbolicLink(nested.resolve("loop"), in);

        Path store = dir.resolve("store");
        String out = kgx(3, "extract", in.toString(), "--store", store.toString());
        assertTrue(out.contains("6 extracted"), out);
        assertTrue(out.contains("4 skipped"), out); // three files that are no text, and the link loop
        assertTrue(out.contains("symbolic link loop"), out);
        assertTrue(out.contains("empty.txt: empty file") && out.contains("blank.txt") && out.contains("picture.txt"),
                out);

        Set<String> original = entityKeys(store, "utf8 original.txt");
        assertTrue(original.contains("openai"), original.toString());
        assertEquals(original, entityKeys(store, "gb18030.txt"));
        assertEquals(original, entityKeys(store, "utf16le-bom.md"));
        assertEquals(original, entityKeys(store, "utf16be.txt"));
        assertEquals(entityKeys(store, "繁體 utf8.txt"), entityKeys(store, "big5.txt"));

        String charsets = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?f ?c WHERE { ?d "
                + "kgx:fileName ?f ; kgx:charset ?c } ORDER BY ?f", "--format", "csv", "--store", store.toString());
        assertTrue(charsets.contains("gb18030.txt,GB18030") && charsets.contains("big5.txt,Big5"), charsets);
    }

    @Test
    void runawayQueryStopsAtItsTimeout() {
        Path store = dir.resolve("timeout-store");
        kgx(0, "extract", "seeds/003_678447d645fbbeec.txt", "--store", store.toString());
        dev.kgx.Cli.Run run = dev.kgx.Cli.run("sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "--timeout", "1", "--store", store.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("timeout of 1 s"), run.err());
    }
}
