package dev.kgx.pipeline;

import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.Event;
import dev.kgx.model.Relation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden cases: small articles written for the tests (src/test/resources/golden/NAME/input.txt, or input.md for
 * a Markdown file with front matter), each with the entities, relations and events kgx extracts (expected.txt),
 * one per line in a readable form, lines known to be wrong marked {@code wrong: } and lines a careful reader
 * expects but kgx misses marked {@code missing: } ({@link GoldenFile}). A change fails and shows the lines added
 * and removed. {@code -Dgolden.update=true} rewrites the expected files (marks kept) and still fails, so that a
 * person reviews the difference; the next run passes.
 */
class GoldenCasesIT {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** Lines, lines marked wrong, lines marked missing, over every case. */
    private static final int[] TOTAL = new int[3];

    @AfterAll
    static void printTotals() {
        System.out.println("golden cases: " + TOTAL[0] + " lines, " + TOTAL[1] + " marked wrong, " + TOTAL[2]
                + " marked missing");
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            // a Markdown case (input.md) is read with its front matter, as extract reads .md files
            Path input = Files.exists(dir.resolve("input.md")) ? dir.resolve("input.md") : dir.resolve("input.txt");
            byte[] bytes = Files.readAllBytes(input);
            DocumentGraph graph = pipeline.extract(pipeline.read(input.getFileName().toString(), bytes,
                    dir.toString()), 0);
            Path expectedFile = dir.resolve("expected.txt");
            boolean exists = Files.exists(expectedFile);
            GoldenFile expected = exists ? GoldenFile.parse(Files.readString(expectedFile, StandardCharsets.UTF_8))
                    : GoldenFile.empty();
            GoldenFile.Review review = expected.review(describe(graph));
            String name = dir.getFileName().toString();
            System.out.println("golden case " + name + ": " + review.counts());
            TOTAL[0] += review.lines();
            TOTAL[1] += review.wrong();
            TOTAL[2] += review.missing();
            if (!review.changed() && exists) {
                return;
            }
            boolean write = UPDATE || !exists;
            if (write) {
                Files.writeString(expectedFile, review.rewritten(), StandardCharsets.UTF_8);
            }
            fail("golden case " + name + " changed (" + review.counts() + "):\n" + review.diff()
                    + (write ? expectedFile + " was rewritten: review the difference (git diff), mark lines that are "
                    + "wrong with \"wrong: \", then run again"
                            : "rerun with -Dgolden.update=true to write the new " + expectedFile + " for review"));
        }));
    }

    /** The extraction as sorted lines: entities by type and label, relations and events by label. */
    static List<String> describe(DocumentGraph g) {
        Map<String, String> label = g.entities().stream().collect(Collectors.toMap(Entity::key, Entity::label));
        Function<String, String> name = k -> k == null ? "?" : label.getOrDefault(k, k);
        List<String> out = new ArrayList<>();
        TreeSet<String> entities = new TreeSet<>();
        for (Entity e : g.entities()) {
            entities.add("entity " + e.type().className() + " " + e.label());
        }
        TreeSet<String> relations = new TreeSet<>();
        for (Relation r : g.relations()) {
            relations.add("relation " + name.apply(r.subjectKey()) + " " + r.predicate().term() + " "
                    + name.apply(r.objectKey()));
        }
        TreeSet<String> events = new TreeSet<>();
        for (Event e : g.events()) {
            events.add("event " + e.type().className() + " " + name.apply(e.agentKey()) + " -> "
                    + name.apply(e.objectKey()) + (e.date() == null ? "" : " @" + e.date().lexical())
                    + (e.amount() == null ? "" : " " + e.amount()));
        }
        out.addAll(entities);
        out.addAll(relations);
        out.addAll(events);
        return out;
    }
}
