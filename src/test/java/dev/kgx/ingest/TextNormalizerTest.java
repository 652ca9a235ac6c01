package dev.kgx.ingest;

import dev.kgx.model.Span;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    /** A stand-in for HanLP's converter: a few Traditional characters, one phrase that changes length. */
    static final ScriptConverter FAKE = text -> {
        Map<Character, Character> t2s = Map.of('數', '数', '據', '据', '開', '开', '發', '发', '門', '门');
        if (text.contains("甲乙")) {
            return text.replace("甲乙", "丙");
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(t2s.getOrDefault(c, c));
        }
        return b.toString();
    };

    private final TextNormalizer normalizer = new TextNormalizer(FAKE);

    @Test
    void foldsFullWidthFormsAndMapsSpansBack() {
        String original = "ＯｐｅｎＡＩ發布";
        TextNormalizer.Normalized n = normalizer.normalize(original, true);
        assertEquals("OpenAI发布", n.text());
        Span openai = new Span(0, 6);
        assertEquals("ＯｐｅｎＡＩ", n.offsets().toOriginal(openai).of(original));
    }

    @Test
    void crlfBecomesOneNewlineAndOffsetsSkipIt() {
        String original = "大數據\r\n開發";
        TextNormalizer.Normalized n = normalizer.normalize(original, true);
        assertEquals("大数据\n开发", n.text());
        assertEquals("開發", n.offsets().toOriginal(new Span(4, 6)).of(original));
    }

    @Test
    void lineWhoseConversionChangesLengthIsConvertedCharByChar() {
        String original = "甲乙開門";
        TextNormalizer.Normalized n = normalizer.normalize(original, true);
        assertEquals(original.length(), n.text().length());
        assertEquals("甲乙开门", n.text());
    }

    @Test
    void expandingCompatibilityCharacterMapsToItsSource() {
        String original = "A㈱B";
        TextNormalizer.Normalized n = normalizer.normalize(original, false);
        assertEquals("A(株)B", n.text());
        assertEquals("㈱", n.offsets().toOriginal(new Span(1, 4)).of(original));
        assertEquals("B", n.offsets().toOriginal(new Span(4, 5)).of(original));
    }

    @Test
    void nonBmpCharactersKeepTheirOffsets() {
        String original = "😀ab𠀀c";
        TextNormalizer.Normalized n = normalizer.normalize(original, true);
        assertEquals(original, n.text());
        assertEquals("𠀀", n.offsets().toOriginal(new Span(4, 6)).of(original));
    }
}
