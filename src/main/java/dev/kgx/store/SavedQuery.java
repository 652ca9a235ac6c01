package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import org.apache.jena.query.ParameterizedSparqlString;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A saved query: a {@code .rq} file whose header comments give its title, description and parameters:
 * <pre>
 * # title: People and where they work
 * # description: every worksFor relation with both names
 * # param: entity  a name or IRI of the entity
 * </pre>
 * A parameter is a variable of the query ({@code ?entity}) replaced by the value given on the command line:
 * an IRI when the value is one, a plain string otherwise. A parameter whose description starts with
 * {@code (optional)} may be left out: it is then the empty string, which the query reads as "any".
 */
public record SavedQuery(String name, Path file, String title, String description, Map<String, String> params,
                         String text) {

    public static SavedQuery load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
        String title = "";
        String description = "";
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                continue;
            }
            String body = line.substring(1).strip();
            if (body.startsWith("title:")) {
                title = body.substring(6).strip();
            } else if (body.startsWith("description:")) {
                description = body.substring(12).strip();
            } else if (body.startsWith("param:")) {
                String[] p = body.substring(6).strip().split("\\s+", 2);
                params.put(p[0], p.length > 1 ? p[1] : "");
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return new SavedQuery(name, file, title, description, params, text);
    }

    /** Every saved query in a folder, by name. */
    public static List<SavedQuery> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new QueryException("no saved-query folder at " + folder + " (give --queries DIR or KGX_QUERIES)");
        }
        List<SavedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".rq")).sorted().forEach(f -> out.add(load(f)));
        } catch (IOException e) {
            throw new QueryException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A saved query by name from the folder; an unknown name lists the known ones. */
    public static SavedQuery find(Path folder, String name) {
        List<SavedQuery> all = list(folder);
        for (SavedQuery q : all) {
            if (q.name().equals(name)) {
                return q;
            }
        }
        throw new QueryException("unknown saved query '" + name + "'; available: "
                + String.join(", ", all.stream().map(SavedQuery::name).toList()));
    }

    /** The query text with its parameters bound; a parameter without a value is an error naming it. */
    public String bind(Map<String, String> values) {
        for (String v : values.keySet()) {
            if (!params.containsKey(v)) {
                throw new QueryException("query '" + name + "' has no parameter '" + v + "'"
                        + (params.isEmpty() ? " (it takes none)" : "; its parameters: " + String.join(", ",
                        params.keySet())));
            }
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        for (String p : params.keySet()) {
            String v = values.get(p);
            if (v == null && params.get(p).startsWith("(optional)")) {
                v = "";
            }
            if (v == null) {
                throw new QueryException("query '" + name + "' needs --param " + p + "=VALUE (" + params.get(p) + ")");
            }
            if (v.matches("https?://\\S+")) {
                pss.setIri(p, v);
            } else {
                pss.setLiteral(p, v);
            }
        }
        return pss.toString();
    }
}
