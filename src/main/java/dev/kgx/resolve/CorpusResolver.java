package dev.kgx.resolve;

import dev.kgx.mention.Cues;
import dev.kgx.mention.NameKeys;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.EntityType;

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

    public CorpusResolver(Cues cues) {
        this.cues = cues;
    }

    public List<EntityMerge> resolve(List<EntityProfile> profiles) {
        List<EntityProfile> persons = profiles.stream().filter(p -> p.type() == EntityType.PERSON)
                .sorted(Comparator.comparing(EntityProfile::key)).toList();
        List<EntityMerge> merges = new ArrayList<>();
        for (EntityProfile shortForm : persons) {
            String given = givenNameOnly(shortForm);
            if (given == null) {
                continue;
            }
            // candidates: full names starting with the given name, in other documents, tied to a shared organization
            List<EntityProfile> full = persons.stream()
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
            String[] words = n.strip().split("\\s+");
            if (words.length >= 2 && words[0].toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT))) {
                return n.strip();
            }
        }
        return null;
    }
}
