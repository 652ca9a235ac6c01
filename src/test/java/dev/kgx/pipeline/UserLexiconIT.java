package dev.kgx.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's own entity and trigger word, added with {@code --lexicon DIR} in the built-in files' format, are
 * found without a rebuild; the document is extracted again when the user's data changes; a file of the folder
 * that is no data file kgx reads is refused. Each command is its own process, as a user runs it (data files are
 * read once per process).
 */
class UserLexiconIT {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run kgx(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx3g", "-Duser.home=/nonexistent", "-cp", "target/kgx.jar"
                + java.io.File.pathSeparator + Files.readString(Path.of("target/classpath.txt")).strip(),
                "dev.kgx.cli.KgxCommand"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("XDG_CONFIG_HOME");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "still running");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static String csv(Path store, String query) throws Exception {
        Run r = kgx("sparql", "PREFIX kgx: <https://kgx.dev/ontology#> " + query, "--format", "csv", "--store",
                store.toString());
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void aUsersOwnEntityAndTriggerWordAreFoundWithoutARebuild() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("news.txt"), "Engineers at quarkly shipped the update on Monday. "
                + "Zentrix Corp gobbled up Northwind Labs in 2021.\n");
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine.resolve("lexicon"));
        Files.createDirectories(mine.resolve("lang/en"));
        Files.writeString(mine.resolve("lexicon/entities.tsv"),
                "# my team's companies\nquarkly\tCompany\tQuarkly\tfold\tour customer list\n");
        Files.writeString(mine.resolve("lang/en/triggers.tsv"),
                "gobble up|gobbles up|gobbled up\tAcquisition\tverb\t0.75\n");
        Path store = dir.resolve("store");

        Run plain = kgx("extract", in.toString(), "--store", store.toString());
        assertEquals(0, plain.code(), plain.err());
        assertEquals(List.of("n", "0"), csv(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e kgx:key \"quarkly\" }")
                .lines().map(String::strip).toList());
        assertEquals(List.of("n", "0"), csv(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kgx:Acquisition }")
                .lines().map(String::strip).toList());

        Run withMine = kgx("extract", in.toString(), "--lexicon", mine.toString(), "--store", store.toString());
        assertEquals(0, withMine.code(), withMine.err());
        assertTrue(withMine.out().contains("1 extracted"), "other data, extracted again: " + withMine.out());
        assertTrue(withMine.err().contains("your data: 2 file(s)"), withMine.err());
        assertTrue(csv(store, "SELECT ?t WHERE { ?e kgx:key \"quarkly\" ; a ?t }").contains("Company"));
        assertTrue(csv(store, "SELECT ?o WHERE { ?e a kgx:Acquisition ; kgx:object/kgx:key ?o }")
                .contains("northwind"), "the acquisition the user's trigger word states");

        Files.writeString(mine.resolve("lexicon/entitys.tsv"), "typo\tCompany\tTypo\tfold\tx\n");
        Run typo = kgx("extract", in.toString(), "--lexicon", mine.toString(), "--store", store.toString());
        assertEquals(1, typo.code());
        assertTrue(typo.err().contains("entitys.tsv: not a data file kgx reads"), typo.err());
        assertFalse(typo.err().contains("\tat "), typo.err());
    }
}
