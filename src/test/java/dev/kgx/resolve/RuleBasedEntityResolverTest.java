package dev.kgx.resolve;

import dev.kgx.Docs;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBasedEntityResolverTest {
    private static final CombinedMentionDetector DETECTOR = CombinedMentionDetector.standard();
    private static final RuleBasedEntityResolver RESOLVER = new RuleBasedEntityResolver(Lexicon.load());

    private static List<Entity> resolve(AnalyzedDocument doc) {
        return RESOLVER.resolve(doc, DETECTOR.detect(doc));
    }

    private static Entity byKey(List<Entity> entities, String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + entities));
    }

    @Test
    void lexiconMergesNamesAcrossScriptsAndSpellings() {
        List<Entity> es = resolve(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("微软", "和", "Microsoft", "是", "一家", "公司", "。")));
        Entity ms = byKey(es, "microsoft");
        assertEquals(Set.of("微软", "Microsoft"), ms.names().stream().map(Entity.Name::form).collect(Collectors.toSet()));
        assertEquals(1, es.size());
    }

    @Test
    void shortFormOfAPersonNameJoinsTheFullName() {
        List<Entity> es = resolve(Docs.analyzed(Language.ENGLISH,
                s("Engineer", "Maria", "Lopez-Reyes", "joined", "."),
                s("Later", ",", "Lopez-Reyes", "said", "it", "was", "hard", ".")));
        Entity maria = byKey(es, "marialopezreyes");
        assertEquals(2, maria.mentions().size());
        assertTrue(maria.mergeReason().contains("short form"));
    }

    @Test
    void respelledFamilyNameJoinsTheFullName() {
        List<Entity> es = resolve(Docs.analyzed(Language.ENGLISH,
                s("Engineer", "Maria", "Lopez-Reyes", "joined", "."),
                s("Later", ",", "Lopes-Reyez", "said", "it", "was", "hard", ".")));
        Entity maria = byKey(es, "marialopezreyes");
        assertEquals(2, maria.mentions().size());
        assertTrue(maria.mergeReason().contains("variant spelling"), maria.mergeReason());
    }

    @Test
    void familyNameOfADottedNameIsTheSamePerson() {
        List<Entity> es = resolve(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("总裁", "马克西·罗兰", "说", "。"), s("罗兰", "此前", "在", "谷歌", "工作", "。")));
        Entity person = es.stream().filter(e -> e.names().stream().anyMatch(n -> n.form().equals("马克西·罗兰")))
                .findFirst().orElseThrow();
        assertEquals(Set.of("马克西·罗兰", "罗兰"), person.names().stream().map(Entity.Name::form)
                .collect(Collectors.toSet()));
    }

    @Test
    void shortNameTheTextDefinesIsTheSameEntity() {
        List<Entity> es = resolve(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Zentrix", "公司", "(", "以下简称", "“", "赞创", "”", ")", "宣布", "裁员", "。"),
                s("赞创", "的", "股价", "下跌", "。")));
        Entity zentrix = byKey(es, "zentrix");
        assertEquals(Set.of("Zentrix", "赞创"), zentrix.names().stream().map(Entity.Name::form)
                .collect(Collectors.toSet()));
        assertEquals(3, zentrix.mentions().size(), "the short name is found again later");
        assertTrue(zentrix.mergeReason().contains("short name defined in the text"), zentrix.mergeReason());
    }

    @Test
    void variantSpellingNeedsTheSameInitialAndFewEdits() {
        assertTrue(RuleBasedEntityResolver.isVariantSpelling("Frans-Owen", "French-Owen"));
        assertTrue(RuleBasedEntityResolver.isVariantSpelling("Kowalsky", "Kowalski"));
        assertFalse(RuleBasedEntityResolver.isVariantSpelling("Brown", "Braun"), "two edits in five letters");
        assertFalse(RuleBasedEntityResolver.isVariantSpelling("Owen", "Owens"), "too short to judge");
        assertFalse(RuleBasedEntityResolver.isVariantSpelling("Mendez", "Hendez"), "different initial");
        assertFalse(RuleBasedEntityResolver.isVariantSpelling("Johnson", "Johnson"), "same name is no variant");
    }

    @Test
    void nameGlossedInParenthesesIsOneEntity() {
        List<Entity> es = resolve(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "马克西姆/NR/PERSON", "(", "Maxim", ")", "说", "。")));
        Entity maxim = byKey(es, "maxim");
        assertEquals(Set.of("马克西姆", "Maxim"), maxim.names().stream().map(Entity.Name::form)
                .collect(Collectors.toSet()));
        assertTrue(maxim.mergeReason().contains("glossed"));
    }

    @Test
    void caseVariantsShareOneKey() {
        List<Entity> es = resolve(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Chatgpt", "和", "ChatGPT", "是", "同一个", "产品", "。")));
        assertEquals(1, es.size());
        assertEquals("chatgpt", es.get(0).key());
    }

    private static dev.kgx.model.Mention mention(dev.kgx.model.EntityType type, dev.kgx.model.MentionEvidence evidence,
                                                 double confidence) {
        return new dev.kgx.model.Mention(new dev.kgx.model.Span(0, 2), "安克", type, "test", "test", confidence, null,
                evidence);
    }

    @Test
    void typeGivenByACueOutweighsRepeatedGuessesOfATagger() {
        var person = dev.kgx.model.EntityType.PERSON;
        var company = dev.kgx.model.EntityType.COMPANY;
        var guess = dev.kgx.model.MentionEvidence.STATISTICAL;
        var cue = dev.kgx.model.MentionEvidence.CUE;
        assertEquals(company, RuleBasedEntityResolver.voteType(List.of(mention(person, guess, 0.6),
                mention(person, guess, 0.6), mention(person, guess, 0.6), mention(company, cue, 0.5))));
        assertEquals(person, RuleBasedEntityResolver.voteType(List.of(mention(person, guess, 0.6),
                mention(person, guess, 0.6), mention(company, guess, 0.7))),
                "evidence of one kind: the sum of confidences decides");
    }

    @Test
    void shortNameOfAnOrganizationJoinsItsFullNameButLexiconEntriesStayApart() {
        List<Entity> es = resolve(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("伊/NR", "可/VV", "普/NR", "科技/NN", "成立/VV", "了/AS", "。/PU"),
                s("伊可普/NR", "卖/VV", "净水器/NN", "。/PU")), "伊可普:nr"));
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).mergeReason().contains("short name of 伊可普科技"), es.get(0).mergeReason());
        List<Entity> geely = resolve(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("吉利/NR", "汽车/NN", "是/VC", "吉利/NR", "的/DEG", "子公司/NN", "。/PU")));
        assertEquals(2, geely.size(), geely.toString());
    }
}
