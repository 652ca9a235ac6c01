package dev.kgx.store;

import dev.kgx.mention.Cues;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.WorkField;
import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.resolve.CorpusResolver;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deriving again only the components a change reaches gives what deriving everything gives, whatever the documents
 * were and whatever changed: with the corpus resolver (which pairs names by their first word) and with a finder
 * that declares no blocking word (everyone one component).
 */
class DerivedStateComponentsTest {
    private static final CorpusResolver RESOLVER = new CorpusResolver(Cues.load());

    /** Full names and given names that the resolver merges or keeps apart depending on employers and documents. */
    private static final List<String> NAMES = List.of("Diana Okafor", "Diana", "Diana Marsh", "Maria Lopez", "Maria",
            "Calvin French-Owen", "Calvin", "戴安娜");
    private static final List<String> EMPLOYERS = List.of("acme", "globex", "initech");

    private static final KgxStore.MergeFinder BY_FIRST_WORD = CrossDocumentResolution.mergeFinder(RESOLVER, "test");

    /** Merges any one-word node into the first node (by key) of a longer name that shares an employer with it. */
    private static final KgxStore.MergeFinder UNBLOCKED = profiles -> {
        List<EntityMerge> out = new ArrayList<>();
        for (EntityProfile p : profiles) {
            if (p.label().contains(" ")) {
                continue;
            }
            profiles.stream().filter(q -> q.label().contains(" ") && !q.key().equals(p.key())
                            && q.employerKeys().stream().anyMatch(p.employerKeys()::contains))
                    .min(Comparator.comparing(EntityProfile::key))
                    .ifPresent(q -> out.add(new EntityMerge(p.key(), q.key(), q.label(), "test")));
        }
        return out;
    };

    record Person(String name, Set<String> employers, Set<WorkField> fields) {
    }

    /** Documents by path, each a list of persons; a change replaces, adds or removes some of them. */
    record Change(Map<String, List<Person>> before, Map<String, List<Person>> after) {
    }

    @Provide
    Arbitrary<Change> changes() {
        Arbitrary<Person> person = Combinators.combine(Arbitraries.of(NAMES),
                Arbitraries.of(EMPLOYERS).set().ofMaxSize(2),
                Arbitraries.of(WorkField.BUSINESS, WorkField.SCIENCE).set().ofMaxSize(1)).as(Person::new);
        Arbitrary<List<Person>> document = person.list().ofMaxSize(3);
        Arbitrary<String> path = Arbitraries.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt");
        Arbitrary<Map<String, List<Person>>> corpus = Arbitraries.maps(path, document).ofMaxSize(6);
        // a change: some documents removed, some replaced or added
        Arbitrary<Map<String, List<Person>>> replaced = Arbitraries.maps(path, document).ofMaxSize(2);
        Arbitrary<Set<String>> removed = path.set().ofMaxSize(2);
        return Combinators.combine(corpus, replaced, removed).as((before, put, gone) -> {
            Map<String, List<Person>> after = new TreeMap<>(before);
            gone.forEach(after::remove);
            after.putAll(put);
            return new Change(new TreeMap<>(before), after);
        });
    }

    @Property(tries = 500)
    void derivingTheChangedComponentsGivesWhatDerivingEverythingGives(@ForAll("changes") Change change) {
        for (KgxStore.MergeFinder finder : List.of(BY_FIRST_WORD, UNBLOCKED)) {
            List<DerivedState.PersonRow> before = rows(change.before());
            List<DerivedState.PersonRow> after = rows(change.after());
            DerivedState.Derivation then = DerivedState.derive(before, RESOLVER::splits, finder, 3);
            List<DerivedState.PersonRow> changed = new ArrayList<>();
            for (String doc : union(change.before().keySet(), change.after().keySet())) {
                List<Person> was = change.before().get(doc);
                List<Person> is = change.after().get(doc);
                if (was == null || !was.equals(is)) {
                    changed.addAll(rows(Map.of(doc, was == null ? List.of() : was)));
                    changed.addAll(rows(Map.of(doc, is == null ? List.of() : is)));
                }
            }
            DerivedState.Derivation again = DerivedState.deriveAgain(after, changed, withoutChanged(then, change),
                    RESOLVER::splits, finder, 3);
            assertEquals(DerivedState.derive(after, RESOLVER::splits, finder, 3), again);
        }
    }

    @Test
    void peopleWhoseNamesShareNoFirstWordAreComponentsApart() {
        List<DerivedState.PersonRow> rows = rows(Map.of(
                "a.txt", List.of(new Person("Diana Okafor", Set.of("acme"), Set.of())),
                "b.txt", List.of(new Person("Diana", Set.of("acme"), Set.of()),
                        new Person("Maria Lopez", Set.of("acme"), Set.of()))));
        DerivedState.Components components = DerivedState.Components.of(rows, BY_FIRST_WORD);
        Map<String, String> byKey = new TreeMap<>();
        rows.forEach(r -> byKey.put(r.key(), components.of(r)));
        assertEquals(byKey.get("diana"), byKey.get("diana-okafor"), byKey.toString());
        assertNotEquals(byKey.get("diana"), byKey.get("maria-lopez"), byKey.toString());
        assertEquals("diana", byKey.get("diana-okafor"), "named by its smallest key");
        DerivedState.Components one = DerivedState.Components.of(rows, UNBLOCKED);
        assertTrue(rows.stream().allMatch(r -> one.of(r).equals("diana")), "no blocking word: one component");
    }

    @Test
    void aMergeFoundBeforeIsKeptWhenNothingItsPeopleReachChanged() {
        Map<String, List<Person>> corpus = new TreeMap<>(Map.of(
                "a.txt", List.of(new Person("Diana Okafor", Set.of("acme"), Set.of())),
                "b.txt", List.of(new Person("Diana", Set.of("acme"), Set.of()))));
        DerivedState.Derivation then = DerivedState.derive(rows(corpus), RESOLVER::splits, BY_FIRST_WORD, 3);
        assertEquals(1, then.merges().size(), then.toString());
        corpus.put("c.txt", List.of(new Person("Maria Lopez", Set.of("acme"), Set.of())));
        List<DerivedState.PersonRow> changed = rows(Map.of("c.txt", corpus.get("c.txt")));
        // a finder that fails on the Diana component shows that it was not derived again
        KgxStore.MergeFinder onlyMaria = new KgxStore.MergeFinder() {
            @Override
            public List<EntityMerge> find(List<EntityProfile> profiles) {
                assertTrue(profiles.stream().noneMatch(p -> p.key().startsWith("diana")), profiles.toString());
                return List.of();
            }

            @Override
            public String blockingWord(String name) {
                return CorpusResolver.firstWord(name);
            }
        };
        DerivedState.Derivation again = DerivedState.deriveAgain(rows(corpus), changed, then, RESOLVER::splits,
                onlyMaria, 3);
        assertEquals(then, again);
    }

    /** What was derived before, as the store hands it over: documents changed since are left out. */
    private static DerivedState.Derivation withoutChanged(DerivedState.Derivation then, Change change) {
        Map<String, List<DerivedState.Renaming>> kept = new TreeMap<>(then.renamingsByDocument());
        kept.keySet().removeIf(doc -> !change.before().get(doc).equals(change.after().get(doc)));
        return new DerivedState.Derivation(then.merges(), kept);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Rows as the store hands them over: documents in order, each one's rows by key, one node per key. */
    private static List<DerivedState.PersonRow> rows(Map<String, List<Person>> corpus) {
        List<DerivedState.PersonRow> out = new ArrayList<>();
        new TreeMap<>(corpus).forEach((doc, persons) -> {
            Map<String, DerivedState.PersonRow> byKey = new TreeMap<>();
            for (Person p : persons) {
                String key = p.name().toLowerCase(Locale.ROOT).replace(' ', '-');
                byKey.putIfAbsent(key, new DerivedState.PersonRow(doc, key, List.of(p.name()), Set.of(),
                        p.employers(), p.fields()));
            }
            out.addAll(byKey.values());
        });
        return out;
    }
}
