package dev.kgx.spark;

import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Evidence;
import dev.kgx.model.Language;
import dev.kgx.model.OffsetMap;
import dev.kgx.model.Relation;
import dev.kgx.model.RelationType;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.rdf.GraphMapper;
import dev.kgx.store.CrossDocumentParts;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The derivation across documents as a Spark stage (components found by propagating labels, each derived on an
 * executor) gives what deriving every row on one machine gives: the same merges and splits, the same renamings of
 * each document in the same order.
 */
class SparkDerivationTest {
    private static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start(2);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    /** A document naming people, each as "Name@employer" or "Name|other name@employer". */
    private static Model document(String file, String... people) {
        String text = String.join(". ", people) + ".";
        var src = new SourceDocument(file, dev.kgx.ingest.DocumentReader.sha256(
                (file + text).getBytes(StandardCharsets.UTF_8)), "UTF-8", text, text,
                OffsetMap.identity(text.length()), Language.ENGLISH);
        List<Entity> entities = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (String p : people) {
            String[] names = p.substring(0, p.indexOf('@')).split("\\|");
            String name = names[0];
            String employer = p.substring(p.indexOf('@') + 1);
            String key = name.toLowerCase(Locale.ROOT).replace(" ", "");
            String employerKey = employer.toLowerCase(Locale.ROOT);
            Set<Entity.Name> all = new java.util.LinkedHashSet<>();
            for (String n : names) {
                all.add(new Entity.Name(n, "en"));
            }
            entities.add(new Entity(key, EntityType.PERSON, name, all, List.of(), "test", "test"));
            entities.add(new Entity(employerKey, EntityType.COMPANY, employer,
                    Set.of(new Entity.Name(employer, "en")), List.of(), "test", "test"));
            relations.add(new Relation(key, RelationType.WORKS_FOR, employerKey,
                    new Evidence(file, text, new Span(0, text.length()), "test", 0.8)));
        }
        return new GraphMapper().map(new DocumentGraph(src, entities.stream().distinct().toList(), relations,
                List.of(), List.of()));
    }

    /** Lines of a derivation, in the order each (component, kind, document) lists them, their order field left out. */
    static List<String> normalized(List<String> lines) {
        return lines.stream().map(l -> l.split("\t", -1))
                .sorted(Comparator.<String[], String>comparing(f -> f[0]).thenComparing(f -> f[2])
                        .thenComparing(f -> f[3]).thenComparingInt(f -> Integer.parseInt(f[1])))
                .map(f -> String.join("\t", f[0], f[2], f[3], f[4], f[5], f[6], f[7])).toList();
    }

    @Test
    void componentsDerivedOnExecutorsGiveWhatOneMachineDerives() {
        List<Model> documents = List.of(
                document("a.txt", "Diana Okafor@Acme", "John Smith@Acme"),
                document("b.txt", "Diana@Acme"),
                document("c.txt", "John Smith@Stanford", "Maria Silva@Globex"),
                document("d.txt", "John@Stanford", "Diana@Globex"),
                document("e.txt", "Maria@Globex", "Wei Zhang@Initech"),
                document("f.txt", "Zhang@Initech"));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            rows.addAll(CrossDocumentParts.rows((char) ('a' + i) + ".txt", documents.get(i)));
        }
        List<String> expected = CrossDocumentResolution.standard().deriveAll(rows);
        assertTrue(expected.stream().anyMatch(l -> l.contains("\tmerge\t")), "some merges to compare: " + expected);
        List<String> actual = SparkDerivation.derive(spark.parallelize(rows, 3)).collect();
        assertEquals(normalized(expected), normalized(actual));
    }

    @Test
    void aComponentIsNamedByItsSmallestKeyHoweverFarAlongAChainOfNamesItIs() {
        // Diana Okafor and Diana merge; their component reaches "abeli" three keys away, through other names
        List<String> rows = new ArrayList<>();
        rows.addAll(CrossDocumentParts.rows("a.txt", document("a.txt", "Diana Okafor|Bea@Acme")));
        rows.addAll(CrossDocumentParts.rows("b.txt", document("b.txt", "Diana@Acme")));
        rows.addAll(CrossDocumentParts.rows("c.txt", document("c.txt", "Bea Moss|Cal@Globex")));
        rows.addAll(CrossDocumentParts.rows("d.txt", document("d.txt", "Cal Vo|Abe@Initech")));
        rows.addAll(CrossDocumentParts.rows("e.txt", document("e.txt", "Abe Li@Umbrella")));
        List<String> expected = CrossDocumentResolution.standard().deriveAll(rows);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("abeli\t") && l.contains("\tmerge\t")),
                "a merge in the component of abeli: " + expected);
        List<String> actual = SparkDerivation.derive(spark.parallelize(rows, 3)).collect();
        assertEquals(normalized(expected), normalized(actual));
    }

    @Test
    void noPersonNoDerivation() {
        assertEquals(List.of(), SparkDerivation.derive(spark.parallelize(List.<String>of(), 2)).collect());
    }
}
