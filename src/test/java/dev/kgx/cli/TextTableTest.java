package dev.kgx.cli;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTableTest {
    private static List<String> table(Model m, String query) {
        StringWriter text = new StringWriter();
        try (QueryExecution qe = QueryExecution.model(m).query(query).build()) {
            TextTable.write(qe.execSelect(), PrefixMapping.Factory.create()
                    .setNsPrefix("ent", "https://kgx.dev/id/entity/"), new PrintWriter(text));
        }
        return text.toString().lines().toList();
    }

    @Test
    void valuesReadPlainAndColumnsLineUpWithWideCharacters() {
        Model m = ModelFactory.createDefaultModel();
        Resource xinghe = m.createResource("https://kgx.dev/id/entity/xinghe");
        xinghe.addProperty(RDFS.label, m.createLiteral("星河科技", "zh-Hans"));
        Resource acme = m.createResource("https://kgx.dev/id/entity/acme");
        acme.addProperty(RDFS.label, m.createLiteral("Acme Corporation", "en"));
        List<String> lines = table(m, "SELECT ?label ?e WHERE { ?e <" + RDFS.label.getURI() + "> ?label } "
                + "ORDER BY ?label");
        assertEquals(List.of(
                "label            | e",
                "-----------------+-----------",
                "Acme Corporation | ent:acme",
                "星河科技         | ent:xinghe",
                "(2 rows)"), lines);
        for (String line : lines.subList(0, 4)) {
            // the separator stands at the same terminal column on every line (a Han character is two columns)
            assertEquals(17, TextTable.width(line.substring(0, line.indexOf(line.startsWith("-") ? '+' : '|'))));
        }
    }

    @Test
    void lineBreaksInAValueKeepItOnOneLine() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("urn:x").addProperty(RDFS.comment, "first line\nsecond\tline");
        assertEquals("first line second line", table(m, "SELECT ?c WHERE { ?s ?p ?c }").get(2));
    }
}
