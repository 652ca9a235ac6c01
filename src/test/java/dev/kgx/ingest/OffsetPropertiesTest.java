package dev.kgx.ingest;

import dev.kgx.model.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offsets never drift: every normalized character and every chunk maps back to the characters it came from. */
class OffsetPropertiesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer(TextNormalizerTest.FAKE);

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("數據", "開發", "门", "甲乙", "公司", "。", "!", "?", "OpenAI", " ", "\r\n", "\n", "\r",
                        "ＡＢＣ", "１２３", "㈱", "😀", "𠀀", "e\u0301", "\u00a0", "ﬁ", ",", "(", ")"),
                Arbitraries.strings().withCharRange('\u0020', '\u007e').ofMaxLength(5),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(5));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void everyNormalizedCharacterComesFromItsOriginal(@ForAll("articles") String original,
                                                      @ForAll boolean simplify) {
        TextNormalizer.Normalized n = NORMALIZER.normalize(original, simplify);
        assertEquals(n.text().length(), n.offsets().normalizedLength());
        for (int i = 0; i < n.text().length(); i++) {
            if (Character.isSurrogate(n.text().charAt(i))) {
                continue;
            }
            String source = n.offsets().toOriginal(new Span(i, i + 1)).of(original);
            String again = NORMALIZER.normalize(source, simplify).text();
            assertTrue(again.indexOf(n.text().charAt(i)) >= 0,
                    "normalized '" + n.text().charAt(i) + "' at " + i + " maps to '" + source + "'");
        }
    }

    @Property(tries = 300)
    void wholeTextMapsToWholeOriginal(@ForAll("articles") String original) {
        TextNormalizer.Normalized n = NORMALIZER.normalize(original, true);
        assertEquals(new Span(0, original.length()), n.offsets().toOriginal(new Span(0, n.text().length())));
    }

    @Property(tries = 300)
    void chunksAreOrderedDisjointAndKeepEveryVisibleCharacter(@ForAll("articles") String text) {
        for (List<Span> chunks : List.of(TextChunks.lines(text), TextChunks.chineseSentences(text))) {
            int previousEnd = 0;
            StringBuilder kept = new StringBuilder();
            for (Span c : chunks) {
                assertTrue(c.begin() >= previousEnd && c.end() <= text.length() && c.length() > 0);
                assertTrue(c.length() <= TextChunks.MAX_CHUNK);
                kept.append(c.of(text));
                previousEnd = c.end();
            }
            assertEquals(text.replaceAll("\\s", ""), kept.toString().replaceAll("\\s", ""));
        }
    }

    @Property(tries = 50)
    void longLinesWithoutPunctuationAreCutIntoBoundedChunks(@ForAll("articles") String seed) {
        String line = (seed.replaceAll("\\s", "") + "字").repeat(3000);
        List<Span> chunks = TextChunks.lines(line);
        assertTrue(chunks.stream().allMatch(c -> c.length() <= TextChunks.MAX_CHUNK));
        assertEquals(line.length(), chunks.stream().mapToInt(Span::length).sum());
    }
}
