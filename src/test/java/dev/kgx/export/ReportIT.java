package dev.kgx.export;

import dev.kgx.Cli;
import dev.kgx.TestStores;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kgx report} in headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs): the page
 * loads nothing from the network, its script draws every node and fills the timeline, the console stays silent
 * (no error, no uncaught exception), and a screenshot is taken.
 */
class ReportIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    private String chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium still running");
        return new String(out, StandardCharsets.UTF_8);
    }

    private List<String> consoleLines() throws Exception {
        return Files.readAllLines(dir.resolve("chromium.err")).stream().filter(l -> l.contains(":CONSOLE")).toList();
    }

    @Test
    void theReportRendersInChromiumWithASilentConsole() throws Exception {
        Path store = dir.resolve("store");
        TestStores.twoDocuments(store);
        Path report = dir.resolve("report.html");
        Cli.Run run = Cli.run("report", "-o", report.toString(), "--store", store.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(report);
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing from the network");
        assertTrue(html.contains("Zentrix Corp hired Jane Doe in 2021."), "the evidence sentences are in it");

        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs "
                + "it)");
        String dom = chromium("--dump-dom", report.toUri().toString());
        Matcher rendered = Pattern.compile("data-rendered=\"(\\d+)\"").matcher(dom);
        assertTrue(rendered.find(), "the script ran to its end");
        assertEquals("5", rendered.group(1), "three entities and two events drawn");
        assertEquals(5, Pattern.compile("<circle").matcher(dom).results().count());
        assertTrue(dom.contains("Acquisition") && dom.contains("2023-03") && dom.contains("Jane Doe"), dom);
        assertEquals(List.of(), consoleLines(), "the console stays silent");

        Path png = dir.resolve("report.png");
        chromium("--screenshot=" + png, "--window-size=1280,1400", report.toUri().toString());
        assertTrue(Files.size(png) > 10_000, "a screenshot of the page");
        assertEquals(List.of(), consoleLines());
    }

    @Test
    void aFolderOrAMissingFolderIsRefused() {
        Path store = dir.resolve("store");
        TestStores.twoDocuments(store);
        Cli.Run folder = Cli.run("report", "-o", dir.toString(), "--store", store.toString());
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        Cli.Run missing = Cli.run("report", "-o", dir.resolve("no/such/r.html").toString(), "--store",
                store.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }
}
