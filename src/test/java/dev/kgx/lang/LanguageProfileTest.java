package dev.kgx.lang;

import dev.kgx.model.EntityType;
import dev.kgx.model.FactType;
import dev.kgx.model.Language;
import dev.kgx.model.WorkField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageProfileTest {
    /** The files every language folder holds; dependencies.tsv as well when the language is parsed. */
    private static final List<String> REQUIRED = List.of("language.tsv", "triggers.tsv", "frames.tsv",
            "anaphors.tsv", "boilerplate.tsv", "money.tsv", "occupations.tsv");

    @Test
    void everyLanguageConstantHasAFolderWithEveryFileItNeeds() {
        for (Language language : Language.values()) {
            String folder = "dev/kgx/lang/" + language.folder() + "/";
            List<String> files = new ArrayList<>(REQUIRED);
            LanguageProfile profile = LanguageProfile.of(language);
            if (profile.parser() != DependencyParser.NONE) {
                files.add("dependencies.tsv");
            }
            for (String file : files) {
                assertNotNull(getClass().getClassLoader().getResource(folder + file), language + ": " + folder + file);
            }
            assertEquals(language, profile.language());
            assertFalse(profile.triggers().all().isEmpty(), language + " has trigger words");
            assertFalse(profile.frames().isEmpty(), language + " has frames");
            assertFalse(profile.listSeparators().isEmpty(), language + " has list separators");
            assertFalse(profile.properNounTag().isBlank(), language + " has a proper-noun tag");
            assertEquals(profile.parser() != DependencyParser.NONE, profile.dependencyRoles() != null,
                    language + ": dependency roles exactly when parsed");
        }
    }

    @Test
    void chineseIsSegmentedParsedAndConvertedWhereEnglishAndPortugueseAreNot() {
        LanguageProfile zh = LanguageProfile.of(Language.CHINESE_TRADITIONAL);
        LanguageProfile pt = LanguageProfile.of(Language.PORTUGUESE);
        assertEquals(Analysis.CHINESE, zh.analysis());
        assertEquals(Script.HAN, zh.script());
        assertTrue(zh.toSimplified());
        assertEquals("NR", zh.properNounTag());
        assertEquals(Analysis.LATIN, pt.analysis());
        assertEquals(DependencyParser.NONE, pt.parser());
        assertTrue(pt.personNeedsGivenName());
        assertFalse(LanguageProfile.of(Language.ENGLISH).personNeedsGivenName());
        assertEquals("NNP", LanguageProfile.of(Language.ENGLISH).properNounTag());
        assertEquals("pt", pt.latinNameTag());
    }

    @Test
    void aLanguageWithoutAConstantOfItsOwnLoadsFromAFolderOfDataAlone() {
        // a Spanish folder written for this test: nothing in Java knows Spanish
        LanguageProfile es = LanguageProfile.load(Language.OTHER, "dev/kgx/lang-test/es/");
        assertEquals(Analysis.LATIN, es.analysis());
        assertEquals(DependencyParser.NONE, es.parser());
        assertNull(es.dependencyRoles());
        assertEquals("es", es.latinNameTag());
        assertTrue(es.listSeparators().contains("y"));
        assertTrue(es.listArticles().contains("los"));
        assertEquals(FactType.fromTerm("Acquisition"), es.triggers().find("compró").get(0).type());
        assertEquals(List.of("verb-active"), es.frames().stream().map(Frame::name).toList());
        assertTrue(es.anaphors().contains(new Anaphor("la empresa", EntityType.COMPANY, 1, false)));
        assertTrue(es.anaphors().contains(new Anaphor("yo", EntityType.PERSON, 0, true)));
        assertEquals(new BigDecimal("1e9"), es.money().scales().get("mil millones"));
        assertEquals("EUR", es.money().symbols().get("€"));
        assertTrue(es.boilerplate().get(0).matcher("Actualizado el lunes").find());
        assertEquals(Set.of(WorkField.SCIENCE), es.occupations().occupations().stream()
                .filter(o -> o.words().equals("bióloga")).findFirst().orElseThrow().fields());
        assertTrue(es.occupations().copulas().contains("es"));
    }

    @Test
    void aMissingSettingFailsNamingTheFileAndTheSetting() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LanguageProfile.Settings.load("dev/kgx/lang-test/missing-settings.tsv"));
        assertTrue(e.getMessage().contains("missing-settings.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("proper-noun-tag is missing"), e.getMessage());
    }

    @Test
    void anUnknownParserFailsListingTheParsersThereAre() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LanguageProfile.Settings.load("dev/kgx/lang-test/unknown-parser.tsv"));
        assertTrue(e.getMessage().contains("unknown-parser.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("klingon") && e.getMessage().contains("[chinese, english, none]"),
                e.getMessage());
    }

    @Test
    void aMissingFolderFailsNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LanguageProfile.load(Language.OTHER, "dev/kgx/lang-test/none/"));
        assertTrue(e.getMessage().contains("dev/kgx/lang-test/none/language.tsv"), e.getMessage());
    }
}
