package dev.kgx.nlp;

import dev.kgx.model.NameCandidate;
import dev.kgx.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanlpCoreNlpAnalyzerTest {
    /** Pieces as the dictionary segmenter cuts a text: each string one piece, in order. */
    private static List<Span> pieces(String... words) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            out.add(new Span(at, at + w.length()));
            at += w.length();
        }
        return out;
    }

    private static List<String> merged(String[] words, NameCandidate... candidates) {
        String text = String.join("", words);
        return HanlpCoreNlpAnalyzer.mergeTransliterations(text, pieces(words), List.of(candidates)).stream()
                .map(s -> s.of(text)).toList();
    }

    @Test
    void twoCharacterNameTakesARareThirdCharacter() {
        // HanLP proposes 李珮; 瑜 is rarely a word of its own, so the name is 李珮瑜
        assertEquals(List.of("记者", "李珮瑜", "报导"), merged(new String[] {"记者", "李珮", "瑜", "报导"},
                new NameCandidate(new Span(2, 4), "李珮", "nr")));
    }

    @Test
    void twoCharacterNameKeepsAFrequentWordAfterIt() {
        // 说 (says) is a frequent word: 王磊 says
        assertEquals(List.of("王磊", "说", "好"), merged(new String[] {"王磊", "说", "好"},
                new NameCandidate(new Span(0, 2), "王磊", "nr")));
    }

    @Test
    void transliterationPiecesJoinIntoOneName() {
        assertEquals(List.of("工程师", "布洛克曼", "说"), merged(new String[] {"工程师", "布", "洛克", "曼", "说"}));
    }

    @Test
    void twoCharacterNameTakesAFrequentCharacterThatFollowsItEverywhere() {
        // 东 is a frequent word, but 刘强 is followed by it at each of its three occurrences: the name is 刘强东
        String[] words = {"刘强", "东", "、", "刘强", "东", "投资", "、", "刘强", "东", "家"};
        var candidates = new NameCandidate[] {new NameCandidate(new Span(0, 2), "刘强", "nr"),
                new NameCandidate(new Span(4, 6), "刘强", "nr"), new NameCandidate(new Span(10, 12), "刘强", "nr")};
        assertEquals("刘强东", merged(words, candidates).get(0));
        String[] twice = {"刘强", "东", "、", "刘强", "东", "投资"};
        assertEquals("刘强", merged(twice, candidates[0], candidates[1]).get(0), "two occurrences are not enough");
        String[] varied = {"王磊", "说", "、", "王磊", "说", "、", "王磊", "笑"};
        assertEquals("王磊", merged(varied, new NameCandidate(new Span(0, 2), "王磊", "nr")).get(0));
    }

    @Test
    void chineseNameFromTheJapaneseNameRecognizerIsJoinedWhenItHasAFamilyName() {
        assertEquals(List.of("联合创始人", "程一笑", "担任"), merged(new String[] {"联合创始人", "程", "一", "笑", "担任"},
                new NameCandidate(new Span(5, 8), "程一笑", "nrj")));
        assertEquals(List.of("他", "一", "笑", "了"), merged(new String[] {"他", "一", "笑", "了"},
                new NameCandidate(new Span(1, 3), "一笑", "nrj")), "no family name, no name");
    }

    @Test
    void wordKnownOnlyAsAVerbIsNoProperNoun() {
        assertTrue(HanlpCoreNlpAnalyzer.knownOnlyAsVerb("意味着"));
        assertFalse(HanlpCoreNlpAnalyzer.knownOnlyAsVerb("影响"), "also a verbal noun");
        assertFalse(HanlpCoreNlpAnalyzer.knownOnlyAsVerb("北京"), "a name");
        assertFalse(HanlpCoreNlpAnalyzer.knownOnlyAsVerb("伊可普"), "unknown to the dictionaries: the tagger decides");
    }

    @Test
    void personWhoseGivenNameIsALexiconNameIsProposed() {
        // 何小鹏: the segmenter's dictionary holds 小鹏 (XPeng), so only the recognizer without it finds the man
        List<Span> known = List.of(new Span(1, 3));
        assertTrue(HanlpCoreNlpAnalyzer.personAroundKnownName("何小鹏", "nr", new Span(0, 3), known, List.of()));
        assertFalse(HanlpCoreNlpAnalyzer.personAroundKnownName("何小鹏", "nr", new Span(0, 3), known,
                List.of(new NameCandidate(new Span(0, 3), "何小鹏", "nr"))), "already proposed");
        assertFalse(HanlpCoreNlpAnalyzer.personAroundKnownName("何小鹏", "nr", new Span(0, 3), List.of(), List.of()),
                "no lexicon name hid it: the recognizer with the additions had its chance");
        assertFalse(HanlpCoreNlpAnalyzer.personAroundKnownName("的小鹏", "nr", new Span(0, 3), known, List.of()),
                "no family name");
    }

    @Test
    void threeCharacterNameEndingInAFrequentWordIsTheShorterNameTheDocumentUses() {
        // HanLP proposes 黄铮早 in 黄铮早前宣布; the document writes 黄铮 elsewhere and 早 is a frequent word
        String[] words = {"董事长", "黄铮", "早", "前", "宣布", "。", "黄铮", "说"};
        assertEquals("黄铮", merged(words, new NameCandidate(new Span(3, 6), "黄铮早", "nr")).get(1));
        String[] once = {"董事长", "黄铮", "早", "前", "宣布", "。"};
        assertEquals("黄铮早", merged(once, new NameCandidate(new Span(3, 6), "黄铮早", "nr")).get(1),
                "the document never writes the shorter name alone");
    }
}
