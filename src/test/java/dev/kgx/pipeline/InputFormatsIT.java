package dev.kgx.pipeline;

import dev.kgx.Cli;
import dev.kgx.ingest.OfficeTextTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.kgx.pipeline.SeedsExtractionIT.kgx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * News as it arrives: an HTML page, a PDF and a Word file in a folder, and an article on standard input. Each is
 * one document with its media type; the text extracted from HTML, PDF and Word is stored with the document, and
 * every piece of evidence's offsets point into it; what the page's furniture names is not extracted.
 */
class InputFormatsIT {
    @TempDir
    Path dir;

    private static final String EVIDENCE_IN_STORED_TEXT = "PREFIX kgx: <https://kgx.dev/ontology#> "
            + "SELECT (COUNT(*) AS ?all) (SUM(IF(SUBSTR(?text, ?b + 1, ?e - ?b) = ?s, 1, 0)) AS ?inText) WHERE { "
            + "?ev kgx:inDocument ?d ; kgx:beginOffset ?b ; kgx:endOffset ?e ; kgx:sentence ?s . ?d kgx:text ?text }";

    @Test
    void htmlPdfWordAndStandardInputAreDocumentsWhoseEvidencePointsIntoTheirStoredText() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/ingest/news.html"), in.resolve("news.html"));
        Files.write(in.resolve("report.pdf"), OfficeTextTestFiles.pdf(List.of(
                "Helios Robotics was founded by Omar Vance", "in 2019.")));
        Files.write(in.resolve("memo.docx"), OfficeTextTestFiles.docx(List.of(
                "Quillon Bank invested in Helios Robotics in 2021.")));
        Files.writeString(in.resolve("ignored.csv"), "a,b\n");
        Path store = dir.resolve("store");
        Cli.Run extract = Cli.run("extract", in.toString(), "--progress", "always", "--store", store.toString());
        assertEquals(0, extract.code(), extract.out() + extract.err());
        assertTrue(extract.out().contains("3 extracted"), extract.out());
        assertTrue(extract.err().contains("loading the NLP models"), extract.err());
        assertTrue(extract.err().contains("extract") && extract.err().contains("3/3"), "the progress bar: "
                + extract.err());

        InputStream stdin = System.in;
        try {
            String page = "<html><body><article><p>Orbital Dynamics hired Lena Park in 2020.</p></article></body></html>";
            System.setIn(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
            Cli.Run run = Cli.run("extract", "-", "--name", "feed/orbital.html", "--store", store.toString());
            assertEquals(0, run.code(), run.out() + run.err());
        } finally {
            System.setIn(stdin);
        }

        // without --name, an article on standard input is named by its content: two never replace each other
        try {
            System.setIn(new ByteArrayInputStream("Zentrix Corp acquired Umbra Labs in 2022.\n".getBytes(
                    StandardCharsets.UTF_8)));
            Cli.Run unnamed = Cli.run("extract", "-", "--no-dependencies", "--store", store.toString());
            assertEquals(0, unnamed.code(), unnamed.err());
            assertTrue(unnamed.out().matches("(?s).*stdin-[0-9a-f]{12}\\.txt.*"), unnamed.out());
            System.setIn(new ByteArrayInputStream("<p>x</p>".getBytes(StandardCharsets.UTF_8)));
            Cli.Run noExtension = Cli.run("extract", "-", "--name", "feed/item", "--store", store.toString());
            assertEquals(1, noExtension.code());
            assertTrue(noExtension.err().contains("needs an extension"), noExtension.err());
        } finally {
            System.setIn(stdin);
        }
        kgx(0, "remove", "stdin-" + dev.kgx.ingest.DocumentReader.sha256("Zentrix Corp acquired Umbra Labs in 2022.\n"
                .getBytes(StandardCharsets.UTF_8)).substring(0, 12) + ".txt", "--store", store.toString());

        String types = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?p ?t WHERE { ?d kgx:path ?p ; "
                + "kgx:mediaType ?t } ORDER BY ?p", "--format", "csv", "--store", store.toString());
        assertEquals(List.of("p,t", "feed/orbital.html,text/html", "memo.docx,"
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "news.html,text/html",
                "report.pdf,application/pdf"), types.lines().map(String::strip).toList());

        List<String> counts = kgx(0, "sparql", EVIDENCE_IN_STORED_TEXT, "--format", "csv", "--store",
                store.toString()).lines().map(String::strip).toList();
        String[] allAndInText = counts.get(1).split(",");
        assertTrue(Integer.parseInt(allAndInText[0]) >= 4, "evidence from every document: " + counts);
        assertEquals(allAndInText[0], allAndInText[1], "every offset points into the stored text: " + counts);

        String names = kgx(0, "query", "entities", "--queries", "queries", "--format", "csv", "--store",
                store.toString());
        for (String found : List.of("Zentrix", "Northwind Labs", "Helios Robotics", "Quillon Bank", "Orbital Dynamics")) {
            assertTrue(names.contains(found), found + " in " + names);
        }
        for (String furniture : List.of("Globex", "Acme Widgets", "Initrode", "Umbrella", "Hooli", "Initech")) {
            assertFalse(names.contains(furniture), furniture + " is the page's furniture: " + names);
        }
        String published = kgx(0, "sparql", "PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?date WHERE { "
                + "?e a kgx:Acquisition ; kgx:date ?date }", "--format", "csv", "--store", store.toString());
        assertTrue(published.contains("2023-03"), "the acquisition's date: " + published);
    }
}
