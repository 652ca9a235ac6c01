package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SavedQueryTest {
    private static final Path QUERIES = Path.of("queries");

    @Test
    void everySavedQueryHasAHeaderAndParses() {
        List<SavedQuery> all = SavedQuery.list(QUERIES);
        assertTrue(all.size() >= 8);
        for (SavedQuery q : all) {
            assertFalse(q.title().isBlank(), q.name() + " title");
            assertFalse(q.description().isBlank(), q.name() + " description");
            Map<String, String> values = new java.util.HashMap<>();
            q.params().keySet().forEach(p -> values.put(p, "x"));
            KgxStore.parse(q.bind(values));
            // a list too long to sort before its first page says so where users read it
            assertTrue(q.text().contains("ORDER BY") || q.description().contains("in the store's order"),
                    q.name() + " orders its results, or its description says it does not");
        }
    }

    @Test
    void parameterIsBoundAsLiteralOrIri() {
        SavedQuery q = SavedQuery.find(QUERIES, "entity");
        assertTrue(q.bind(Map.of("name", "OpenAI")).contains("\"OpenAI\""));
        assertTrue(q.bind(Map.of("name", "https://kgx.dev/id/entity/openai")).contains("<https://kgx.dev/id/entity/openai>"));
    }

    @Test
    void optionalParameterMayBeLeftOut() {
        SavedQuery q = SavedQuery.find(QUERIES, "events-timeline");
        assertTrue(q.bind(Map.of()).contains("STR(\"\")"));
        assertTrue(q.bind(Map.of("entity", "Acme")).contains("\"Acme\""));
    }

    @Test
    void missingAndUnknownParametersAndNamesAreReported() {
        SavedQuery q = SavedQuery.find(QUERIES, "entity");
        QueryException missing = assertThrows(QueryException.class, () -> q.bind(Map.of()));
        assertTrue(missing.getMessage().contains("--param name="));
        assertThrows(QueryException.class, () -> q.bind(Map.of("name", "a", "other", "b")));
        QueryException unknown = assertThrows(QueryException.class, () -> SavedQuery.find(QUERIES, "nope"));
        assertTrue(unknown.getMessage().contains("people-and-employers"), unknown.getMessage());
    }
}
