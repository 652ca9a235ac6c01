package dev.kgx.nlp;

import dev.kgx.Docs;
import dev.kgx.extract.FactAssembly;
import dev.kgx.extract.FactExtractor;
import dev.kgx.extract.ProductKnowledge;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Language;
import dev.kgx.resolve.RuleBasedEntityResolver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trigger frames of each language on sentences written for the test (companies of the lexicon, invented
 * people): where the agent and the object are found around a trigger, and where they are not.
 */
class TriggerFramesTest {
    private static final CombinedMentionDetector DETECTOR = CombinedMentionDetector.standard();
    private static final RuleBasedEntityResolver RESOLVER = new RuleBasedEntityResolver(Lexicon.load());
    private static final ProductKnowledge PRODUCTS = ProductKnowledge.load();
    private static final FactAssembly FRAMES = new FactAssembly(List.of(new SurfaceFrameProposer(), PRODUCTS),
            PRODUCTS);

    private static FactExtractor.Facts facts(Language language, String[]... sentences) {
        AnalyzedDocument doc = Docs.analyzed(language, sentences);
        return FRAMES.extract(doc, RESOLVER.resolve(doc, DETECTOR.detect(doc)));
    }

    private static Set<String> relations(FactExtractor.Facts f) {
        return f.relations().stream().map(r -> r.subjectKey() + " " + r.predicate().term() + " " + r.objectKey())
                .collect(Collectors.toSet());
    }

    private static Event event(FactExtractor.Facts f, EventType type) {
        return f.events().stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + f.events()));
    }

    @Test
    void anEntityRightAfterAVerbIsNoAgentAcrossAComma() {
        // 微软买下了 LinkedIn,又投资了 OpenAI: Microsoft invests, not LinkedIn
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("微软", "先", "买下/VV", "LinkedIn", ",", "又", "投资/VV", "了", "OpenAI", "。"));
        assertTrue(relations(f).contains("microsoft investedIn openai"), relations(f).toString());
        assertFalse(relations(f).contains("linkedin investedIn openai"), relations(f).toString());
    }

    @Test
    void aTriggerWordInsideANameIsNoVerb() {
        // 投资 tagged as part of a name (NN) states nothing
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("腾讯", "和", "红杉", "投资/NN", "都", "看好", "OpenAI", "。"));
        assertTrue(f.events().isEmpty(), f.events().toString());
    }

    @Test
    void aRoleListEndsWhereAnotherKindOfEntityStarts() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("腾讯", "创始人", "Maria Lopez", "、", "百度", "创始人", "John Smith", "都", "来", "了", "。"));
        assertTrue(relations(f).containsAll(Set.of("marialopez founded tencent", "johnsmith founded baidu")),
                relations(f).toString());
        assertFalse(relations(f).contains("marialopez founded baidu"), relations(f).toString());
        assertFalse(relations(f).contains("baidu founded tencent"), relations(f).toString());
    }

    @Test
    void aRoleWithNoOwnerTakesTheOneOrganizationOfTheSentence() {
        FactExtractor.Facts f = facts(Language.ENGLISH,
                s("Nvidia", "shares", "rose", ",", "chief", "scientist", "Maria", "Lopez", "said", "."));
        assertTrue(relations(f).contains("marialopez worksFor nvidia"), relations(f).toString());
    }

    @Test
    void aRoleAfterAnUnrecognizedNameIsNotGivenToAnother() {
        // 某某有限公司董事长 X: the owner is a name the mention stage did not find, not the document's other company
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("腾讯", "投资/VV", "了", "星河/NN", "有限公司/NN", "。"),
                s("星河/NN", "有限公司/NN", "董事长", "王建国/NR", "表示", "欢迎", "。"));
        assertTrue(relations(f).stream().noneMatch(r -> r.startsWith("王建国 worksFor")), relations(f).toString());
    }

    @Test
    void fundingRoundsGiveEveryInvestor() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("Zentrix", "公司", "完成", "B轮", "融资", ",", "由", "腾讯", "领投/VV", ",", "红杉中国", "和", "高瓴资本",
                        "跟投/VV", "。"));
        assertTrue(relations(f).containsAll(Set.of("tencent investedIn zentrix", "sequoia_capital investedIn zentrix",
                "hillhouse investedIn zentrix")), relations(f).toString());
    }

    @Test
    void aStakeOfOneCompanyInAnother() {
        FactExtractor.Facts en = facts(Language.ENGLISH,
                s("Microsoft", "'s", "27", "%", "stake", "in", "OpenAI", "is", "worth", "more", "."));
        assertTrue(relations(en).contains("microsoft investedIn openai"), relations(en).toString());
        FactExtractor.Facts pt = facts(Language.PORTUGUESE,
                s("A", "participação", "de", "10", "%", "da", "Microsoft", "na", "OpenAI", "cresceu", "."));
        assertTrue(relations(pt).contains("microsoft investedIn openai"), relations(pt).toString());
    }

    @Test
    void leavingAPostNamedByItsTitleLeavesTheOrganizationTheDocumentIsAbout() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("微软", "发布/VV", "了", "新", "财报", "。"), s("微软", "股价", "上涨", "。"),
                s("微软", "宣布", ",", "工程师", "Maria Lopez", "辞去/VV", "首席执行官", "一职", "。"));
        Event departure = event(f, EventType.DEPARTURE);
        assertEquals("marialopez", departure.agentKey());
        assertEquals("microsoft", departure.objectKey());
    }

    @Test
    void aLaunchWithoutAgentTakesTheMakerTheDocumentStates() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("微软", "旗下", "的", "Zentrix", "产品", "很", "受欢迎", "。"),
                s("Zentrix", "于", "2021年", "正式", "上线/VV", "。"));
        Event launch = event(f, EventType.PRODUCT_LAUNCH);
        assertEquals("microsoft", launch.agentKey(), f.events().toString());
        assertEquals("2021", launch.date().lexical());
    }

    @Test
    void aFoundingStatedTwiceTakesTheFinerDate() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("2019年", ",", "工程师", "Maria Lopez", "创办/VV", "了", "Zentrix", "公司", "。"),
                s("2019年", "3月", ",", "Zentrix", "正式成立/VV", "。"));
        Event founding = event(f, EventType.FOUNDING);
        assertEquals("marialopez", founding.agentKey());
        assertEquals("2019-03", founding.date().lexical());
    }

    @Test
    void theYearTheNarrativeSpeaksOfDatesALaterSentence() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("2015年", ",", "工程师", "Maria Lopez", "离开/VV", "了", "微软", "。"),
                s("两年之后", ",", "他", "创办/VV", "了", "Zentrix", "公司", "。"));
        assertEquals("2017", event(f, EventType.FOUNDING).date().lexical());
    }

    @Test
    void aDateInsideAQuotationIsNotTheNarrativesTime() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("2015年", ",", "工程师", "Maria Lopez", "离开/VV", "了", "微软", "。"),
                s("他", "说", ":", "“", "2008年", "我", "就", "想", "创业", "”", "。"),
                s("两年之后", ",", "他", "创办/VV", "了", "Zentrix", "公司", "。"));
        assertEquals("2017", event(f, EventType.FOUNDING).date().lexical());
    }

    @Test
    void withoutAnEarlierDateTheNarrativeFormGivesNoDate() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("两年之后", ",", "工程师", "Maria Lopez", "创办/VV", "了", "Zentrix", "公司", "。"));
        assertNull(event(f, EventType.FOUNDING).date());
    }

    @Test
    void aProductUnderAnOrganizationIsOneItDevelops() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("微软", "旗下", "的", "Zentrix", "产品", "很", "受欢迎", "。"));
        assertTrue(relations(f).contains("microsoft develops zentrix") || relations(f).contains("zentrix partOf microsoft"),
                relations(f).toString());
    }

    @Test
    void aProductAfterItsMakerAndClassIsOneItDevelops() {
        // a number with its classifier is one modifier of the class noun: "X 首款 3nm 训练芯片 Y"
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("微软/NR", "首/OD", "款/M", "3/CD", "nm/M", "训练/NN", "芯片/NN", "Sora", "今年", "上市/VV", "。"));
        assertTrue(relations(f).contains("microsoft develops sora"), relations(f).toString());
    }

    @Test
    void aProductNamedByItsClassStandsForTheProductJustNamed() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("谷歌", "上周", "发布/VV", "了", "聊天", "机器人", "Bard", "。"),
                s("该模型", "将", "与", "微软", "的", "Copilot", "竞争/VV", "。"));
        assertTrue(relations(f).contains("bard competesWith github_copilot"), relations(f).toString());
    }

    @Test
    void aRivalListsProductsWithTheirMakers() {
        FactExtractor.Facts f = facts(Language.CHINESE_SIMPLIFIED,
                s("Gemini", "要", "与", "Kimi", "和", "OpenAI", "的", "ChatGPT", "竞争/VV", "。"));
        assertTrue(relations(f).containsAll(Set.of("gemini competesWith kimi", "gemini competesWith chatgpt")),
                relations(f).toString());
        assertFalse(relations(f).contains("gemini competesWith openai"), "a maker is no rival of a product");
    }
}
