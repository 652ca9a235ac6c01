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
    void impossibleMonthsAreIgnored() {
        assertEquals(List.of("2020"), lexicals("2020年13月", null));
    }
}
