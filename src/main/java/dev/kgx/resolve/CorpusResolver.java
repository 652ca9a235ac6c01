package dev.kgx.resolve;

import dev.kgx.mention.Cues;
import dev.kgx.mention.NameKeys;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.EntitySplit;
import dev.kgx.model.EntityType;
import dev.kgx.model.PersonInDocument;
import dev.kgx.model.WorkField;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolution across documents, over everything in the store. Documents that share a name already share a node
 * (same key); this finds the person a document names only by a given name ("Maria", glossed as "玛丽亚(Maria)")
 * while other documents give the full name ("Maria Lopez-Grant"). A shared given name alone is never enough:
 * the merge needs all of
 * <ul>
 *   <li>the short node has no full Latin-script name, and its one-word name is a known given name;</li>
 *   <li>a person node with a full name starting with that given name appears in other documents only (within a
 *       document, short forms are resolved already);</li>
 *   <li>the two are tied to the same organization (works for, joined or left it);</li>
 *   <li>exactly one person node in the store meets all of this.</li>
 * </ul>
 */
public final class CorpusResolver {
    private final Cues cues;
    private final java.util.function.Predicate<String> wellKnown;

    /** A resolver that tells apart any two people of one name whose employers do not overlap. */
    public CorpusResolver(Cues cues) {
        this(cues, key -> false);
    }

    /**
     * @param wellKnown whether a key is a lexicon entry: one well-known person, never split by what documents
     *                  say of their employers (a famous founder sits on many boards)
     */
    public CorpusResolver(Cues cues, java.util.function.Predicate<String> wellKnown) {
        this.cues = cues;
        this.wellKnown = wellKnown;
    }

    /**
     * The people one name joins across documents who are two people. Documents that tie the person to
     * organizations (works for, joined, left) are grouped by them, overlapping ones together: a shared organization
     * makes one person whatever else is said. A document that ties them to none but says what they do (a
     * biologist, a chief executive) joins the first group whose fields of work meet its own or that says nothing
     * of them, or else starts a group. Each group but the first (by document path) becomes a node of its own. A
     * document that says neither contradicts none and stays with the first group. Lexicon entries are never split.
     */
    public List<EntitySplit> splits(List<PersonInDocument> persons) {
        java.util.Map<String, List<PersonInDocument>> byKey = new java.util.TreeMap<>();
        for (PersonInDocument p : persons) {
            byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        List<EntitySplit> out = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            if (wellKnown.test(e.getKey())) {
                continue;
            }
            List<PersonInDocument> named = e.getValue().stream()
                    .sorted(Comparator.comparing(PersonInDocument::document)).toList();
            List<Group> groups = groupsByOrganization(named);
            for (PersonInDocument p : named) {
                if (!p.employerKeys().isEmpty() || p.fields().isEmpty()) {
                    continue;
                }
                groups.sort(Comparator.comparing(Group::first)); // a document may have started a group anew
                Group into = groups.stream().filter(g -> g.fields.isEmpty()
                        || !Collections.disjoint(g.fields, p.fields())).findFirst().orElse(null);
                if (into == null) {
                    groups.add(new Group(p));
                } else {
                    into.add(p);
                }
            }
            if (groups.size() < 2) {
                continue;
            }
            groups.sort(Comparator.comparing(Group::first));
            List<PersonInDocument> first = groups.get(0).members;
            for (int i = 1; i < groups.size(); i++) {
                List<PersonInDocument> g = groups.get(i).members;
                Set<String> docs = documents(g);
                String label = g.stream().min(Comparator.comparing(PersonInDocument::document)).orElseThrow().label();
                out.add(new EntitySplit(e.getKey(), e.getKey() + "-" + (i + 1), label, docs,
                        "same name as the " + label + " of " + listed(documents(first)) + " (" + said(first)
                                + "), but " + said(g) + " (documents " + listed(docs) + "): another person"));
            }
        }
        return out;
    }

    /** The documents of one person, with the fields of work they say. */
    private static final class Group {
        final List<PersonInDocument> members = new ArrayList<>();
        final Set<WorkField> fields = java.util.EnumSet.noneOf(WorkField.class);

        Group(PersonInDocument first) {
            add(first);
        }

        private String first;

        void add(PersonInDocument p) {
            members.add(p);
            fields.addAll(p.fields());
            if (first == null || p.document().compareTo(first) < 0) {
                first = p.document();
            }
        }

        /** The group's first document by path (one without organizations may join a group after later ones). */
        String first() {
            return first;
        }
    }

    /**
     * The documents (in order of path) that tie a name to organizations, grouped so that documents sharing an
     * organization, directly or through others, are one group: the connected parts of the graph of documents and
     * organizations, found with a union-find over documents (linear, however many documents name a famous person).
     * Groups come in order of their first document.
     */
    private static List<Group> groupsByOrganization(List<PersonInDocument> named) {
        int[] parent = new int[named.size()];
        java.util.Map<String, Integer> firstByOrganization = new java.util.HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            parent[i] = i;
            for (String organization : named.get(i).employerKeys()) {
                Integer j = firstByOrganization.putIfAbsent(organization, i);
                if (j != null) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    parent[Math.max(a, b)] = Math.min(a, b); // the root is a group's first document
                }
            }
        }
        java.util.Map<Integer, Group> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            PersonInDocument p = named.get(i);
            if (p.employerKeys().isEmpty()) {
                continue;
            }
            Group g = byRoot.get(root(parent, i));
            if (g == null) {
                byRoot.put(root(parent, i), new Group(p));
            } else {
                g.add(p);
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Set<String> documents(List<PersonInDocument> group) {
        Set<String> docs = new TreeSet<>();
        group.forEach(p -> docs.add(p.document()));
        return docs;
    }

    private static Set<WorkField> fields(List<PersonInDocument> group) {
        Set<WorkField> fields = java.util.EnumSet.noneOf(WorkField.class);
        group.forEach(p -> fields.addAll(p.fields()));
        return fields;
    }

    /** What a group's documents say of the person: the organizations and the fields of work. */
    private static String said(List<PersonInDocument> group) {
        Set<String> employers = new TreeSet<>();
        group.forEach(p -> employers.addAll(p.employerKeys()));
        List<String> parts = new ArrayList<>();
        if (!employers.isEmpty()) {
            parts.add("tied to " + String.join(", ", employers));
        }
        Set<WorkField> fields = fields(group);
        if (!fields.isEmpty()) {
            parts.add("working in " + String.join(", ", fields.stream()
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
        }
        return parts.isEmpty() ? "nothing said of their work" : String.join("; ", parts);
    }

    public List<EntityMerge> resolve(List<EntityProfile> profiles) {
        List<EntityProfile> persons = profiles.stream().filter(p -> p.type() == EntityType.PERSON)
                .sorted(Comparator.comparing(EntityProfile::key)).toList();
        // candidates are found through an index of full names by their first word, not by comparing every pair
        java.util.Map<String, List<EntityProfile>> byFirstWord = new java.util.HashMap<>();
        for (EntityProfile p : persons) {
            Set<String> firstWords = new TreeSet<>();
            for (String n : p.names()) {
                if (isFullName(n)) {
                    firstWords.add(firstWord(n));
                }
            }
            firstWords.forEach(w -> byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p));
        }
        List<EntityMerge> merges = new ArrayList<>();
        for (EntityProfile shortForm : persons) {
            String given = givenNameOnly(shortForm);
            if (given == null) {
                continue;
            }
            // candidates: full names starting with the given name, in other documents, tied to a shared organization
            List<EntityProfile> full = byFirstWord.getOrDefault(firstWord(given), List.of()).stream()
                    .filter(p -> p != shortForm && fullNameStartingWith(p, given) != null)
                    .filter(p -> Collections.disjoint(shortForm.documents(), p.documents()))
                    .filter(p -> !Collections.disjoint(shortForm.employerKeys(), p.employerKeys())).toList();
            if (full.size() != 1) {
                continue; // nobody, or two such people: no guess
            }
            EntityProfile target = full.get(0);
            Set<String> shared = new TreeSet<>(shortForm.employerKeys());
            shared.retainAll(target.employerKeys());
            merges.add(new EntityMerge(shortForm.key(), target.key(), target.label(),
                    "given name " + given + " of " + fullNameStartingWith(target, given) + ", both tied to "
                            + String.join(", ", shared) + " (documents " + listed(shortForm.documents()) + " and "
                            + listed(target.documents()) + ")"));
        }
        return merges;
    }

    /** How many documents a merge reason names before it counts the rest. */
    static final int LISTED_DOCUMENTS = 5;

    private static String listed(Set<String> documents) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(documents));
        if (sorted.size() <= LISTED_DOCUMENTS) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, LISTED_DOCUMENTS)) + " and " + (sorted.size() - LISTED_DOCUMENTS)
                + " more";
    }

    /** The one-word Latin given name of a node that has no longer Latin name, or null. */
    private String givenNameOnly(EntityProfile p) {
        String given = null;
        for (String n : p.names()) {
            if (NameKeys.hasHan(n)) {
                continue;
            }
            String name = n.strip();
            if (name.contains(" ") || name.contains("-") || !cues.isGivenName(name)) {
                return null;
            }
            if (given != null && !given.equalsIgnoreCase(name)) {
                return null;
            }
            given = name;
        }
        return given;
    }

    private static String fullNameStartingWith(EntityProfile p, String given) {
        for (String n : p.names()) {
            if (isFullName(n) && firstWord(n).equals(firstWord(given))) {
                return n.strip();
            }
        }
        return null;
    }

    /**
     * The first word of a name, lower-cased: {@link #resolve} merges a given name only into a full name that
     * starts with it, so two people whose names share no first word are never merged.
     */
    public static String firstWord(String name) {
        // up to the first white space (any: an ideographic space U+3000 between given and family name too), without
        // a regular expression: it runs for every name of every person row whenever the store derives what crosses
        // documents
        int start = 0;
        while (start < name.length() && Character.isWhitespace(name.charAt(start))) {
            start++;
        }
        int end = endOfWord(name, start);
        return name.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Whether a name has a word after its first (split at white space as {@link #firstWord} splits it). */
    private static boolean isFullName(String name) {
        String n = name.strip();
        return endOfWord(n, 0) < n.length();
    }

    private static int endOfWord(String name, int start) {
        int end = start;
        while (end < name.length() && !Character.isWhitespace(name.charAt(end))) {
            end++;
        }
        return end;
    }
}
