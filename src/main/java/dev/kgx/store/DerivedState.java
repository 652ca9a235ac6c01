package dev.kgx.store;

import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.EntitySplit;
import dev.kgx.model.EntityType;
import dev.kgx.model.PersonInDocument;
import dev.kgx.model.WorkField;
import dev.kgx.rdf.KGX;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What crosses documents, decided from a small index instead of the documents' graphs: one {@link PersonRow} per
 * person node of each document (what cross-document resolution reads of it), from which the splits and merges are
 * found, and for each document the renamings its graph needs. The store keeps the rows beside the sources, so that
 * a new document costs a scan of the rows and the rewriting of the documents whose renamings changed, not a copy
 * of every graph.
 */
final class DerivedState {
    private DerivedState() {
    }

    /**
     * What one document says of one person node: its key, its labels and other names, the organizations it ties
     * them to (works for, joined, left) and the fields of work of what it says they do.
     */
    record PersonRow(String document, String key, List<String> labels, Set<String> otherNames, Set<String> employerKeys,
                     Set<WorkField> fields) {
        PersonRow {
            labels = List.copyOf(labels);
            otherNames = Set.copyOf(otherNames);
            employerKeys = Set.copyOf(employerKeys);
            fields = Set.copyOf(fields);
        }

        PersonRow renamed(String newKey, String newLabel) {
            return new PersonRow(document, newKey, List.of(newLabel), otherNames, employerKeys, fields);
        }

        String label() {
            return labels.isEmpty() ? key : labels.get(0);
        }

        private static final char FIELD = '\u0001';
        private static final char ITEM = '\u0002';

        /** The row as one literal (fields and set members joined by control characters no name holds). */
        Node encode() {
            StringBuilder s = new StringBuilder();
            s.append(escape(document)).append(FIELD).append(escape(key)).append(FIELD);
            join(s, labels);
            s.append(FIELD);
            join(s, new TreeSet<>(otherNames));
            s.append(FIELD);
            join(s, new TreeSet<>(employerKeys));
            s.append(FIELD);
            join(s, fields.stream().map(Enum::name).sorted().toList());
            return NodeFactory.createLiteralString(s.toString());
        }

        private static void join(StringBuilder s, java.util.Collection<String> items) {
            boolean first = true;
            for (String item : items) {
                if (!first) {
                    s.append(ITEM);
                }
                s.append(escape(item));
                first = false;
            }
        }

        /** A name or path may hold any character: the two separators and the escape character are escaped. */
        private static String escape(String item) {
            return item.replace("\\", "\\\\").replace(String.valueOf(FIELD), "\\f")
                    .replace(String.valueOf(ITEM), "\\i");
        }

        private static String unescape(String item) {
            if (item.indexOf('\\') < 0) {
                return item;
            }
            StringBuilder out = new StringBuilder(item.length());
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                if (c == '\\' && i + 1 < item.length()) {
                    char next = item.charAt(++i);
                    out.append(next == 'f' ? FIELD : next == 'i' ? ITEM : next);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        static PersonRow decode(Node literal) {
            String[] f = literal.getLiteralLexicalForm().split(String.valueOf(FIELD), -1);
            List<WorkField> fields = split(f[5]).stream().map(WorkField::valueOf).toList();
            return new PersonRow(unescape(f[0]), unescape(f[1]), split(f[2]), new LinkedHashSet<>(split(f[3])),
                    new LinkedHashSet<>(split(f[4])), fields.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(fields));
        }

        private static List<String> split(String s) {
            return s.isEmpty() ? List.of() : java.util.Arrays.stream(s.split(String.valueOf(ITEM), -1))
                    .map(PersonRow::unescape).toList();
        }
    }

    /** The person rows of one document's graph (named {@code g}), as extracted. */
    static List<PersonRow> rows(Graph graph, Node g) {
        String doc = literal(graph, g, KGX.path.asNode());
        String document = doc != null ? doc : g.getURI();
        List<PersonRow> out = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), KGX.Person.asNode()).forEachRemaining(t -> {
            Node n = t.getSubject();
            String key = literal(graph, n, KGX.key.asNode());
            if (key == null) {
                return;
            }
            List<String> labels = new ArrayList<>();
            graph.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> labels.add(lexical(l.getObject())));
            Set<String> others = new TreeSet<>();
            graph.find(n, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(l -> others.add(lexical(l.getObject())));
            Set<String> employers = new TreeSet<>();
            graph.find(n, KGX.worksFor.asNode(), Node.ANY).forEachRemaining(w -> addKey(graph, w.getObject(),
                    employers));
            graph.find(Node.ANY, KGX.agent.asNode(), n).forEachRemaining(a -> {
                Node event = a.getSubject();
                if (graph.contains(event, RDF.type.asNode(), KGX.Joining.asNode())
                        || graph.contains(event, RDF.type.asNode(), KGX.Departure.asNode())) {
                    graph.find(event, KGX.object.asNode(), Node.ANY)
                            .forEachRemaining(o -> addKey(graph, o.getObject(), employers));
                }
            });
            Set<WorkField> fields = new TreeSet<>();
            graph.find(n, KGX.workField.asNode(), Node.ANY).forEachRemaining(f -> {
                Node o = f.getObject();
                WorkField field = o.isURI() && o.getURI().startsWith(KGX.NS)
                        ? WorkField.fromLocalName(o.getURI().substring(KGX.NS.length())) : null;
                if (field != null) {
                    fields.add(field);
                }
            });
            labels.sort(Comparator.naturalOrder());
            out.add(new PersonRow(document, key, labels, others, employers, fields));
        });
        out.sort(Comparator.comparing(PersonRow::key));
        return out;
    }

    /**
     * A renaming the derivation found, with the component it was found in ({@link Components}, named by its
     * smallest key): a change that leaves the component alone leaves the renaming as it is.
     */
    record Renaming(EntityMerge merge, String component) {
    }

    /**
     * What is derived across documents: the merges and, for each document whose graph changes, the renamings of
     * its nodes in the order they apply: component by component (by name), and within one the splits, then the
     * merges in the order made.
     */
    record Derivation(List<Renaming> merges, Map<String, List<Renaming>> renamingsByDocument) {
    }

    /**
     * The people a split or a merge can join, transitively: the rows of one key (splits tell apart one key's rows),
     * and rows whose names give a word in common ({@link KgxStore.MergeFinder#blockingWord}: merges join only
     * such people). Nothing derived in one component depends on another, so a change to a few documents is
     * derived again only in the components their rows reach.
     */
    static final class Components {
        private final Map<String, Integer> keyIds = new HashMap<>();
        private final Map<String, Integer> wordIds = new HashMap<>();
        private int[] parent = new int[1024];
        private int size;
        private String[] names;

        static Components of(List<PersonRow> rows, KgxStore.MergeFinder finder) {
            Components c = new Components();
            for (PersonRow r : rows) {
                int key = c.id(c.keyIds, r.key());
                forEachWord(r, finder, word -> c.union(key, c.id(c.wordIds, word)));
            }
            // each component is named by its smallest key: the same whatever order the rows came in
            c.names = new String[c.size];
            c.keyIds.forEach((key, id) -> {
                int root = c.root(id);
                if (c.names[root] == null || key.compareTo(c.names[root]) < 0) {
                    c.names[root] = key;
                }
            });
            return c;
        }

        /** The component of a row's key. */
        String of(PersonRow row) {
            return names[root(keyIds.get(row.key()))];
        }

        /** The components that hold the key of a row or a word of its names (a row as it is, or as it was). */
        Set<String> reachedBy(PersonRow row, KgxStore.MergeFinder finder) {
            Set<String> out = new TreeSet<>();
            Integer key = keyIds.get(row.key());
            if (key != null) {
                out.add(names[root(key)]);
            }
            forEachWord(row, finder, word -> {
                Integer id = wordIds.get(word);
                if (id != null) {
                    out.add(names[root(id)]);
                }
            });
            return out;
        }

        /** Whether a component of this name exists (its smallest key is still that key's component's). */
        boolean exists(String component) {
            Integer key = keyIds.get(component);
            return key != null && names[root(key)].equals(component);
        }

        /** The blocking word of each name of a row: its label (its key when it has none) and other names. */
        static void forEachWord(PersonRow r, KgxStore.MergeFinder finder,
                                        java.util.function.Consumer<String> use) {
            use.accept(finder.blockingWord(r.label()));
            r.labels().forEach(n -> use.accept(finder.blockingWord(n)));
            r.otherNames().forEach(n -> use.accept(finder.blockingWord(n)));
        }

        private int id(Map<String, Integer> ids, String s) {
            Integer id = ids.get(s);
            if (id == null) {
                if (size == parent.length) {
                    parent = java.util.Arrays.copyOf(parent, size * 2);
                }
                parent[size] = size;
                id = size++;
                ids.put(s, id);
            }
            return id;
        }

        private int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private void union(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /**
     * Tells apart the people one name joins ({@code splitter}), then merges people across documents in rounds
     * ({@code finder}, given the profile of every person node), as a merge can enable another; component by
     * component. A function of the rows alone, so that any store holding the same documents derives the same.
     */
    static Derivation derive(List<PersonRow> rows, KgxStore.SplitFinder splitter, KgxStore.MergeFinder finder,
                             int maxRounds) {
        return deriveIn(rows, Components.of(rows, finder), component -> true, splitter, finder, maxRounds);
    }

    /**
     * What {@link #derive} gives for {@code rows}, knowing what it gave before some documents changed: only the
     * components that the changed documents' rows reach, as they were and as they are, are derived again; the
     * others keep their renamings from {@code before}.
     *
     * @param changedRows the rows of the documents stored or removed since, before and after the change
     */
    static Derivation deriveAgain(List<PersonRow> rows, java.util.Collection<PersonRow> changedRows,
                                  Derivation before, KgxStore.SplitFinder splitter, KgxStore.MergeFinder finder,
                                  int maxRounds) {
        Components components = Components.of(rows, finder);
        Set<String> changed = new java.util.HashSet<>();
        changedRows.forEach(r -> changed.addAll(components.reachedBy(r, finder)));
        Derivation fresh = deriveIn(rows, components, changed::contains, splitter, finder, maxRounds);
        java.util.function.Predicate<Renaming> kept = r -> !changed.contains(r.component())
                && components.exists(r.component());
        List<Renaming> merges = new ArrayList<>(before.merges().stream().filter(kept).toList());
        merges.addAll(fresh.merges());
        merges.sort(Comparator.comparing(Renaming::component)); // as derive lists them: component by component
        Map<String, List<Renaming>> renamings = new TreeMap<>();
        Set<String> documents = new TreeSet<>(before.renamingsByDocument().keySet());
        documents.addAll(fresh.renamingsByDocument().keySet());
        for (String doc : documents) {
            List<Renaming> list = new ArrayList<>(before.renamingsByDocument().getOrDefault(doc, List.of()).stream()
                    .filter(kept).toList());
            list.addAll(fresh.renamingsByDocument().getOrDefault(doc, List.of()));
            list.sort(Comparator.comparing(Renaming::component)); // stable: each component's own order stays
            if (!list.isEmpty()) {
                renamings.put(doc, list);
            }
        }
        return new Derivation(merges, renamings);
    }

    private static Derivation deriveIn(List<PersonRow> rows, Components components,
                                       java.util.function.Predicate<String> included, KgxStore.SplitFinder splitter,
                                       KgxStore.MergeFinder finder, int maxRounds) {
        Map<String, List<PersonRow>> byComponent = new TreeMap<>();
        for (PersonRow r : rows) {
            String component = components.of(r);
            if (included.test(component)) {
                byComponent.computeIfAbsent(component, c -> new ArrayList<>()).add(r);
            }
        }
        List<Renaming> merges = new ArrayList<>();
        Map<String, List<Renaming>> renamings = new TreeMap<>();
        byComponent.forEach((component, inComponent) -> deriveComponent(component, inComponent, splitter, finder,
                maxRounds, merges, renamings));
        return new Derivation(merges, renamings);
    }

    /** The splits, then the merges in rounds, of one component's rows; adds them to {@code merges} and {@code renamings}. */
    private static void deriveComponent(String component, List<PersonRow> rows, KgxStore.SplitFinder splitter,
                                        KgxStore.MergeFinder finder, int maxRounds, List<Renaming> merges,
                                        Map<String, List<Renaming>> renamings) {
        List<PersonRow> current = new ArrayList<>(rows);
        current.sort(Comparator.comparing(PersonRow::document).thenComparing(PersonRow::key));
        List<PersonInDocument> persons = current.stream().map(r -> new PersonInDocument(r.key(), r.label(),
                r.document(), r.employerKeys(), r.fields())).toList();
        Map<String, List<EntitySplit>> splitsByKey = new HashMap<>();
        for (EntitySplit split : splitter.find(persons)) {
            splitsByKey.computeIfAbsent(split.key(), k -> new ArrayList<>()).add(split);
        }
        for (int i = 0; i < current.size(); i++) {
            PersonRow r = current.get(i);
            for (EntitySplit split : splitsByKey.getOrDefault(r.key(), List.of())) {
                if (split.documents().contains(r.document())) {
                    current.set(i, r.renamed(split.newKey(), split.label()));
                    renamings.computeIfAbsent(r.document(), d -> new ArrayList<>()).add(new Renaming(
                            new EntityMerge(split.key(), split.newKey(), split.label(), split.reason()), component));
                    break;
                }
            }
        }
        for (int round = 0; round < maxRounds; round++) {
            List<EntityMerge> found = finder.find(profiles(current));
            if (found.isEmpty()) {
                break;
            }
            Map<String, List<Integer>> rowsByKey = new HashMap<>();
            for (int i = 0; i < current.size(); i++) {
                rowsByKey.computeIfAbsent(current.get(i).key(), k -> new ArrayList<>()).add(i);
            }
            for (EntityMerge m : found) { // in order: a later merge sees what an earlier one renamed
                List<Integer> renamed = m.fromKey().equals(m.toKey()) ? null : rowsByKey.remove(m.fromKey());
                if (renamed == null) {
                    continue;
                }
                for (int i : renamed) {
                    PersonRow r = current.get(i);
                    current.set(i, r.renamed(m.toKey(), m.toLabel()));
                    renamings.computeIfAbsent(r.document(), d -> new ArrayList<>()).add(new Renaming(m, component));
                }
                rowsByKey.computeIfAbsent(m.toKey(), k -> new ArrayList<>()).addAll(renamed);
            }
            found.forEach(m -> merges.add(new Renaming(m, component)));
        }
    }

    /**
     * The profile of each person node over the documents that name it: its label is the one of the first document
     * (by path) that names it, so that it does not depend on the order documents were stored in.
     */
    static List<EntityProfile> profiles(List<PersonRow> rows) {
        // grouped, then the keys sorted and each group by document (already in that order from the derivation, so
        // the stable sort only checks it): sorting every row by key and document took a third of a derivation at
        // 10,000 documents
        Map<String, List<PersonRow>> groups = new HashMap<>();
        for (PersonRow r : rows) {
            groups.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<PersonRow>> byKey = new TreeMap<>(groups);
        List<EntityProfile> out = new ArrayList<>(byKey.size());
        for (var e : byKey.entrySet()) {
            e.getValue().sort(Comparator.comparing(PersonRow::document));
            Set<String> names = new LinkedHashSet<>();
            Set<String> documents = new TreeSet<>();
            Set<String> employers = new TreeSet<>();
            for (PersonRow r : e.getValue()) {
                names.addAll(r.labels());
                names.addAll(r.otherNames());
                documents.add(r.document());
                employers.addAll(r.employerKeys());
            }
            out.add(new EntityProfile(e.getKey(), e.getValue().get(0).label(), EntityType.PERSON, names, documents,
                    employers));
        }
        return out;
    }

    private static void addKey(Graph g, Node entity, Set<String> keys) {
        String key = literal(g, entity, KGX.key.asNode());
        if (key != null) {
            keys.add(key);
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? lexical(it.next().getObject()) : null;
    }

    private static String lexical(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
