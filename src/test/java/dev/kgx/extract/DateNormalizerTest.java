package dev.kgx.extract;

import dev.kgx.model.TemporalValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateNormalizerTest {
    private final DateNormalizer dates = new DateNormalizer();

    private List<String> lexicals(String text, TemporalValue published) {
        return dates.find(text, published).stream().map(f -> f.value().lexical()).toList();
    }

    @Test
    void chineseAbsoluteDatesKeepTheirPrecision() {
        assertEquals(List.of("2019-03"), lexicals("她于2019年3月加入该公司。", null));
        assertEquals(List.of("2018-11"), lexicals("在 2018 年 11 月,他们发布了产品。", null));
        assertEquals(List.of("2017-08-09"), lexicals("2017年8月9日上午", null));
        assertEquals(List.of("2016"), lexicals("该公司成立于2016年。", null));
    }

    @Test
    void englishAndPortugueseDates() {
        assertEquals(List.of("2021-04"), lexicals("The startup was bought in April 2021 by a rival.", null));
        assertEquals(List.of("2019"), lexicals("A empresa foi vendida em 2019 por um valor alto.", null));
        assertEquals(List.of("2018-07"), lexicals("Ela entrou em julho de 2018.", null));
        assertEquals(List.of("2024-03-14"), lexicals("Publicado em 14 de março de 2024", null));
        assertEquals(List.of("2023-10-13"), lexicals("Published October 13, 2023", null));
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        String text = "他今年4月底离开了公司,去年还在那里工作。";
        assertTrue(lexicals(text, null).isEmpty());
        assertEquals(List.of("2024-04", "2023"), lexicals(text, TemporalValue.day(2024, 9, 1)));
    }

    @Test
    void agoAndLastResolveAgainstThePublicationDay() {
        TemporalValue published = TemporalValue.day(2024, 3, 20);
        assertEquals(List.of("2024-02"), lexicals("三周前,他离开了公司。", published));
        assertEquals(List.of("2024-03-19"), lexicals("昨天发布", published));
        assertEquals(List.of("2024-03-20"), lexicals("公司今日宣布", published));
        assertEquals(List.of("2024-02"), lexicals("上个月融资", published));
        assertEquals(List.of("2024-03-13"), lexicals("The deal closed 7 days ago.", published));
        assertEquals(List.of("2024-02"), lexicals("Há três semanas, um engenheiro saiu.", published));
        assertEquals(List.of("2023"), lexicals("He joined last year.", published));
        assertTrue(lexicals("三周前,他离开了公司。", null).isEmpty());
    }

    @Test
    void aKnownYearResolvesYearFormsButNotCountsFromADay() {
        TemporalValue year = TemporalValue.year(2023);
        assertEquals(List.of("2023-01", "2023-03-15"), lexicals("今年 1 月开始测试,3 月 15 日正式开放。", year));
        assertEquals(List.of("2023"), lexicals("今年年初获得投资", year));
        assertTrue(lexicals("三周前,他离开了公司。", year).isEmpty(), "三周前 needs the day");
    }

    @Test
    void yearlessDatesAreListedWithMonthAndDay() {
        List<DateNormalizer.Yearless> found = dates.yearless("2022年5月1日发布,3 月 16 日上线,13月40日不是日期。");
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).month());
        assertEquals(16, found.get(0).day());
    }

    @Test
    void weekdaysResolveAgainstThePublicationDay() {
        TemporalValue published = TemporalValue.day(2023, 6, 7); // a Wednesday
        assertEquals(List.of("2023-06-05"), lexicals("Apple on Monday unveiled a headset.", published));
        assertEquals(List.of("2023-06-07"), lexicals("The company said on Wednesday it would grow.", published));
        assertEquals(List.of("2023-05-31"), lexicals("He left last Wednesday.", published));
        assertEquals(List.of("2023-06-07"), lexicals("O banco anunciou nesta quarta-feira a compra.", published));
        assertEquals(List.of("2023-06-05"), lexicals("公司周一宣布裁员", published));
        assertEquals(List.of("2023-05-31"), lexicals("上周三发布", published));
        assertTrue(lexicals("Apple on Monday unveiled a headset.", null).isEmpty());
    }

    @Test
    void monthsWithoutYearAreTheLatestUpToThePublication() {
        TemporalValue published = TemporalValue.day(2025, 3, 12);
        assertEquals(List.of("2024-12"), lexicals("Gelsinger stepped down in December.", published));
        assertEquals(List.of("2025-02"), lexicals("A empresa foi vendida em fevereiro.", published));
        assertEquals(List.of("2025-03"), lexicals("自3月起生效", published));
        assertEquals(List.of("2024-09"), lexicals("去年9月发布", published), "去年 wins over the bare month");
        assertTrue(lexicals("You may see it soon.", published).isEmpty(), "may is no month");
        assertEquals(List.of("2023-05"), lexicals("He joined in May 2023.", published));
        assertEquals(List.of("2025-03-10"), lexicals("3月10日发布", published));
    }

    @Test
    void chineseNumerals() {
        assertEquals(3, DateNormalizer.chineseNumber("三"));
        assertEquals(12, DateNormalizer.chineseNumber("十二"));
        assertEquals(20, DateNormalizer.chineseNumber("二十"));
        assertEquals(2, DateNormalizer.chineseNumber("两"));
    }

    @Test
    void publicationDateFromHeaderLines() {
        assertEquals("2023-06-02", dates.publicationDate("标题\n发布时间:2023-06-02 10:00\n正文").lexical());
        assertNull(dates.publicationDate("没有日期的文章\n正文"));
    }

    @Test
    void impossibleDatesAreNoDatesAndNoShorterReadingOfThem() {
        assertTrue(lexicals("该公司于2024年2月30日成立。", null).isEmpty());
        assertTrue(lexicals("2020年13月", null).isEmpty());
        assertTrue(lexicals("Filed on 2023-02-29 with the regulator.", null).isEmpty());
        assertTrue(lexicals("It closed on February 30, 2024.", null).isEmpty());
        assertTrue(lexicals("公司在2月30日发布了财报", TemporalValue.day(2024, 3, 1)).isEmpty());
        assertEquals(List.of("2024-02-29"), lexicals("2024年2月29日", null), "a leap day is a day");
    }

    @Test
    void anImpossibleHeaderDateIsNoPublicationDate() {
        assertNull(dates.publicationDate("新品发布会\n发布时间:2024年2月30日 10:00\n正文"));
        assertEquals("2024-03-01", dates.publicationDate("新品发布会\n2024年2月30日\n更新:2024年3月1日\n正文")
                .lexical(), "the next real date of the header");
    }

    @Test
    void publicationDateSkipsBlankLines() {
        assertEquals("2023-06-02", dates.publicationDate("\n\n\n\n\n\n标题\n2023-06-02\n正文").lexical());
    }

    @Test
    void twoDigitYearsAreReadAroundThePublicationYear() {
        TemporalValue published = TemporalValue.year(2023);
        assertEquals(List.of("2019"), lexicals("王芳,清华大学硕士,19年加入该公司,负责研发。", published));
        assertEquals(List.of("2019-07"), lexicals("他于19年7月离职", published));
        assertEquals(List.of("1998"), lexicals("他在98年创办了这家公司", published));
        assertEquals(List.of("2025"), lexicals("该车型将于25年上市", published), "a near future year");
        assertTrue(lexicals("该车型,26年前后量产", published).isEmpty(), "前后: around, not ago");
    }

    @Test
    void withoutAPublicationDateTwoDigitYearsAreReadAroundToday() {
        // SimpleDateFormat's window around the present: 19 is 2019 from 2000 until 2098
        assertEquals(List.of("2019"), lexicals("王芳,19年加入该公司。", null));
        assertEquals(List.of("2017-03"), lexicals("他于17年3月离职", null));
        assertTrue(lexicals("过去15年间,公司扩张了十倍", null).isEmpty(), "a duration stays one");
        assertTrue(lexicals("今年3月他离职了", null).isEmpty(), "this year still needs the publication");
    }

    @Test
    void twoDigitNumbersOfYearsAreDurations() {
        TemporalValue published = TemporalValue.year(2023);
        assertTrue(lexicals("他在公司工作了,15年来从未离开", published).isEmpty());
        assertTrue(lexicals("过去15年间,公司扩张了十倍", published).isEmpty());
        assertTrue(lexicals("他有,30年的行业经验", published).isEmpty());
        assertEquals(List.of("2011"), lexicals("早在12年前,他就离开了", published), "12年前 counts back");
    }

    @Test
    void twoDigitYearWindowFollowsSimpleDateFormat() {
        assertEquals(2017, DateNormalizer.twoDigitYear(17, 2022));
        assertEquals(2041, DateNormalizer.twoDigitYear(41, 2022));
        assertEquals(1942, DateNormalizer.twoDigitYear(42, 2022));
        assertEquals(1972, DateNormalizer.twoDigitYear(72, 2018));
        assertEquals(2000, DateNormalizer.twoDigitYear(0, 2018));
    }

    @Test
    void aBareDayIsInThePublicationMonth() {
        TemporalValue published = TemporalValue.day(2024, 3, 12);
        assertEquals(List.of("2024-03-12"), lexicals("华为12日发布了新款手机", published));
        assertEquals(List.of("2024-03-05"), lexicals("该公司5日晚间公告", published));
        assertTrue(lexicals("发布会将于20日举行", published).isEmpty(), "after the publication: this month or last?");
        assertEquals(List.of("2024-03-20"), lexicals("发布会将于20日举行", TemporalValue.month(2024, 3)));
        assertTrue(lexicals("华为12日发布了新款手机", TemporalValue.year(2024)).isEmpty());
        assertTrue(lexicals("华为12日发布了新款手机", null).isEmpty());
    }

    @Test
    void numbersWithDayThatAreNoDays() {
        TemporalValue published = TemporalValue.day(2024, 3, 12);
        assertTrue(lexicals("售价为100日元", published).isEmpty());
        assertTrue(lexicals("须在30日内完成交割", published).isEmpty());
        assertTrue(lexicals("比赛进入第3日", published).isEmpty());
        assertTrue(lexicals("乘坐地铁1号线", published).isEmpty());
    }

    @Test
    void taiwaneseDayInParentheses() {
        TemporalValue published = TemporalValue.day(2024, 3, 12);
        assertEquals(List.of("2024-03-11"), lexicals("台积电昨(11)日公告董事会决议", published));
        assertEquals(List.of("2024-03-12"), lexicals("鸿海今(12)日宣布", published));
    }

    @Test
    void republicOfChinaYears() {
        assertEquals(List.of("2023-05"), lexicals("民国112年5月开始营运", null));
        assertEquals(List.of("2024-10-09"), lexicals("公司于113年10月9日召开股东会", null));
        assertTrue(lexicals("公司成立已113年", null).isEmpty(), "a bare three-digit year needs its month");
        assertTrue(lexicals("公元118年3月", null).isEmpty());
    }

    @Test
    void partsOfAYearAreThePublicationYear() {
        TemporalValue published = TemporalValue.day(2021, 5, 20);
        assertEquals(List.of("2021"), lexicals("他宣布将于年底卸任", published));
        assertEquals(List.of("2021"), lexicals("董事长计划在年中退休", published));
        assertEquals(List.of("2020"), lexicals("去年底公司员工超过一万人", published));
        assertEquals(List.of("2021"), lexicals("今年年初,公司完成融资", published));
        assertEquals(List.of("2021"), lexicals("今年中央多次出台政策", published), "今年, then 中央: one date");
        assertEquals(List.of("2022"), lexicals("2022年上半年营收增长", published));
        assertTrue(lexicals("未来三年中,公司将扩张", published).isEmpty());
        assertTrue(lexicals("在上一财年中,营收增长了一成", published).isEmpty(), "in the fiscal year");
        assertTrue(lexicals("他宣布将于年底卸任", null).isEmpty());
    }

    @Test
    void rangesAreDatedByTheirFirstDay() {
        TemporalValue published = TemporalValue.day(2024, 9, 30);
        assertEquals(List.of("2024-10-21"), lexicals("峰会将于10月21日至23日举行", published));
        assertEquals(List.of("2024-09-01"), lexicals("9 月 1 日~9 月 15 日为公测期", published));
    }

    @Test
    void englishRelativeForms() {
        TemporalValue published = TemporalValue.day(2020, 10, 28); // a Wednesday
        assertEquals(List.of("2020-10-27"), lexicals("The merger announced Tuesday creates a giant.", published));
        assertEquals(List.of("2020-07"), lexicals("In July, the chipmaker was bought by a rival.", published));
        assertEquals(List.of("2020"), lexicals("Earlier this year, it raised $1 billion.", published));
        assertEquals(List.of("2020-09"), lexicals("Last month, the bank agreed to buy it.", published));
        assertEquals(List.of("2019-12"), lexicals("He left last December.", published));
        assertEquals(List.of("2019-10"), lexicals("She joined last October.", published), "strictly before");
        assertEquals(List.of("2020-10"), lexicals("She joined in October.", published));
        assertEquals(List.of("2020-10-05"), lexicals("The deal closed on Oct. 5 after a vote.", published));
        assertEquals(List.of("2019-09-05"), lexicals("The deal closed on Sept. 5, 2019.", published));
        assertEquals(List.of("2020-10-28"), lexicals("The company said today it would grow.", published));
        assertTrue(lexicals("Shares may rise 5 percent.", published).isEmpty(), "may is no month");
    }

    @Test
    void portugueseRelativeForms() {
        TemporalValue published = TemporalValue.day(2024, 5, 17); // a Friday
        assertEquals(List.of("2024-05-17"), lexicals("O banco anunciou nesta sexta-feira (17) a compra.", published));
        assertEquals(List.of("2024-05-13"), lexicals("A empresa informou nesta segunda (13) o lucro.", published));
        assertTrue(lexicals("A empresa anunciou nesta quinta-feira (17) a venda.", published).isEmpty(),
                "the 17th is no Thursday: no date rather than a wrong one");
        // NFKC writes the ordinal indicator of 1º as o
        assertEquals(List.of("2024-07-01"), lexicals("Ele assume o cargo a partir de 1o de julho.", published));
        assertEquals(List.of("2023-07-01"), lexicals("A venda foi concluída em 1 de julho de 2023.", published));
        assertEquals(List.of("2023-09"), lexicals("O executivo deixou a empresa em setembro passado.", published));
        assertEquals(List.of("2023-05"), lexicals("Ele saiu em maio passado.", published), "strictly before");
        assertEquals(List.of("2023"), lexicals("A empresa foi vendida no ano passado.", published));
        assertTrue(lexicals("É a segunda maior empresa do país.", published).isEmpty(), "segunda = second");
    }

    @Test
    void aWeekdayWithItsDayNeedsOnlyThePublicationMonth() {
        assertEquals(List.of("2024-05-17"), lexicals("O grupo anunciou nesta sexta-feira (17) a troca.",
                TemporalValue.month(2024, 5)));
        assertTrue(lexicals("O grupo anunciou nesta sexta-feira (17) a troca.", TemporalValue.year(2024)).isEmpty());
    }

    @Test
    void formsNeedingMoreThanTheKnownYearGiveNothing() {
        TemporalValue year = TemporalValue.year(2021);
        assertEquals(List.of("2021-03"), lexicals("今年3月,公司成立", year));
        assertTrue(lexicals("昨天,公司宣布", year).isEmpty());
        assertTrue(lexicals("上个月,公司宣布", year).isEmpty());
        assertTrue(lexicals("The firm was sold last week.", year).isEmpty());
        assertTrue(lexicals("He left last December.", year).isEmpty(), "strictly before an unknown month");
        assertEquals(List.of("2020"), lexicals("He left last year.", year));
    }

    @Test
    void relativeFormsNeedAPublicationDate() {
        for (String text : List.of("今日,公司宣布", "去年12月发布", "The deal announced Tuesday", "In July, it sold",
                "nesta sexta-feira (17)", "联发科9日推出", "宣布年底卸任", "Earlier this year it grew")) {
            assertTrue(lexicals(text, null).isEmpty(), text);
        }
    }

    @Test
    void vagueFormsAreNoDates() {
        TemporalValue published = TemporalValue.day(2022, 9, 28);
        assertTrue(lexicals("该公司日前宣布完成融资", published).isEmpty(), "a few days ago: how many?");
        assertTrue(lexicals("他计划在生日前退休", published).isEmpty());
        assertTrue(lexicals("The company recently raised money.", published).isEmpty());
    }

    @Test
    void theSameYearIsTheYearStatedBefore() {
        assertEquals(List.of("2015-03", "2015"), lexicals("他2015年3月加入公司,同年创办了实验室。", null));
        assertEquals(List.of("2019", "2019"), lexicals("It was founded in 2019 and sold later that year.", null));
        assertEquals(List.of("2015-03", "2015-03"), lexicals("公司2015年3月成立,同月获得融资。", null));
        assertTrue(lexicals("同年,他创办了实验室。", null).isEmpty(), "nothing before it");
        assertEquals(List.of("2015"), lexicals("公司2015年成立,同月获得融资。", null), "a year has no month");
    }

    @Test
    void wordsOfAnUnknownKindFailTheLoad() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DateWords.parse(List.of("season\ten\t1\tspring")));
        assertTrue(e.getMessage().contains("season"), e.getMessage());
    }
}
