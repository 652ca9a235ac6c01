package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KgxStoreTest {
    private static Model doc(String file, String hash, String entity) {
        String ttl = """
                @prefix kgx: <https://kgx.dev/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://kgx.dev/id/doc/%1$s> a kgx:Document ; kgx:fileName "%1$s" ; kgx:sha256 "%2$s" .
                <https://kgx.dev/id/entity/%3$s> a kgx:Company ; rdfs:label "%3$s" ;
                    kgx:mentionedIn <https://kgx.dev/id/doc/%1$s> .
                """.formatted(file, hash, entity);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(ttl.getBytes()), Lang.TURTLE);
        return m;
    }

    private static int count(KgxStore store, String sparql) {
        return store.query(sparql, 0, qe -> ResultSetFormatter.consume(qe.execSelect()));
    }

    @Test
    void replacingADocumentRemovesItsOldTriplesOnly(@TempDir Path dir) {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", doc("a.txt", "h1", "acme"));
            store.replaceDocument("b.txt", doc("b.txt", "h2", "globex"));
            store.replaceDocument("a.txt", doc("a.txt", "h3", "initech"));
            assertEquals("h3", store.documentHash("a.txt"));
            assertEquals("h2", store.documentHash("b.txt"));
            assertNull(store.documentHash("c.txt"));
            assertEquals(2, count(store, "SELECT ?e WHERE { ?e a <https://kgx.dev/ontology#Company> }"));
        }
    }

    @Test
    void trigExportReadsBackIsomorphic(@TempDir Path dir) {
        try (KgxStore store = KgxStore.open(dir)) {
            store.replaceDocument("a.txt", doc("a.txt", "h1", "acme"));
            store.replaceDocument("b.txt", doc("b.txt", "h2", "acme"));
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            store.export(RDFFormat.TURTLE_PRETTY, turtle);
            Model back = ModelFactory.createDefaultModel();
            RDFDataMgr.read(back, new ByteArrayInputStream(turtle.toByteArray()), Lang.TURTLE);
            Model expected = ModelFactory.createDefaultModel().add(doc("a.txt", "h1", "acme")).add(doc("b.txt", "h2", "acme"));
            assertTrue(back.isIsomorphicWith(expected));
        }
    }

    @Test
    void malformedQuerySaysLineAndColumn() {
        QueryException e = assertThrows(QueryException.class, () -> KgxStore.parse("SELECT ?x WHERE {\n  ?x ?y \n}"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
