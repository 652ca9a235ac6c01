package dev.kgx.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jline.utils.WCWidth;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A SELECT result as a table for people: values as they read (a literal's text without quotes, language tag or
 * datatype; an IRI by its prefixed name), columns aligned by display width, so that Chinese characters, which
 * take two columns of a terminal, line up ({@code wcwidth}, as terminals count).
 */
final class TextTable {
    private TextTable() {
    }

    static void write(ResultSet rs, PrefixMapping prefixes, PrintWriter out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = plain(b.get(Var.alloc(vars.get(i))), prefixes);
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = width(vars.get(i));
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        out.println(line(vars.toArray(String[]::new), widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(" | ");
            }
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(widths[i] - width(cells[i])));
            }
        }
        return b.toString().stripTrailing();
    }

    /** A value as a person reads it. */
    static String plain(Node n, PrefixMapping prefixes) {
        if (n == null) {
            return "";
        }
        String text;
        if (n.isLiteral()) {
            text = n.getLiteralLexicalForm();
        } else if (n.isURI()) {
            String prefixed = prefixes.qnameFor(n.getURI());
            text = prefixed != null ? prefixed : "<" + n.getURI() + ">";
        } else {
            text = "_:" + n.getBlankNodeLabel();
        }
        // one line per row: a sentence's line breaks and tabs become spaces
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** How many terminal columns a text takes: two for wide (CJK) characters, none for combining marks. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }
}
