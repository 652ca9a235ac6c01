package dev.kgx.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.kgx.pipeline.SeedsExtractionIT.kgx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolution across documents extracted in separate runs, in either order, on articles written for the test
 * ({@code src/test/resources/cross-document}): one names "Diana Okafor" of Microsoft, one only "黛安娜(Diana)" of
 * Microsoft, one another Diana of Google. The two at Microsoft become one node whichever run comes first, the
 * merge is explained in {@code kgx:mergeReason}, and the Diana at Google stays apart.
 */
class CrossDocumentResolutionIT {
    private static final Path CASES = Path.of("src/test/resources/cross-document");

    @TempDir
    Path dir;

    private Path folderWith(String name, String... files) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String f : files) {
            Files.copy(CASES.resolve(f), folder.resolve(f));
        }
        return folder;
    }

    private static List<String> persons(Path store) {
        String csv = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?k WHERE { ?e a kgx:Person ; "
                + "kgx:key ?k } ORDER BY ?k", "--format", "csv", "--store", store.toString());
        return csv.lines().skip(1).map(String::strip).toList();
    }

    @Test
    void givenNameMergesIntoTheFullNameWhicheverRunComesFirst() throws Exception {
        Path first = folderWith("first", "given-name.txt");
        Path second = folderWith("second", "full-name.txt", "other-diana.txt");
        Path store = dir.resolve("store");
        kgx(0, "extract", first.toString(), "--store", store.toString());
        String out = kgx(0, "extract", second.toString(), "--store", store.toString());
        assertTrue(out.contains("merged across documents: diana into dianaokafor"), out);
        assertEquals(List.of("dianaokafor", "dianareyes"), persons(store));

        String reason = kgx(0, "query", "merged-entities", "--queries", "queries", "--format", "csv",
                "--store", store.toString());
        assertTrue(reason.contains("given name Diana of Diana Okafor, both tied to microsoft"), reason);
        String names = kgx(0, "query", "entity", "--param", "name=Diana Okafor", "--format", "csv",
                "--store", store.toString());
        assertTrue(names.contains("黛安娜") && names.contains("given-name.txt") && names.contains("full-name.txt"),
                names);

        // the other order, in a fresh store: the full name first, then the given name
        Path other = dir.resolve("store2");
        kgx(0, "extract", second.toString(), "--store", other.toString());
        kgx(0, "extract", first.toString(), "--store", other.toString());
        assertEquals(List.of("dianaokafor", "dianareyes"), persons(other));
    }

    @Test
    void twoPeopleOfOneNameWithEmployersThatDoNotOverlapStayTwo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("smiths"));
        Files.writeString(in.resolve("acme.txt"), "Acme Corp named John Smith as its chief executive officer.\n");
        Files.writeString(in.resolve("stanford.txt"), "John Smith, a biologist, joined Stanford University.\n");
        Path store = dir.resolve("smith-store");
        kgx(0, "extract", in.toString(), "--store", store.toString());
        assertEquals(List.of("johnsmith", "johnsmith-2"), persons(store));
        String reason = kgx(0, "query", "merged-entities", "--queries", "queries", "--format", "csv",
                "--store", store.toString());
        assertTrue(reason.contains("another person"), reason);
    }

    @Test
    void twoPeopleOfOneNameDescribedInFieldsThatDoNotMeetStayTwo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("described"));
        Files.writeString(in.resolve("a-executive.txt"),
                "John Smith, the chief executive of Acme Corp, said sales grew by a tenth.\n");
        Files.writeString(in.resolve("b-biologist.txt"),
                "John Smith, a marine biologist, said the coral reefs off Queensland are dying.\n");
        Files.writeString(in.resolve("c-nothing-said.txt"), "John Smith said he would speak again next week.\n");
        Path store = dir.resolve("described-store");
        kgx(0, "extract", in.toString(), "--store", store.toString());
        assertEquals(List.of("johnsmith", "johnsmith-2"), persons(store));
        String second = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?doc ?o WHERE { "
                + "?e kgx:key \"johnsmith-2\" ; kgx:mentionedIn/kgx:path ?doc ; kgx:occupation ?o }",
                "--format", "csv", "--store", store.toString());
        assertEquals(List.of("b-biologist.txt,biologist"), second.lines().skip(1).map(String::strip).toList());
        String reason = kgx(0, "query", "merged-entities", "--queries", "queries", "--format", "csv",
                "--store", store.toString());
        assertTrue(reason.contains("working in science") && reason.contains("another person"), reason);
    }
}
