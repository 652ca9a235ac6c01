package dev.kgx.mention;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeysTest {
    @Test
    void caseSpacingAndHyphensFoldTogether() {
        assertEquals(NameKeys.key("Open AI"), NameKeys.key("openai"));
        assertEquals(NameKeys.key("Jean-Luc Picard"), NameKeys.key("jean luc picard"));
        assertEquals(NameKeys.key("ＡＢＣ"), NameKeys.key("abc"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(NameKeys.key("GPT-4"), NameKeys.key("GPT-4V"));
    }
}
