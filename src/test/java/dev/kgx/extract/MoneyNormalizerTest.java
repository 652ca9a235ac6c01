package dev.kgx.extract;

import org.junit.jupiter.api.Test;

import dev.kgx.lang.MoneyWords;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyNormalizerTest {
    private final MoneyNormalizer money = new MoneyNormalizer();

    private List<String> found(String text) {
        return money.find(text).stream().map(MoneyNormalizer.Found::normalized).toList();
    }

    @Test
    void chineseScalesAndCurrencies() {
        assertEquals(List.of("USD 500000000"), found("该公司获得了 5 亿美元的融资"));
        assertEquals(List.of("CNY 12000000"), found("投资 1200万元"));
        assertEquals(List.of("USD 124000000"), found("筹集了 1.24 亿美元"));
    }

    @Test
    void englishAndPortugueseAmounts() {
        assertEquals(List.of("USD 1500000000"), found("It was sold for $1.5 billion."));
        assertEquals(List.of("USD 2700000000"), found("comprada por US $ 2,7 bilhões em 2019"));
        assertEquals(List.of("EUR 40000000"), found("a round of €40 million"));
    }

    @Test
    void aLanguageBringsItsMoneyWordsAsData() {
        MoneyNormalizer spanish = new MoneyNormalizer(List.of(new MoneyWords(Map.of(), Map.of("US$", "USD"),
                Map.of("millones", new BigDecimal("1e6"), "mil millones", new BigDecimal("1e9")))));
        assertEquals(List.of("USD 3000000000"), spanish.find("recaudó US$ 3 mil millones").stream()
                .map(MoneyNormalizer.Found::normalized).toList());
        assertEquals(List.of(), spanish.find("5 亿美元"), "no Chinese words in this normalizer");
    }

    @Test
    void aSymbolIsNoPartOfAWord() {
        assertEquals(List.of("USD 5"), found("paid for $5"), "not \"r $5\" in reais");
        assertEquals(List.of("BRL 10"), found("custa R$ 10"));
    }
}
