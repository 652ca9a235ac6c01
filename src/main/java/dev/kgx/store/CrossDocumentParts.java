package dev.kgx.store;

import dev.kgx.model.EntityMerge;
import dev.kgx.rdf.Iris;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is derived across documents, in parts that an engine spreading the work over machines (the Spark job) can
 * run where the data is: each document's person rows, the nodes by which rows join into components (their key and
 * the blocking word of each of their names), each component derived on its own ({@link DerivedState} derives
 * nothing in one component from another), and the lines of the derivation that {@code kgx load --derived} reads
 * instead of deriving. Rows and derivations travel as text, so the engine needs none of the store's types.
 *
 * <p>A component is named by the smallest key of its rows, as {@link DerivedState} names it.
 */
public final class CrossDocumentParts {
    private static final String MERGE = "merge";
    private static final String RENAMING = "renaming";

    private CrossDocumentParts() {
    }

    /** Each person row of a document's graph as extracted, encoded as text. */
    public static List<String> rows(String documentPath, Model graph) {
        return DerivedState.rows(graph.getGraph(), NodeFactory.createURI(Iris.document(documentPath))).stream()
                .map(r -> r.encode().getLiteralLexicalForm()).toList();
    }

    /** The key of an encoded row. */
    public static String key(String row) {
        return decode(row).key();
    }

    /**
     * The nodes an encoded row joins in the graph of components: its key, and the blocking word of each of its
     * names; a key and a word never collide (each is tagged).
     */
    public static Set<String> joins(String row, KgxStore.MergeFinder finder) {
        DerivedState.PersonRow r = decode(row);
        Set<String> out = new TreeSet<>();
        out.add(keyNode(r.key()));
        DerivedState.Components.forEachWord(r, finder, word -> out.add("w " + word));
        return out;
    }

    /** The node of a key in the graph of components. */
    public static String keyNode(String key) {
        return "k " + key;
    }

    /**
     * One component's derivation, as lines of the derivation file: its merges in the order made, then each
     * document's renamings in the order they apply.
     *
     * @param component the component's name: the smallest key of its rows
     */
    public static List<String> deriveComponent(String component, List<String> rows, KgxStore.SplitFinder splitter,
                                               KgxStore.MergeFinder finder, int maxRounds) {
        List<DerivedState.PersonRow> decoded = rows.stream().map(CrossDocumentParts::decode).toList();
        DerivedState.Derivation d = DerivedState.derive(decoded, splitter, finder, maxRounds);
        for (DerivedState.Renaming r : d.merges()) {
            if (!r.component().equals(component)) {
                throw new IllegalArgumentException("rows of more than one component: " + r.component() + " in "
                        + component);
            }
        }
        return lines(d);
    }

    /** The whole derivation of every row on one machine, as lines of the derivation file (for comparisons). */
    public static List<String> deriveAll(List<String> rows, KgxStore.SplitFinder splitter,
                                         KgxStore.MergeFinder finder, int maxRounds) {
        return lines(DerivedState.derive(rows.stream().map(CrossDocumentParts::decode).toList(), splitter, finder,
                maxRounds));
    }

    private static List<String> lines(DerivedState.Derivation d) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (DerivedState.Renaming r : d.merges()) {
            out.add(line(r.component(), i++, MERGE, "", r.merge()));
        }
        for (var e : d.renamingsByDocument().entrySet()) {
            int j = 0;
            for (DerivedState.Renaming r : e.getValue()) {
                out.add(line(r.component(), j++, RENAMING, e.getKey(), r.merge()));
            }
        }
        return out;
    }

    private static String line(String component, int order, String kind, String document, EntityMerge m) {
        return String.join("\t", escape(component), String.valueOf(order), kind, escape(document),
                escape(m.fromKey()), escape(m.toKey()), escape(m.toLabel()), escape(m.reason()));
    }

    /**
     * The derivation in lines of any number of components, in any order, as {@link DerivedState#derive} gives it
     * for all of them: merges component by component (by name), each document's renamings likewise.
     *
     * @throws IllegalArgumentException on a line that is not one of a derivation
     */
    static DerivedState.Derivation read(Iterable<String> lines) {
        record Part(String component, int order, DerivedState.Renaming renaming) {
        }
        List<Part> merges = new ArrayList<>();
        Map<String, List<Part>> byDocument = new TreeMap<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 8 || !(f[2].equals(MERGE) || f[2].equals(RENAMING))) {
                throw new IllegalArgumentException("not a line of a derivation: " + line);
            }
            String component = unescape(f[0]);
            int order;
            try {
                order = Integer.parseInt(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a line of a derivation: " + line, e);
            }
            var renaming = new DerivedState.Renaming(new EntityMerge(unescape(f[4]), unescape(f[5]), unescape(f[6]),
                    unescape(f[7])), component);
            Part part = new Part(component, order, renaming);
            if (f[2].equals(MERGE)) {
                merges.add(part);
            } else {
                byDocument.computeIfAbsent(unescape(f[3]), k -> new ArrayList<>()).add(part);
            }
        }
        Comparator<Part> inOrder = Comparator.comparing(Part::component).thenComparingInt(Part::order);
        merges.sort(inOrder);
        Map<String, List<DerivedState.Renaming>> renamings = new TreeMap<>();
        byDocument.forEach((doc, parts) -> {
            parts.sort(inOrder);
            renamings.put(doc, parts.stream().map(Part::renaming).toList());
        });
        return new DerivedState.Derivation(merges.stream().map(Part::renaming).toList(), renamings);
    }

    private static DerivedState.PersonRow decode(String row) {
        return DerivedState.PersonRow.decode(NodeFactory.createLiteralString(row));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
