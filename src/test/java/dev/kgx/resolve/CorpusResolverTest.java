package dev.kgx.resolve;

import dev.kgx.mention.Cues;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusResolverTest {
    private static final CorpusResolver RESOLVER = new CorpusResolver(Cues.load());

    private static EntityProfile person(String key, Set<String> names, Set<String> docs, Set<String> employers) {
        return new EntityProfile(key, names.iterator().next(), EntityType.PERSON, names, docs, employers);
    }

    private static final EntityProfile FULL = person("dianaokafor", Set.of("Diana Okafor"), Set.of("a.txt"),
            Set.of("acme"));

    @Test
    void givenNameWithTheSameEmployerJoinsTheOnlyFullName() {
        EntityProfile shortForm = person("diana", Set.of("Diana", "戴安娜"), Set.of("b.txt"), Set.of("acme"));
        List<EntityMerge> merges = RESOLVER.resolve(List.of(FULL, shortForm));
        assertEquals(1, merges.size());
        EntityMerge m = merges.get(0);
        assertEquals("diana", m.fromKey());
        assertEquals("dianaokafor", m.toKey());
        assertEquals("Diana Okafor", m.toLabel());
        assertTrue(m.reason().contains("acme") && m.reason().contains("b.txt"), m.reason());
    }

    @Test
    void reasonNamesAFewDocumentsAndCountsTheRest() {
        EntityProfile many = person("dianaokafor", Set.of("Diana Okafor"),
                Set.of("a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt", "a6.txt", "a7.txt"), Set.of("acme"));
        EntityProfile shortForm = person("diana", Set.of("Diana"), Set.of("b.txt"), Set.of("acme"));
        String reason = RESOLVER.resolve(List.of(many, shortForm)).get(0).reason();
        assertTrue(reason.endsWith("and a1.txt, a2.txt, a3.txt, a4.txt, a5.txt and 2 more)"), reason);
    }

    @Test
    void sharedGivenNameAloneNeverMerges() {
        EntityProfile otherEmployer = person("diana", Set.of("Diana"), Set.of("b.txt"), Set.of("globex"));
        EntityProfile noEmployer = person("diana", Set.of("Diana"), Set.of("b.txt"), Set.of());
        assertEquals(List.of(), RESOLVER.resolve(List.of(FULL, otherEmployer)));
        assertEquals(List.of(), RESOLVER.resolve(List.of(FULL, noEmployer)));
    }

    @Test
    void twoFullNamesWithThatGivenNameAreAmbiguous() {
        EntityProfile second = person("dianamarsh", Set.of("Diana Marsh"), Set.of("c.txt"), Set.of("acme"));
        EntityProfile shortForm = person("diana", Set.of("Diana"), Set.of("b.txt"), Set.of("acme"));
        assertEquals(List.of(), RESOLVER.resolve(List.of(FULL, second, shortForm)));
    }

    @Test
    void aNamesakeAtAnotherOrganizationDoesNotBlockTheMerge() {
        EntityProfile namesake = person("dianamarsh", Set.of("Diana Marsh"), Set.of("c.txt"), Set.of("globex"));
        EntityProfile shortForm = person("diana", Set.of("Diana"), Set.of("b.txt"), Set.of("acme"));
        List<EntityMerge> merges = RESOLVER.resolve(List.of(FULL, namesake, shortForm));
        assertEquals(List.of("dianaokafor"), merges.stream().map(EntityMerge::toKey).toList());
    }

    @Test
    void sameDocumentOrNonPersonOrNonGivenNameIsLeftAlone() {
        EntityProfile sameDoc = person("diana", Set.of("Diana"), Set.of("a.txt"), Set.of("acme"));
        EntityProfile company = new EntityProfile("diana", "Diana", EntityType.COMPANY, Set.of("Diana"),
                Set.of("b.txt"), Set.of("acme"));
        EntityProfile surnameOnly = person("okafor", Set.of("Okafor"), Set.of("b.txt"), Set.of("acme"));
        assertEquals(List.of(), RESOLVER.resolve(List.of(FULL, sameDoc)));
        assertEquals(List.of(), RESOLVER.resolve(List.of(FULL, company)));
        assertEquals(List.of(), RESOLVER.resolve(List.of(FULL, surnameOnly)));
    }
}
