package dev.kgx.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldenFileTest {
    private static final String EXPECTED = """
            entity Company Zentrix
            entity Person Maria Lopez
            missing: relation Maria Lopez founded Zentrix  # "fundada por Maria Lopez"
            relation Maria Lopez worksFor Zentrix
            wrong: relation Zentrix acquired Maria Lopez  # a person is never acquired
            """;

    private static final List<String> SAME = List.of("entity Company Zentrix", "entity Person Maria Lopez",
            "relation Maria Lopez worksFor Zentrix", "relation Zentrix acquired Maria Lopez");

    @Test
    void theSameExtractionIsNoChangeAndTheMarksAreCounted() {
        GoldenFile.Review r = GoldenFile.parse(EXPECTED).review(SAME);
        assertFalse(r.changed(), r.diff());
        assertEquals(EXPECTED, r.rewritten(), "rewriting an unchanged case keeps marks, comments and order");
        assertEquals(GoldenFile.parse("wrong:  relation Zentrix acquired Maria Lopez\n").review(
                List.of("relation Zentrix acquired Maria Lopez")).rewritten(),
                "wrong: relation Zentrix acquired Maria Lopez\n", "a marked line without a comment");
        assertEquals("5 lines, 1 marked wrong, 1 marked missing", r.counts());
    }

    @Test
    void lineAddedOrRemovedIsAChangeShownAsADiff() {
        GoldenFile.Review r = GoldenFile.parse(EXPECTED).review(List.of("entity Company Zentrix",
                "entity Company Northwind", "relation Maria Lopez worksFor Zentrix",
                "relation Zentrix acquired Maria Lopez"));
        assertTrue(r.changed());
        assertEquals("  + entity Company Northwind\n  - entity Person Maria Lopez\n", r.diff());
        assertEquals("""
                entity Company Northwind
                entity Company Zentrix
                missing: relation Maria Lopez founded Zentrix  # "fundada por Maria Lopez"
                relation Maria Lopez worksFor Zentrix
                wrong: relation Zentrix acquired Maria Lopez  # a person is never acquired
                """, r.rewritten(), "sorted by kind and content, marks and comments kept");
    }

    @Test
    void aMissingLineFoundAndAWrongLineGoneAreChangesToo() {
        GoldenFile.Review r = GoldenFile.parse(EXPECTED).review(List.of("entity Company Zentrix",
                "entity Person Maria Lopez", "relation Maria Lopez worksFor Zentrix",
                "relation Maria Lopez founded Zentrix"));
        assertTrue(r.changed());
        assertEquals("""
                  + relation Maria Lopez founded Zentrix   (was marked missing: now found)
                  - relation Zentrix acquired Maria Lopez   (was marked wrong: no longer extracted)
                """, r.diff());
        assertEquals("""
                entity Company Zentrix
                entity Person Maria Lopez
                relation Maria Lopez founded Zentrix  # "fundada por Maria Lopez"
                relation Maria Lopez worksFor Zentrix
                """, r.rewritten(), "the found line loses its mark, the fixed one goes");
        assertEquals("4 lines, 0 marked wrong, 0 marked missing", r.counts());
    }

    @Test
    void aNewCaseIsAllAdded() {
        GoldenFile.Review r = GoldenFile.empty().review(List.of("entity Company Zentrix"));
        assertTrue(r.changed());
        assertEquals("  + entity Company Zentrix\n", r.diff());
    }

    @Test
    void aMistypedMarkOrADuplicateLineFailsNamingTheLine() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> GoldenFile.parse("entity Company Zentrix\nwrnog: entity Company Northwind\n"));
        assertTrue(typo.getMessage().startsWith("line 2:"), typo.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> GoldenFile.parse("entity Company Zentrix\nmissing: entity Company Zentrix\n"));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
    }
}
