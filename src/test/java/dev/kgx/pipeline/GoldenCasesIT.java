package dev.kgx.pipeline;

import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.Event;
import dev.kgx.model.Relation;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden cases: small articles written for the tests (src/test/resources/golden/NAME/input.txt, or input.md for
 * a Markdown file with front matter), each with the
 * entities, relations and events kgx must extract (expected.txt), one per line in a readable form. A mismatch
 * shows both lists; {@code -Dgolden.update=true} rewrites the expected files for review.
 */
class GoldenCasesIT {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

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
            String actual = String.join("\n", describe(graph)) + "\n";
            Path expectedFile = dir.resolve("expected.txt");
            if (UPDATE || !Files.exists(expectedFile)) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual,
                    "golden case " + dir.getFileName() + " (rerun with -Dgolden.update=true to accept)");
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
