package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a query may reach: the store, and neither other hosts nor Java classes. */
class QueryGuardTest {
    @TempDir
    Path dir;

    private static void check(String sparql, boolean allowService) {
        QueryGuard.check(KgxStore.parse(sparql), allowService);
    }

    @Test
    void serviceIsRefusedUnlessAllowed() {
        String remote = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        QueryException e = assertThrows(QueryException.class, () -> check(remote, false));
        assertTrue(e.getMessage().contains("--allow-service"), e.getMessage());
        assertDoesNotThrow(() -> check(remote, true));
        String built = "SELECT * WHERE { ?d <https://kgx.dev/ontology#path> ?f BIND(IRI(CONCAT(\"http://x/\", ?f)) AS ?u)"
                + " SERVICE ?u { ?s ?p ?o } }";
        assertThrows(QueryException.class, () -> check(built, false), "a URL made from stored data");
    }

    @Test
    void javaFunctionsAreRefused() {
        assertThrows(QueryException.class,
                () -> check("SELECT * WHERE { ?s ?p ?o FILTER(<java:dev.kgx.store.Loaded>(?o)) }", false));
        assertThrows(QueryException.class,
                () -> check("SELECT * WHERE { ?s <java:dev.kgx.store.Loaded> ?o }", false), "a property function");
        assertThrows(QueryException.class,
                () -> check("SELECT * WHERE { ?s ?p ?o } ORDER BY <java:dev.kgx.store.Loaded>(?o)", false));
        assertDoesNotThrow(() -> check("PREFIX kgx: <https://kgx.dev/ontology#> SELECT ?d WHERE { ?d kgx:path ?p "
                + "FILTER(regex(?p, \"x\") && STRLEN(?p) > 2) } ORDER BY ?p", false));
    }

    @Test
    void aJavaFunctionBuiltAtRunTimeIsUnknown() {
        try (KgxStore store = KgxStore.open(dir.resolve("store"))) {
            String sparql = "SELECT ?x WHERE { BIND(CALL(IRI(CONCAT(\"java:\", \"dev.kgx.store.Loaded\")), 1) AS ?x) }";
            boolean bound = store.query(sparql, QueryLimits.DEFAULT, qe -> {
                var rs = qe.execSelect();
                QuerySolution row = rs.next();
                return row.contains("x");
            });
            assertFalse(bound);
            assertFalse(Boolean.getBoolean("kgx.test.classLoadedByQuery"), "the class was loaded");
        }
    }

    @Test
    void anUpdateIsNamedAsSuch() {
        QueryException e = assertThrows(QueryException.class,
                () -> KgxStore.parse("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        assertTrue(e.getMessage().contains("SPARQL Update"), e.getMessage());
        QueryException malformed = assertThrows(QueryException.class, () -> KgxStore.parse("SELECT WHERE {"));
        assertTrue(malformed.getMessage().contains("malformed"), malformed.getMessage());
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(0, false));
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(-5, false));
    }
}
