package dev.kgx.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
