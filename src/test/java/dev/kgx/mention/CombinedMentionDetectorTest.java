package dev.kgx.mention;

import dev.kgx.Docs;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.EntityType;
import dev.kgx.model.Language;
import dev.kgx.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CombinedMentionDetectorTest {
    private static final CombinedMentionDetector DETECTOR = CombinedMentionDetector.standard();

    private static Map<String, EntityType> detect(AnalyzedDocument doc) {
        return DETECTOR.detect(doc).stream().collect(Collectors.toMap(Mention::text, Mention::type, (a, b) -> a));
    }

    @Test
    void lexiconNamesInChineseTextAreTyped() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED, s("微软", "和", "Open AI", "合作", "开发", "GPT-4", "。")));
        assertEquals(EntityType.COMPANY, found.get("微软"));
        assertEquals(EntityType.COMPANY, found.get("Open AI"));
        assertEquals(EntityType.PRODUCT, found.get("GPT-4"));
    }

    @Test
    void latinNamesAreTypedByCues() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("创始人", "Maria Lopez", "说", ",", "Northwind Ventures", "投资", "了", "Zentrix", "公司", "。")));
        assertEquals(EntityType.PERSON, found.get("Maria Lopez"));
        assertEquals(EntityType.COMPANY, found.get("Northwind Ventures"));
        assertEquals(EntityType.COMPANY, found.get("Zentrix"));
    }

    @Test
    void chineseProperNounsNeedASecondSignal() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "李明华/NR", "加入", "了", "星河/NR", "集团", ",", "北方/NR", "很", "冷", "。")));
        assertEquals(EntityType.PERSON, found.get("李明华"));
        assertEquals(EntityType.COMPANY, found.get("星河集团"), "a proper noun with its head noun");
        assertFalse(found.containsKey("北方"), "a proper noun with no cue or name tag is not an entity");
    }

    @Test
    void singleBareForeignNameNeedsACueOrARepeat() {
        var once = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他", "见过", "父母", "的", "吉洛维茨/NR/PERSON", "。")));
        assertFalse(once.containsKey("吉洛维茨"), "one bare mention, recognizers only");
        var twice = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他", "见过", "吉洛维茨/NR/PERSON", "。"), s("吉洛维茨/NR/PERSON", "很", "忙", "。")));
        assertEquals(EntityType.PERSON, twice.get("吉洛维茨"));
        var titled = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "和", "吉洛维茨/NR/PERSON", "(", "星河", "总裁", ")", "开会", "。")));
        assertEquals(EntityType.PERSON, titled.get("吉洛维茨"), "a title in parentheses is a person cue");
    }

    @Test
    void untypedNameTakesTheTypeOfTheNamesItIsListedWith() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("谷歌", "、", "Dropbox", "和", "Quillbright", "都", "在", "招人", "。")));
        assertEquals(EntityType.COMPANY, found.get("Quillbright"));
    }

    @Test
    void boilerplateLinesStopwordsAndUrlsGiveNoEntities() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("本文", "转载", "自", "Northwind Ventures"),
                s("AI", "和", "CEO", "都", "是", "词", "。"),
                s("网址", "https://example.com/Acme", "。")));
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void longSiteNoticeInEnglishGivesNoEntities() {
        var found = detect(Docs.analyzed(Language.ENGLISH,
                s("Notice", ":", "The", "text", "above", "was", "posted", "by", "a", "user", "of", "Brightwave",
                        "Group", ",", "a", "platform", "that", "only", "stores", "information", "and", "takes", "no",
                        "responsibility", "for", "what", "its", "users", "publish", ".")));
        assertTrue(found.isEmpty(), found.toString());
        var inArticle = detect(Docs.analyzed(Language.ENGLISH,
                s("The", "text", "was", "posted", "by", "a", "user", "of", "Brightwave", "Group", ".")));
        assertTrue(inArticle.containsKey("Brightwave Group"), "the same name in article text: " + inArticle);
    }

    @Test
    void ambiguousLexiconWordNeedsCompanyContext() {
        assertTrue(detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED, s("我", "吃", "了", "苹果", "。"))).isEmpty());
        assertEquals(EntityType.COMPANY, detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("微软", "、", "苹果", "都", "在", "招人", "。"))).get("苹果"));
    }

    @Test
    void longerFormOfAnAmbiguousLexiconWordNeedsNoContext() {
        assertEquals(EntityType.COMPANY, detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("苹果公司", "发布", "了", "新", "手机", "。"))).get("苹果公司"));
    }

    @Test
    void dottedTransliteratedNameIsAPersonAndItsFamilyNameToo() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("星河", "集团", "总裁", "马克西·罗兰", "说", "。"), s("罗兰", "此前", "在", "谷歌", "工作", "。")));
        assertEquals(EntityType.PERSON, found.get("马克西·罗兰"));
        assertEquals(EntityType.PERSON, found.get("罗兰"), "the family name alone, later");
    }

    @Test
    void startupWordTypesTheNameAfterItAndNationalitiesAreNoNames() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他们", "投资", "了", "德国", "初创企业", "Skyvolt", "。")));
        assertEquals(EntityType.COMPANY, found.get("Skyvolt"));
        var english = detect(Docs.analyzed(Language.ENGLISH,
                s("It", "bought", "an", "Israeli", "startup", "called", "Skyvolt", ".")));
        assertFalse(english.containsKey("Israeli"), english.toString());
    }

    @Test
    void organizationHanlpProposesNeedsItsOwnNounAndASecondOccurrence() {
        var twice = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他", "创办", "了", "星言", "科技", "。"), s("星言", "科技", "发布", "了", "新", "产品", "。")),
                "星言科技:nt"));
        assertEquals(EntityType.COMPANY, twice.get("星言科技"));
        var once = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他", "创办", "了", "星言", "科技", "。")), "星言科技:nt"));
        assertFalse(once.containsKey("星言科技"), "one proposal, one occurrence");
        var team = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("产品", "团队", "很", "忙", "。"), s("产品", "团队", "加班", "。")), "产品团队:nt"));
        assertTrue(team.isEmpty(), "a team named by its work is no name: " + team);
    }

    @Test
    void organizationRunOfCoreNlpNeedsAHeadNounOrACue() {
        var university = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他", "毕业", "于", "星海/NR/ORGANIZATION", "理工/NN/ORGANIZATION", "大学/NN/ORGANIZATION", "。")));
        assertEquals(EntityType.ORGANIZATION, university.get("星海理工大学"));
        var startup = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("初创公司", "智/NN/MISC", "元/NR/MISC", "机器人/NN/MISC", "今日/NT/MISC", "宣布", "融资", "。")));
        assertEquals(EntityType.COMPANY, startup.get("智元机器人"), startup.toString());
        var common = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程/NN/ORGANIZATION", "团队/NN/ORGANIZATION", "扩大", "了", "。")));
        assertTrue(common.isEmpty(), common.toString());
    }

    @Test
    void portugueseCapitalizedPairIsAPersonOnlyWithAGivenName() {
        var found = detect(Docs.analyzed(Language.PORTUGUESE,
                s("O", "banco", "concorre", "com", "o", "Mercado/NNP/PERSON", "Pago/NNP/PERSON", "e", "o", "PicPay",
                        ",", "disse", "Carlos/NNP/PERSON", "Mendez/NNP/PERSON", ".")));
        assertEquals(EntityType.COMPANY, found.get("Mercado Pago"), found.toString());
        assertEquals(EntityType.COMPANY, found.get("PicPay"), "listed with it");
        assertEquals(EntityType.PERSON, found.get("Carlos Mendez"));
    }

    @Test
    void familyNameAloneLaterIsThePersonUnlessShared() {
        List<Mention> found = DETECTOR.detect(Docs.analyzed(Language.ENGLISH,
                s("Engineer", "Maria", "Lopez", "joined", "Microsoft", "."), s("Later", ",", "Lopez", "left", ".")));
        assertEquals(2, found.stream().filter(m -> m.type() == EntityType.PERSON).count(), found.toString());
        List<Mention> shared = DETECTOR.detect(Docs.analyzed(Language.ENGLISH,
                s("Engineer", "Maria", "Lopez", "and", "engineer", "Pedro", "Lopez", "met", "."),
                s("Later", ",", "Lopez", "left", ".")));
        assertTrue(shared.stream().noneMatch(m -> m.text().equals("Lopez")), shared.toString());
    }

    @Test
    void registeredCompanyNameAndItsDefinedShortName() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他们/PN", "收购/VV", "了/AS", "星河/NR", "物流", "股份", "有限", "公司", "(", "以下简称", "“", "星河", "”", ")",
                        "。")));
        assertEquals(EntityType.COMPANY, found.get("星河物流股份有限公司"), found.toString());
        assertEquals(EntityType.COMPANY, found.get("星河"), "the short name takes the type");
        var generic = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("一/CD", "家/M", "科技", "有限", "公司", "成立/VV", "了/AS", "。/PU")));
        assertTrue(generic.isEmpty(), "no proper noun, no name: " + generic);
    }

    @Test
    void groupNameWithALineOfBusinessIsAnotherCompany() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("京东", "物流", "宣布", "扩张", "。"), s("京东", "物流", "的", "利润", "增长", "。")));
        assertEquals(EntityType.COMPANY, found.get("京东物流"), found.toString());
        assertFalse(found.containsKey("京东"), "京东 inside 京东物流 is not the group: " + found);
        var group = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED, s("京东", "物流", "业务", "增长", "。")));
        assertEquals(EntityType.COMPANY, group.get("京东"), "said once, with no company noun after it: " + group);
    }

    @Test
    void possessiveAndUnitOfInEnglish() {
        var found = detect(Docs.analyzed(Language.ENGLISH,
                s("Zentrix", ",", "a", "unit", "of", "Alphabet", ",", "grew", "."),
                s("The", "data", "show", "that", "Zentrix", "'s", "revenue", "rose", ".")));
        assertEquals(EntityType.COMPANY, found.get("Zentrix"), found.toString());
        assertFalse(found.keySet().stream().anyMatch(k -> k.endsWith("'s")), found.toString());
    }

    @Test
    void sentenceInitialCapitalIsNoNameInEnglish() {
        var found = detect(Docs.analyzed(Language.ENGLISH, s("Yesterday", "the", "team", "met", "Jane", "Doe", ".")));
        assertFalse(found.containsKey("Yesterday"));
        assertEquals(EntityType.PERSON, found.get("Jane Doe"));
    }

    @Test
    void overlappingProposalsKeepTheLongestTypedName() {
        List<Mention> found = DETECTOR.detect(Docs.analyzed(Language.ENGLISH,
                s("Analysts", "at", "Harbor", "Research", "Institute", "said", "so", ".")));
        assertEquals(1, found.size());
        assertEquals("Harbor Research Institute", found.get(0).text());
        assertEquals(EntityType.ORGANIZATION, found.get(0).type());
    }

    @Test
    void overlappingProposalsAreSettledByTheirKindOfEvidenceNotByTheirReasonText() {
        var span = new dev.kgx.model.Span(0, 4);
        var ownForm = new Mention(span, "星海大学", EntityType.ORGANIZATION, "t", "any words", 0.5, null,
                dev.kgx.model.MentionEvidence.OWN_FORM);
        var lexicon = new Mention(span, "星海大学", EntityType.ORGANIZATION, "t", "head noun, whatever it says", 0.5,
                "x", dev.kgx.model.MentionEvidence.LEXICON);
        var cue = new Mention(span, "星海大学", EntityType.ORGANIZATION, "t", "head noun: 大学", 0.9, null,
                dev.kgx.model.MentionEvidence.CUE);
        var untyped = new Mention(span, "星海大学", null, "t", "lexicon: x", 0.9, null,
                dev.kgx.model.MentionEvidence.NAME_SHAPE);
        var needsContext = new Mention(span, "星海大学", EntityType.COMPANY, "t", "lexicon: x", 0.9, "x",
                dev.kgx.model.MentionEvidence.LEXICON_NEEDS_CONTEXT);
        assertEquals(CombinedMentionDetector.rank(ownForm), CombinedMentionDetector.rank(lexicon));
        assertTrue(CombinedMentionDetector.rank(ownForm) > CombinedMentionDetector.rank(cue),
                "a reason that reads like a head noun does not raise a cue");
        assertTrue(CombinedMentionDetector.rank(cue) > CombinedMentionDetector.rank(untyped));
        assertTrue(CombinedMentionDetector.rank(lexicon) > CombinedMentionDetector.rank(needsContext));
    }

    @Test
    void properNameBeforeAnIndustryWordIsACompany() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("星辰/NR", "证券/NN", "分析师/NN", "王明/NR/PERSON", "说", "。")));
        assertEquals(EntityType.COMPANY, found.get("星辰证券"), found.toString());
        var common = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("石头/NN", "科技/NN", "很", "好", "。"), s("中国/NR", "新能源/NR", "汽车/NN", "卖", "得", "好", "。")));
        assertTrue(common.isEmpty(), "common nouns before an industry word make no name: " + common);
        var sector = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("星辰/NR", "汽车/NN", "行业/NN", "增长", "。")));
        assertFalse(sector.containsKey("星辰汽车"), "an industry word before 行业 modifies it: " + sector);
    }

    @Test
    void wordTheSegmenterDidNotKnowBeforeAnIndustryWordNeedsASecondSign() {
        var recognized = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("此外/AD", ",/PU", "威/NN", "麦/NN", "汽车/NN", "也/AD", "传出/VV", "消息/NN", "。/PU")), "威麦汽车:nt"));
        assertEquals(EntityType.COMPANY, recognized.get("威麦汽车"), recognized.toString());
        var bare = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("此外/AD", ",/PU", "威/NN", "麦/NN", "汽车/NN", "也/AD", "传出/VV", "消息/NN", "。/PU")));
        assertTrue(bare.isEmpty(), "single characters alone: " + bare);
        var verb = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他/PN", "续/VV", "任/VV", "集团/NN", "主席/NN", "。/PU")), "续任集团:nt"));
        assertTrue(verb.isEmpty(), "a verb cut into characters: " + verb);
    }

    @Test
    void lexiconNameThatIsACommonWordCountsWhereCoreNlpReadsItAsAnOrganization() {
        var tagged = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("打入/VV", "三星/NR/ORGANIZATION", "旗舰/NN/ORGANIZATION", "平板/NN/ORGANIZATION", "。/PU")));
        assertEquals(EntityType.COMPANY, tagged.get("三星"), tagged.toString());
        var untagged = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("酒店/NN", "是/VC", "三星/NR", "的/DEG", "。/PU")));
        assertFalse(untagged.containsKey("三星"), "three stars, with no organization reading: " + untagged);
    }

    @Test
    void nounTheTaggerMisreadsIsACompanyWhenNerAndAWordAboutCompaniesAgree() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("根据/P", "寒武纪/NT/ORGANIZATION", "最新/JJ/ORGANIZATION", "业绩/NN/ORGANIZATION", "。/PU"),
                s("寒武纪/NT", "股价/NN", "下跌/VV", "。/PU")));
        assertEquals(EntityType.COMPANY, found.get("寒武纪"), found.toString());
        var nerOnly = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("根据/P", "寒武纪/NT/ORGANIZATION", "最新/JJ/ORGANIZATION", "业绩/NN/ORGANIZATION", "。/PU"),
                s("寒武纪/NT", "很/AD", "长/VA", "。/PU")));
        assertTrue(nerOnly.isEmpty(), "an organization tag alone: " + nerOnly);
        var commonNoun = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("研究/NN/ORGANIZATION", "团队/NN/ORGANIZATION", "。/PU"), s("研究/NN", "团队/NN", "扩大/VV", "。/PU")));
        assertTrue(commonNoun.isEmpty(), "a cue that also follows common nouns does not count: " + commonNoun);
    }

    @Test
    void registeredNameMayHoldTheGroupFormOrAPlaceInParentheses() {
        var group = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("合肥市/NR/GPE", "建设/VV", "投资/NN", "控股/NN", "(/PU", "集团/NN", ")/PU", "有限公司/NN", "董事长/NN",
                        "说/VV", "。/PU")), "合肥市建设投资控股(集团)有限公司:nt"));
        assertEquals(EntityType.COMPANY, group.get("合肥市建设投资控股(集团)有限公司"), group.toString());
        var place = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("极星/NR", "由/P", "北辰/NR", "汽车/NN", "(/PU", "上海/NR/GPE", ")/PU", "有限公司/NN", "持股/VV", "。/PU")));
        assertEquals(EntityType.COMPANY, place.get("北辰汽车(上海)有限公司"), place.toString());
        var verb = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他/PN", "收购/VV", "德邦/NR", "物流/NN", "股份有限公司/NN", "。/PU")));
        assertEquals(EntityType.COMPANY, verb.get("德邦物流股份有限公司"), "the verb before the name is no part of it: "
                + verb);
    }

    @Test
    void commonWordWithACompanyHeadIsANameOnlyWhenListedWithOne() {
        var listed = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("厂商/NN", "谷歌/NR", "和/CC", "石头/NN", "科技/NN", "都/AD", "在/P", "招人/VV", "。/PU")));
        assertEquals(EntityType.COMPANY, listed.get("石头科技"), listed.toString());
        var modifier = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("谷歌/NR", "和/CC", "社交/NN", "网络/NN", "平台/NN", "都/AD", "在/P", "招人/VV", "。/PU")));
        assertFalse(modifier.containsKey("社交网络"), "a noun after the head makes it a modifier: " + modifier);
    }

    @Test
    void quotedProductNameAfterAProductWordIsWholeEvenAroundALexiconName() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他/PN", "推出/VV", "图片/NN", "软件/NN", "“/PU", "GIF/FW", "快手/NR", "”/PU", "。/PU")));
        assertEquals(EntityType.PRODUCT, found.get("GIF快手"), found.toString());
        assertFalse(found.containsKey("快手"), found.toString());
    }

    @Test
    void nameInTitleMarksTakesTheTypeOfTheNamesItIsListedWith() {
        var listed = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("媒体/NN", "如/P", "新华社/NR", "、/PU", "《/PU", "星河/NN", "时报/NN", "》/PU", "与/CC", "《/PU", "人民日报/NR",
                        "》/PU", "发文/VV", "。/PU")));
        assertEquals(EntityType.ORGANIZATION, listed.get("星河时报"), listed.toString());
        var alone = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("他/PN", "读/VV", "了/AS", "《/PU", "星河/NN", "时报/NN", "》/PU", "。/PU")));
        assertTrue(alone.isEmpty(), "a title with no typed name beside it has no type: " + alone);
    }

    @Test
    void wordARecognizerProposedBeforeACompanyHeadIsANameWhateverItsTag() {
        var recognized = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("上个月/NN", ",/PU", "易趣/NN", "网/NN", "宣布/VV", "关停/VV", "。/PU")), "易趣:nr"));
        assertEquals(EntityType.COMPANY, recognized.get("易趣网"), recognized.toString());
        var wholeProposed = detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("上个月/NN", ",/PU", "易趣/NN", "网/NN", "宣布/VV", "关停/VV", "。/PU")), "易趣网:nr"));
        assertEquals(EntityType.COMPANY, wholeProposed.get("易趣网"), "a person's name does not end in 网: "
                + wholeProposed);
        var common = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("上个月/NN", ",/PU", "电商/NN", "网/NN", "宣布/VV", "关停/VV", "。/PU")));
        assertTrue(common.isEmpty(), "a common noun nobody proposed as a name: " + common);
    }

    @Test
    void placeNameMakesANameOnlyBeforeHeadsOfPlaceNames() {
        var government = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("合肥市/NR/GPE", "政府/NN", "投资/VV", "了/AS", "它/PN", "。/PU")));
        assertEquals(EntityType.ORGANIZATION, government.get("合肥市政府"), government.toString());
        var cars = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("合肥市/NR/GPE", "汽车/NN", "卖/VV", "得/DER", "好/VA", "。/PU")));
        assertTrue(cars.isEmpty(), "a place before an industry word: " + cars);
    }

    @Test
    void organizationIsNamedByItsNameWithoutTheHeadNounLater() {
        var found = DETECTOR.detect(Docs.withCandidates(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("伊/NR", "可/VV", "普/NR", "科技/NN", "成立/VV", "了/AS", "。/PU"),
                s("伊可普/NR", "卖/VV", "净水器/NN", "。/PU")), "伊可普:nr"));
        assertTrue(found.stream().anyMatch(m -> m.text().equals("伊可普") && m.type() == EntityType.COMPANY
                && m.evidence() == dev.kgx.model.MentionEvidence.SHORT_FORM), found.toString());
        var foundation = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("李/NR", "嘉/NR", "诚/NN", "基金会/NN", "成立/VV", "了/AS", "。/PU"),
                s("李嘉诚/NR/PERSON", "表示/VV", ",/PU", "他/PN", "很/AD", "高兴/VA", "。/PU")));
        assertEquals(EntityType.ORGANIZATION, foundation.get("李嘉诚基金会"), foundation.toString());
        assertEquals(EntityType.PERSON, foundation.get("李嘉诚"), "a foundation's name before 基金会 is a person's");
    }

    @Test
    void investmentArmOfAGroupIsACompanyOfItsOwnEvenWhenNamedOnce() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("通过/P", "腾讯/NR", "资本/NN", ",/PU", "他/PN", "投资/VV", "了/AS", "。/PU")));
        assertEquals(EntityType.COMPANY, found.get("腾讯资本"), found.toString());
        assertFalse(found.containsKey("腾讯"), found.toString());
    }

    @Test
    void productLineAndModelNumberNameAProduct() {
        var family = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("星核/NN", "9400/CD", "比/P", "星核/NN", "9300/CD", "快/VA", "。/PU")));
        assertEquals(EntityType.PRODUCT, family.get("星核9400"), family.toString());
        assertEquals(EntityType.PRODUCT, family.get("星核9300"), family.toString());
        var known = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED, s("华为/NR", "升腾/NN", "910/CD", "上市/VV", "。/PU")));
        assertEquals(EntityType.PRODUCT, known.get("升腾910"), "a known product line: " + known);
        var quantities = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("营收/NN", "提升/VV", "35/CD", "。/PU"), s("销量/NN", "290/CD", "万/CD", "辆/M", "。/PU"),
                s("销量/NN", "300/CD", "辆/M", "。/PU")));
        assertTrue(quantities.isEmpty(), "numbers after verbs, with measure words: " + quantities);
        var ellipsis = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("推出/VV", "星核/NN", "9400/CD", "....../PU"), s("星核/NN", "9300/CD", "快/VA", "。/PU")));
        assertEquals(EntityType.PRODUCT, ellipsis.get("星核9400"), "an ellipsis after the number: " + ellipsis);
        var decimal = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("星核/NN", "94.5/CD", "分/M", "。/PU"), s("星核/NN", "9300/CD", "快/VA", "。/PU")));
        assertFalse(decimal.containsKey("星核94"), "a decimal number: " + decimal);
    }

    @Test
    void latinModelDesignationsNameProductsButUnitsDoNot() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("高通", "将", "发布", "Snapdragon 8 Gen 4", ",", "Polestar 2", "和", "XC40 RECHARGE", "也", "来", "了", "。"),
                s("屏幕", "支持", "144Hz", "和", "5K", "。")));
        assertEquals(EntityType.PRODUCT, found.get("Snapdragon 8 Gen 4"), found.toString());
        assertEquals(EntityType.PRODUCT, found.get("Polestar 2"), found.toString());
        assertEquals(EntityType.PRODUCT, found.get("XC40 RECHARGE"), found.toString());
        assertFalse(found.containsKey("144Hz") || found.containsKey("5K"), found.toString());
    }

    @Test
    void englishRunsSplitAtAPersonOfAnOrganizationAndAtAPossessive() {
        var found = detect(Docs.analyzed(Language.ENGLISH,
                s("said", "partner", "Nabeel", "Hyatt", "of", "Brightwave", "Capital", "."),
                s("Germany", "’s", "Northwind", "AG", "is", "buying", "Zentrix", "Corp", ".")));
        assertEquals(EntityType.PERSON, found.get("Nabeel Hyatt"), found.toString());
        assertEquals(EntityType.COMPANY, found.get("Brightwave Capital"), found.toString());
        var harvard = detect(Docs.analyzed(Language.ENGLISH, s("She", "studied", "at", "University", "of", "Toronto", ".")));
        assertFalse(harvard.keySet().stream().anyMatch(k -> k.startsWith("University of") && k.length() < 13), harvard.toString());
    }

    @Test
    void monthsPlacesTickersAndTechnologyTermsAreNoNames() {
        var found = detect(Docs.analyzed(Language.ENGLISH,
                s("In", "January", ",", "GM", "said", "it", "competes", "with", "Silicon/NNP/LOCATION", "Valley/NNP/LOCATION", "."),
                s("Delphi", "Automotive", "Plc", "(", "DLPH.N", ")", "makes", "Agentic", "AI", "chips", ".")));
        assertFalse(found.containsKey("January"), found.toString());
        assertFalse(found.containsKey("Silicon Valley"), found.toString());
        assertFalse(found.containsKey("DLPH.N"), found.toString());
        assertFalse(found.containsKey("Agentic AI"), found.toString());
        assertEquals(EntityType.COMPANY, found.get("GM"));
    }

    @Test
    void lowerCaseBrandInChineseTextNeedsACue() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("安克", "旗下", "的", "eufy", "品牌", "很", "火", ",", "copy", "模式", "不", "行", "。")));
        assertEquals(EntityType.PRODUCT, found.get("eufy"), found.toString());
        assertFalse(found.containsKey("copy"), found.toString());
    }

    @Test
    void personNameCutShortIsTheLongerNameTheDocumentGives() {
        var found = DETECTOR.detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("工程师", "王泽楷/NR/PERSON", "说", "。"), s("王泽/NR/PERSON", "楷则/AD", "离开", "了", "。"),
                s("工程师", "王泽/NR/PERSON", "说", "。")));
        assertTrue(found.stream().anyMatch(m -> m.text().equals("王泽楷") && m.span().begin() > 8), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.text().equals("王泽")), "where the text says only 王泽: " + found);
    }

    @Test
    void dottedNameInTransliterationSyllablesIsAPersonButTwoWordsJoinedByADotAreNot() {
        var found = detect(Docs.analyzed(Language.CHINESE_SIMPLIFIED,
                s("CEO", "汉肯·塞缪尔森", "的", "合同", "延长", "。"), s("中国·北京", "很", "大", "。")));
        assertEquals(EntityType.PERSON, found.get("汉肯·塞缪尔森"), found.toString());
        assertFalse(found.containsKey("中国·北京"), found.toString());
    }

    @Test
    void givenNameWithAFunctionCharacterIsNoName() {
        assertFalse(ChineseNames.isPlausiblePersonName("曾跟李"), "跟 (with) is a preposition");
        assertFalse(ChineseNames.isPlausiblePersonName("唐至"), "至 (to) is a preposition");
        assertTrue(ChineseNames.isPlausiblePersonName("唐英年"));
    }

    @Test
    void portugueseCompaniesByTheirCuesAndPeopleWhoseFamilyNameRecurs() {
        var found = detect(Docs.analyzed(Language.PORTUGUESE,
                s("O", "investidor", "em", "tecnologia", "Zentrix", "nomeou", "o", "brasileiro", "Fabio/NNP/PERSON",
                        "Quillmar/NNP/PERSON", ",", "presidente", "do", "Brightpay", "."),
                s("Analistas", "da", "Northwind", "disseram", "que", "Quillmar", "assumirá", "."),
                s("Disse", "o", "presidente", "da", "Zentrix", ",", "Joos/NNP/PERSON", "Vekker/NNP/PERSON", ".")));
        assertEquals(EntityType.COMPANY, found.get("Zentrix"), found.toString());
        assertEquals(EntityType.COMPANY, found.get("Brightpay"), found.toString());
        assertEquals(EntityType.COMPANY, found.get("Northwind"), "a cue at a sentence's start: " + found);
        assertEquals(EntityType.PERSON, found.get("Fabio Quillmar"), "the family name recurs: " + found);
        assertFalse(found.containsKey("Joos Vekker"), "a tagger's person is not made an organization by a list: "
                + found);
    }

    @Test
    void namesAreListedByTheSeparatorsAndArticlesOfTheDocumentsLanguage() {
        assertTrue(listed("Zentrix and the Quillbright", Language.ENGLISH));
        assertTrue(listed("Zentrix e o Quillbright", Language.PORTUGUESE));
        assertTrue(listed("Zentrix、Quillbright", Language.CHINESE_SIMPLIFIED));
        assertTrue(listed("Zentrix(星河)和Quillbright", Language.CHINESE_SIMPLIFIED), "a gloss between them");
        assertFalse(listed("Zentrix e o Quillbright", Language.ENGLISH), "e is no English conjunction");
        assertFalse(listed("Zentrix, the Quillbright", Language.PORTUGUESE), "the is no Portuguese article");
        assertFalse(listed("Zentrix bought Quillbright", Language.ENGLISH));
    }

    /** Whether the first and the last word of the text, both names, are listed together. */
    private static boolean listed(String text, Language language) {
        String left = "Zentrix";
        String right = "Quillbright";
        int r = text.lastIndexOf(right);
        Mention a = new Mention(new dev.kgx.model.Span(0, left.length()), left, EntityType.COMPANY, "test", "test",
                1, null);
        Mention b = new Mention(new dev.kgx.model.Span(r, r + right.length()), right, null, "test", "test", 1, null);
        return CombinedMentionDetector.listed(a, b, text, dev.kgx.lang.LanguageProfile.of(language));
    }

    @Test
    void aChiefOfficersTitleTypesTheNameAfterItAsAPerson() {
        var titled = detect(Docs.analyzed(Language.ENGLISH, s("The", "quarter", "was", "strong", ",", "its", "chief",
                "financial", "officer", "Oyelaran", "Quist", "told", "analysts", ".")));
        assertEquals(EntityType.PERSON, titled.get("Oyelaran Quist"), titled.toString());
        var bare = detect(Docs.analyzed(Language.ENGLISH, s("The", "quarter", "was", "strong", ",", "Oyelaran",
                "Quist", "told", "analysts", ".")));
        assertFalse(bare.containsKey("Oyelaran Quist"), "without the title nothing types the name: " + bare);
    }
}
