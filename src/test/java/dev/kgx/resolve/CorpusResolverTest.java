package dev.kgx.resolve;

import dev.kgx.mention.Cues;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.model.EntitySplit;
import dev.kgx.model.EntityType;
import dev.kgx.model.PersonInDocument;
import dev.kgx.model.WorkField;
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
    void aFullNameIsSplitIntoWordsAtAnyWhiteSpace() {
        // an ideographic space between given and family name, as CJK text writes it: the same words as a space
        EntityProfile full = person("dianaokafor", Set.of("Diana\u3000Okafor"), Set.of("a.txt"), Set.of("acme"));
        EntityProfile shortForm = person("diana", Set.of("Diana"), Set.of("b.txt"), Set.of("acme"));
        assertEquals("diana", CorpusResolver.firstWord("Diana\u3000Okafor"));
        assertEquals(List.of("dianaokafor"), RESOLVER.resolve(List.of(full, shortForm)).stream()
                .map(EntityMerge::toKey).toList());
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

    private static PersonInDocument johnSmith(String doc, String... employers) {
        return new PersonInDocument("johnsmith", "John Smith", doc, Set.of(employers));
    }

    @Test
    void oneNameWithEmployersThatDoNotOverlapIsTwoPeople() {
        List<EntitySplit> splits = RESOLVER.splits(List.of(johnSmith("a.txt", "acme"),
                johnSmith("b.txt", "stanford"), johnSmith("c.txt")));
        assertEquals(1, splits.size());
        EntitySplit s = splits.get(0);
        assertEquals("johnsmith", s.key());
        assertEquals("johnsmith-2", s.newKey());
        assertEquals(Set.of("b.txt"), s.documents(), "the document that says nothing stays with the first");
        assertTrue(s.reason().contains("stanford") && s.reason().contains("acme"), s.reason());
    }

    @Test
    void oneNameWithAnOverlappingEmployerIsOnePerson() {
        assertEquals(List.of(), RESOLVER.splits(List.of(johnSmith("a.txt", "acme"), johnSmith("b.txt", "acme",
                "stanford"), johnSmith("c.txt", "stanford"))), "acme and stanford are joined through b.txt");
        assertEquals(List.of(), RESOLVER.splits(List.of(johnSmith("a.txt", "acme"), johnSmith("b.txt"))));
    }

    @Test
    void aWellKnownPersonIsNeverSplit() {
        CorpusResolver resolver = new CorpusResolver(Cues.load(), key -> key.equals("johnsmith"));
        assertEquals(List.of(), resolver.splits(List.of(johnSmith("a.txt", "acme"), johnSmith("b.txt", "stanford"))));
    }

    private static PersonInDocument described(String doc, Set<WorkField> fields, String... employers) {
        return new PersonInDocument("johnsmith", "John Smith", doc, Set.of(employers), fields);
    }

    @Test
    void descriptionsInFieldsThatDoNotMeetAreTwoPeople() {
        List<EntitySplit> splits = RESOLVER.splits(List.of(described("a.txt", Set.of(WorkField.BUSINESS)),
                described("b.txt", Set.of(WorkField.SCIENCE)), johnSmith("c.txt")));
        assertEquals(1, splits.size());
        EntitySplit s = splits.get(0);
        assertEquals("johnsmith-2", s.newKey());
        assertEquals(Set.of("b.txt"), s.documents());
        assertTrue(s.reason().contains("working in science") && s.reason().contains("working in business"),
                s.reason());
    }

    @Test
    void descriptionsThatMeetInOneFieldAreOnePerson() {
        // an engineer works in business and in science: no conflict with either
        assertEquals(List.of(), RESOLVER.splits(List.of(described("a.txt", Set.of(WorkField.BUSINESS)),
                described("b.txt", Set.of(WorkField.BUSINESS, WorkField.SCIENCE)),
                described("c.txt", Set.of(WorkField.BUSINESS)))));
    }

    @Test
    void aDescriptionJoinsTheGroupOfEmployersWhoseFieldsItMeets() {
        List<EntitySplit> splits = RESOLVER.splits(List.of(described("a.txt", Set.of(WorkField.BUSINESS), "acme"),
                described("b.txt", Set.of(WorkField.SCIENCE), "stanford"),
                described("c.txt", Set.of(WorkField.SCIENCE))));
        assertEquals(1, splits.size());
        assertEquals(Set.of("b.txt", "c.txt"), splits.get(0).documents(), "the biologist of c.txt is Stanford's");
    }

    @Test
    void aSharedEmployerOutweighsConflictingDescriptions() {
        assertEquals(List.of(), RESOLVER.splits(List.of(described("a.txt", Set.of(WorkField.BUSINESS), "acme"),
                described("b.txt", Set.of(WorkField.SCIENCE), "acme"))));
    }

    @Test
    void aDescriptionConflictsWithNoGroupThatSaysNothingOfWork() {
        assertEquals(List.of(), RESOLVER.splits(List.of(johnSmith("a.txt", "acme"),
                described("b.txt", Set.of(WorkField.SPORT)))), "acme's John Smith may be a footballer");
    }

    @Test
    void groupsAreNumberedInOrderOfTheirFirstDocumentWhateverMadeThem() {
        // a.txt and d.txt are two people by their employers; b.txt, a footballer, is a third one who comes between
        List<EntitySplit> splits = RESOLVER.splits(List.of(described("a.txt", Set.of(WorkField.BUSINESS), "acme"),
                described("d.txt", Set.of(WorkField.SCIENCE), "stanford"),
                described("b.txt", Set.of(WorkField.SPORT))));
        assertEquals(List.of("johnsmith-2", "johnsmith-3"), splits.stream().map(EntitySplit::newKey).toList());
        assertEquals(Set.of("b.txt"), splits.get(0).documents());
        assertEquals(Set.of("d.txt"), splits.get(1).documents());
    }

    @Test
    void documentsJoinedThroughAChainOfOrganizationsAreOnePerson() {
        // a–b share acme, b–c share stanford, c–d share mit: one person however the chain is ordered
        assertEquals(List.of(), RESOLVER.splits(List.of(johnSmith("d.txt", "mit"), johnSmith("a.txt", "acme"),
                johnSmith("c.txt", "stanford", "mit"), johnSmith("b.txt", "acme", "stanford"))));
        List<EntitySplit> two = RESOLVER.splits(List.of(johnSmith("a.txt", "acme"), johnSmith("b.txt", "mit"),
                johnSmith("c.txt", "acme", "stanford"), johnSmith("d.txt", "mit", "harvard")));
        assertEquals(1, two.size());
        assertEquals(Set.of("b.txt", "d.txt"), two.get(0).documents());
    }

    @Test
    void aDocumentThatJoinsAGroupMayBecomeItsFirst() {
        // c.txt (org2) is joined by a.txt, which says only "medicine": that group now starts at a.txt, before b.txt
        List<EntitySplit> splits = RESOLVER.splits(List.of(described("a.txt", Set.of(WorkField.MEDICINE)),
                described("b.txt", Set.of(WorkField.BUSINESS), "org1"), johnSmith("c.txt", "org2")));
        assertEquals(1, splits.size());
        assertEquals(Set.of("b.txt"), splits.get(0).documents());
    }
}
