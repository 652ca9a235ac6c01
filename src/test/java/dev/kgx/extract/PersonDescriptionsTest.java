package dev.kgx.extract;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Language;
import dev.kgx.model.Mention;
import dev.kgx.model.MentionEvidence;
import dev.kgx.model.PersonDescription;
import dev.kgx.model.Span;
import dev.kgx.model.WorkField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.kgx.Docs.analyzed;
import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonDescriptionsTest {
    private final PersonDescriptions descriptions = new PersonDescriptions();

    /** The descriptions of the person named {@code name} wherever the one-sentence text names them. */
    private List<PersonDescription> of(Language language, String name, String... tokens) {
        AnalyzedDocument doc = analyzed(language, s(tokens));
        String text = doc.source().text();
        List<Mention> mentions = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            mentions.add(new Mention(new Span(i, i + name.length()), name, EntityType.PERSON, "test", "test", 1.0,
                    null, MentionEvidence.CUE));
        }
        Entity person = new Entity("p", EntityType.PERSON, name, Set.of(new Entity.Name(name, "en")), mentions,
                "test", "test");
        return descriptions.find(doc, List.of(person));
    }

    private static List<String> occupations(List<PersonDescription> found) {
        return found.stream().map(PersonDescription::occupation).toList();
    }

    @Test
    void englishTitleBeforeTheName() {
        List<PersonDescription> found = of(Language.ENGLISH, "John Smith", "Acme", "CEO", "John", "Smith", "said");
        assertEquals(List.of("CEO"), occupations(found));
        assertEquals(Set.of(WorkField.BUSINESS), found.get(0).fields());
    }

    @Test
    void englishAppositionWithModifiers() {
        List<PersonDescription> found = of(Language.ENGLISH, "John Smith", "John", "Smith", ",", "a", "marine",
                "biologist", ",", "said", "the", "reef", "is", "dying");
        assertEquals(List.of("biologist"), occupations(found));
        assertEquals(Set.of(WorkField.SCIENCE), found.get(0).fields());
    }

    @Test
    void englishAppositionNamingTheOrganizationAfterTheTitle() {
        assertEquals(List.of("chief executive officer"), occupations(of(Language.ENGLISH, "John Smith", "John",
                "Smith", ",", "chief", "executive", "officer", "of", "Acme", "Corp", ",", "said")));
    }

    @Test
    void englishCopula() {
        assertEquals(List.of("footballer"), occupations(of(Language.ENGLISH, "John Smith", "John", "Smith", "is",
                "a", "retired", "footballer")));
    }

    @Test
    void aClauseAboutSomethingElseOrAPastOccupationIsNotADescription() {
        assertEquals(List.of(), of(Language.ENGLISH, "John Smith", "John", "Smith", ",", "who", "hired", "a",
                "biologist", ",", "said"));
        assertEquals(List.of(), of(Language.ENGLISH, "John Smith", "John", "Smith", "hired", "a", "biologist"));
        assertEquals(List.of(), of(Language.ENGLISH, "John Smith", "former", "CEO", "John", "Smith", "said"));
        assertEquals(List.of(), of(Language.ENGLISH, "John Smith", "John", "Smith", ",", "the", "former", "CEO",
                ",", "said"));
        assertEquals(List.of(), of(Language.ENGLISH, "John Smith", "the", "CEOs", "John", "Smith", "met"),
                "inside a longer word");
    }

    @Test
    void portugueseBeforeAndAfterTheName() {
        assertEquals(List.of("biólogo"), occupations(of(Language.PORTUGUESE, "João Silva", "o", "biólogo", "João",
                "Silva", "disse")));
        assertEquals(List.of("jogador"), occupations(of(Language.PORTUGUESE, "João Silva", "João", "Silva", "é",
                "jogador", "do", "Santos")));
        assertEquals(List.of(), of(Language.PORTUGUESE, "João Silva", "o", "ex-presidente-executivo", "João",
                "Silva", "disse"));
    }

    @Test
    void chineseBeforeTheNameAfterACopulaAndInParentheses() {
        List<PersonDescription> found = of(Language.CHINESE_SIMPLIFIED, "张三", "生物学家", "张三", "说");
        assertEquals(List.of("生物学家"), occupations(found));
        assertEquals(List.of("运动员"), occupations(of(Language.CHINESE_SIMPLIFIED, "张三", "张三", "是", "一名",
                "足球", "运动员")));
        assertEquals(List.of("律师"), occupations(of(Language.CHINESE_SIMPLIFIED, "张三", "张三", "（", "律师",
                "）", "说")));
        assertEquals(Set.of(WorkField.BUSINESS, WorkField.SCIENCE), of(Language.CHINESE_SIMPLIFIED, "张三", "工程师",
                "张三", "说").get(0).fields());
    }

    @Test
    void chineseClauseAboutSomethingElseOrAPastOccupationIsNotADescription() {
        assertEquals(List.of(), of(Language.CHINESE_SIMPLIFIED, "张三", "张三", "的", "律师", "说"));
        assertEquals(List.of(), of(Language.CHINESE_SIMPLIFIED, "张三", "张三", "，", "他", "聘请", "了", "律师"));
        assertEquals(List.of(), of(Language.CHINESE_SIMPLIFIED, "张三", "前", "首席执行官", "张三", "说"));
    }

    @Test
    void onlyPeopleAreDescribed() {
        AnalyzedDocument doc = analyzed(Language.ENGLISH, s("Acme", "CEO", "Jane", "Doe"));
        Mention m = new Mention(new Span(9, 17), "Jane Doe", EntityType.COMPANY, "test", "test", 1.0, null,
                MentionEvidence.CUE);
        Entity notAPerson = new Entity("jd", EntityType.COMPANY, "Jane Doe", Set.of(), List.of(m), "test", "test");
        assertEquals(List.of(), descriptions.find(doc, List.of(notAPerson)));
    }
}
