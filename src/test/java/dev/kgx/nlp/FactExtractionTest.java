package dev.kgx.nlp;

import dev.kgx.Docs;
import dev.kgx.extract.FactAssembly;
import dev.kgx.extract.ProductKnowledge;
import dev.kgx.extract.FactExtractor;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Language;
import dev.kgx.model.Relation;
import dev.kgx.model.Sentence;
import dev.kgx.model.Dependency;
import dev.kgx.resolve.RuleBasedEntityResolver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactExtractionTest {
    private static final CombinedMentionDetector DETECTOR = CombinedMentionDetector.standard();
    private static final RuleBasedEntityResolver RESOLVER = new RuleBasedEntityResolver(Lexicon.load());
    private static final ProductKnowledge PRODUCTS = ProductKnowledge.load();
    private static final FactAssembly EXTRACTOR = new FactAssembly(
            List.of(new SurfaceFrameProposer(), PRODUCTS), PRODUCTS);


    private static FactExtractor.Facts facts(AnalyzedDocument doc) {
        List<Entity> entities = RESOLVER.resolve(doc, DETECTOR.detect(doc));
        return EXTRACTOR.extract(doc, entities);
    }

    private static Set<String> relations(FactExtractor.Facts f) {
        return f.relations().stream().map(r -> r.subjectKey() + " " + r.predicate().term() + " " + r.objectKey())
                .collect(Collectors.toSet());
    }

    @Test
    void joiningGivesAnEventWithItsDateAndEmployment() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "于", "2019年", "3月", "加入/VV", "微软", "。")));
        assertTrue(relations(f).contains("marialopez worksFor microsoft"), relations(f).toString());
        Event e = f.events().get(0);
        assertEquals(EventType.JOINING, e.type());
        assertEquals("2019-03", e.date().lexical());
        Relation r = f.relations().get(0);
        assertTrue(r.evidence().extractor().startsWith("frame:"), r.evidence().extractor());
        assertEquals(0, r.evidence().span().begin());
    }

    @Test
    void competitionWithAListGivesOneFactPerCompetitor() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Anthropic", "正在", "与", "谷歌", "、", "微软", "激烈", "竞争/VV", "。")));
        assertEquals(Set.of("anthropic competesWith google", "anthropic competesWith microsoft"), relations(f));
    }

    @Test
    void productLaunchAndDevelopment() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("百度", "在", "2023年", "发布/VV", "了", "文心一言", "。")));
        assertTrue(relations(f).contains("baidu develops ernie_bot"), relations(f).toString());
        assertEquals(EventType.PRODUCT_LAUNCH, f.events().get(0).type());
        assertEquals("2023", f.events().get(0).date().lexical());
    }

    @Test
    void portugueseAcquisition() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.PORTUGUESE,
                s("A", "startup", "Dropbox", "foi", "comprada", "pela", "Microsoft", "em", "2019", ".")));
        assertTrue(relations(f).contains("microsoft acquired dropbox"), relations(f).toString());
        assertEquals("2019", f.events().get(0).date().lexical());
    }

    @Test
    void investmentFromSeveralInvestors() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Anthropic", "从", "谷歌", "和", "Spark Capital", "获得/VV", "了", "投资", "。")));
        assertEquals(Set.of("google investedIn anthropic", "spark_capital investedIn anthropic"), relations(f));
    }

    @Test
    void investmentCarriesItsAmount() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Anthropic", "从", "谷歌", "获得/VV", "了", "3", "亿", "美元", "的", "投资", "。")));
        assertEquals("USD 300000000", f.events().get(0).amount());
    }

    @Test
    void pronounTakesTheOnlyPersonOfTheNearestSentence() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "很", "忙", "。"),
                s("他", "于", "2021年", "加入/VV", "了", "微软", "。")));
        assertTrue(relations(f).contains("marialopez worksFor microsoft"), relations(f).toString());
        assertTrue(f.relations().get(0).evidence().extractor().endsWith("+anaphor"));
    }

    @Test
    void ambiguousPronounIsLeftAlone() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "和", "工程师", "John Smith", "见面", "。"),
                s("他", "于", "2021年", "加入/VV", "了", "微软", "。")));
        assertTrue(f.relations().isEmpty(), relations(f).toString());
    }

    @Test
    void departureWithImplicitOrganizationTakesTheKnownEmployer() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "在", "微软", "工作/VV", "。"),
                s("Maria Lopez", "于", "2022年", "5月", "辞职/VV", "。")));
        Event departure = f.events().stream().filter(e -> e.type() == EventType.DEPARTURE).findFirst().orElseThrow();
        assertEquals("microsoft", departure.objectKey());
        assertEquals("2022-05", departure.date().lexical());
    }

    @Test
    void yearlessDateTakesTheYearOfAKnownReleaseInItsSentence() {
        // the document states no date of its own; 文心一言 was first released on 2023-03-16 (known-dates.tsv)
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("百度", "在", "3月", "16日", "上线/VV", "了", "文心一言", "。"),
                s("今年", "5月", ",", "微软", "发布/VV", "了", "Windows", "。")));
        assertEquals("2023-03-16", launchOf(f, "ernie_bot").date().lexical());
        assertEquals("2023-05", launchOf(f, "windows").date().lexical(), "今年 is the inferred year");
    }

    @Test
    void withoutAKnownReleaseYearlessDatesStayUndated() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("百度", "在", "8月", "2日", "上线/VV", "了", "文心一言", "。")));
        assertEquals(null, launchOf(f, "ernie_bot").date(), "8 月 2 日 is far from the known release");
    }

    @Test
    void aDateBeforeTheOrganizationExistedIsDropped() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "于", "1960年", "加入/VV", "微软", "。")));
        Event joining = f.events().get(0);
        assertEquals("microsoft", joining.objectKey());
        assertEquals(null, joining.date(), "Microsoft was founded in 1975");
    }

    @Test
    void joiningWithNothingNamedTakesTheOrganizationTheDocumentIsAbout() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("微软", "发布/VV", "了", "新", "产品", "。"), s("微软", "的", "团队", "扩大", "了", "。"),
                s("微软", "和", "谷歌", "都", "在", "招人", "。"),
                s("在", "2021年", "6月", ",", "Maria Lopez", "加入/VV", ",", "领导", "工程", "。")));
        Event joining = f.events().stream().filter(e -> e.type() == EventType.JOINING).findFirst().orElseThrow();
        assertEquals("microsoft", joining.objectKey());
        assertEquals("2021-06", joining.date().lexical());
        assertTrue(relations(f).contains("marialopez worksFor microsoft"), relations(f).toString());
    }

    @Test
    void productGoingLiveIsALaunch() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Windows", "于", "2015年", "7月", "正式", "上线/VV", "。")));
        assertEquals("2015-07", launchOf(f, "windows").date().lexical());
    }

    private static Event launchOf(FactExtractor.Facts f, String product) {
        return f.events().stream().filter(e -> e.type() == EventType.PRODUCT_LAUNCH && product.equals(e.objectKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no launch of " + product + " in " + f.events()));
    }

    @Test
    void aLaunchWithoutAgentTakesTheKnownDeveloperWhoThenDevelopsIt() {
        var withKnowledge = EXTRACTOR;
        AnalyzedDocument doc = Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("OpenAI", "的", "员工", "很", "多", "。"), s("后来", "发布/VV", "了", "GPT-4", "。"));
        FactExtractor.Facts f = withKnowledge.extract(doc, RESOLVER.resolve(doc, DETECTOR.detect(doc)));
        assertEquals("openai", launchOf(f, "gpt_4").agentKey());
        Relation develops = f.relations().stream().filter(r -> r.predicate() == dev.kgx.model.RelationType.DEVELOPS).findFirst()
                .orElseThrow();
        assertEquals("openai develops gpt_4", develops.subjectKey() + " develops " + develops.objectKey());
        assertTrue(develops.evidence().sentence().contains("GPT-4"), develops.evidence().sentence());
    }

    @Test
    void joiningACommonNounTakesTheEmployerAndEachClauseItsOwnDate() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "在", "微软", "工作/VV", "。"),
                s("她", "于", "2021年", "5月", "加入/VV", "该公司", ",", "并", "于", "2023年", "6月", "辞职/VV", "。")));
        Event joining = f.events().stream().filter(e -> e.type() == EventType.JOINING).findFirst().orElseThrow();
        Event departure = f.events().stream().filter(e -> e.type() == EventType.DEPARTURE).findFirst().orElseThrow();
        assertEquals("microsoft", joining.objectKey());
        assertEquals("2021-05", joining.date().lexical(), "the date after the comma is the departure's");
        assertEquals("2023-06", departure.date().lexical());
    }

    @Test
    void joiningAnUnrecognizedProperNounIsNotGuessed() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "Maria Lopez", "在", "微软", "工作/VV", "。"),
                s("她", "于", "2021年", "加入/VV", "星河/NR", ",", "负责", "产品", "。")));
        assertTrue(f.events().stream().noneMatch(e -> e.type() == EventType.JOINING), f.events().toString());
    }

    @Test
    void whatATeamDevelopsItsOrganizationDevelops() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("谷歌", "内部", "的", "Google Brain", "很", "强", "。"),
                s("Google Brain", "开发/VV", "了", "Kubernetes", "。")));
        assertTrue(relations(f).containsAll(Set.of("google_brain partOf google", "google_brain develops kubernetes",
                "google develops kubernetes")), relations(f).toString());
    }

    @Test
    void knownDeveloperNeedsASentenceAboutProductWork() {
        var withKnowledge = EXTRACTOR;
        AnalyzedDocument together = Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "都", "来自", "Meta", "和", "Instagram", "。"));
        assertTrue(relations(withKnowledge.extract(together, RESOLVER.resolve(together, DETECTOR.detect(together))))
                .isEmpty(), "naming both is not saying who made what");
        AnalyzedDocument product = Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Instagram", "是", "Meta", "最", "赚钱", "的", "产品", "之一", "。"));
        assertTrue(relations(withKnowledge.extract(product, RESOLVER.resolve(product, DETECTOR.detect(product))))
                .contains("meta develops instagram"));
    }

    @Test
    void takingOfficeAtAnOrganizationIsWorkingThere() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Maria Lopez", "于", "2020年", "出任/VV", "微软", "首席执行官", "。")));
        assertTrue(relations(f).contains("marialopez worksFor microsoft"), relations(f).toString());
    }

    @Test
    void fundingLedByInvestors() {
        FactExtractor.Facts zh = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Zentrix", "公司", "完成", "B轮", "融资", ",", "由", "腾讯", "领投/VV", ",", "红杉中国", "和", "高瓴资本",
                        "跟投/VV", "。")));
        assertTrue(relations(zh).containsAll(Set.of("tencent investedIn zentrix", "sequoia_capital investedIn zentrix",
                "hillhouse investedIn zentrix")), relations(zh).toString());
        FactExtractor.Facts en = facts(Docs.analyzed(Language.ENGLISH,
                s("Zentrix", "Inc.", "raised", "$", "50", "million", "in", "a", "round", "led", "by", "Accel", ",",
                        "with", "participation", "from", "Nvidia", "and", "Samsung", ".")));
        assertTrue(relations(en).containsAll(Set.of("accel investedIn zentrixinc", "nvidia investedIn zentrixinc",
                "samsung investedIn zentrixinc")), relations(en).toString());
    }

    @Test
    void companyFoundedByAPersonInPassiveForm() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Zentrix", "公司", "由/P", "工程师", "李明华/NR", "于/P", "2019年/NT", "在/P", "上海/NR", "创立/VV", "。")));
        assertTrue(relations(f).contains("李明华 founded zentrix"), relations(f).toString());
        assertEquals("2019", f.events().get(0).date().lexical());
    }

    @Test
    void englishHiresTitlesAndCompanions() {
        FactExtractor.Facts hire = facts(Docs.analyzed(Language.ENGLISH,
                s("Microsoft", "has", "hired", "Maria", "Lopez", "as", "its", "chief", "product", "officer", ".")));
        assertTrue(relations(hire).contains("marialopez worksFor microsoft"), relations(hire).toString());
        assertEquals(EventType.JOINING, hire.events().get(0).type());
        FactExtractor.Facts title = facts(Docs.analyzed(Language.ENGLISH,
                s("Maria", "Lopez", ",", "the", "chief", "executive", "of", "Microsoft", ",", "said", "no", ".")));
        assertTrue(relations(title).contains("marialopez worksFor microsoft"), relations(title).toString());
        FactExtractor.Facts companion = facts(Docs.analyzed(Language.ENGLISH,
                s("She", "built", "it", "with", "Maria", "Lopez", "and", "left", "Microsoft", "in", "2018", ".")));
        assertTrue(companion.events().isEmpty(), "the person after 'with' did not leave: " + companion.events());
    }

    @Test
    void englishInvestmentReceivedFrom() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.ENGLISH,
                s("Zentrix", "Inc.", "has", "received", "investments", "from", "Amazon", "and", "Google", ".")));
        assertTrue(relations(f).containsAll(Set.of("amazon investedIn zentrixinc", "google investedIn zentrixinc")),
                relations(f).toString());
    }

    @Test
    void unitOfAnOrganization() {
        FactExtractor.Facts en = facts(Docs.analyzed(Language.ENGLISH,
                s("Zentrix", ",", "a", "subsidiary", "of", "Alphabet", ",", "grew", ".")));
        assertTrue(relations(en).contains("zentrix partOf alphabet"), relations(en).toString());
        FactExtractor.Facts zh = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("腾讯", "集团", "旗下", "的", "Zentrix", "公司", "上市", "。")));
        assertTrue(relations(zh).contains("zentrix partOf tencent"), relations(zh).toString());
    }

    @Test
    void graduatesAndBackers() {
        FactExtractor.Facts grad = facts(Docs.analyzed(Language.ENGLISH,
                s("Maria", "Lopez", ",", "a", "graduate", "of", "Stanford", "University", ",", "spoke", "."),
                s("Pedro", "Alves", ",", "a", "Tsinghua", "University", "graduate", ",", "agreed", ".")));
        assertTrue(relations(grad).containsAll(Set.of("marialopez educatedAt stanford_university",
                "pedroalves educatedAt tsinghua_university")), relations(grad).toString());
        FactExtractor.Facts backed = facts(Docs.analyzed(Language.ENGLISH,
                s("The", "report", "named", "Tencent", "-backed", "Moonshot", "AI", "first", ".")));
        assertTrue(relations(backed).contains("tencent investedIn moonshot_ai"), relations(backed).toString());
    }

    @Test
    void rivalryAmongAListedGroup() {
        FactExtractor.Facts zh = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("云", "市场", "形成", "了", "三强", "格局", ":", "亚马逊", "、", "微软", "和", "谷歌", "。")));
        assertTrue(relations(zh).containsAll(Set.of("amazon competesWith microsoft", "amazon competesWith google")),
                relations(zh).toString());
        FactExtractor.Facts en = facts(Docs.analyzed(Language.ENGLISH,
                s("The", "race", "between", "Nvidia", ",", "AMD", "and", "Intel", "is", "on", ".")));
        assertTrue(relations(en).containsAll(Set.of("nvidia competesWith amd", "nvidia competesWith intel")),
                relations(en).toString());
    }

    @Test
    void negatedChoiceIsNoJoining() {
        FactExtractor.Facts f = facts(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("Maria Lopez", "不", "选择/VV", "微软", "。")));
        assertTrue(f.events().isEmpty() && f.relations().isEmpty());
    }

    @Test
    void typesThatDoNotFitAreRejected() {
        assertTrue(!dev.kgx.model.RelationType.WORKS_FOR.fits(dev.kgx.model.EntityType.PRODUCT,
                dev.kgx.model.EntityType.COMPANY));
        assertTrue(dev.kgx.model.RelationType.DEVELOPS.fits(dev.kgx.model.EntityType.COMPANY,
                dev.kgx.model.EntityType.PRODUCT));
    }
}
