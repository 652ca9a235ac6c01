package dev.kgx.lang;

import dev.kgx.Resources;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a language writes amounts of money ({@code lang/<language>/money.tsv}): currency words written after the
 * number (3 亿美元), currency symbols written before it (US$ 3,2 bilhões, R$ 10), and scale words (亿, million,
 * bilhões), each with the ISO 4217 code or the factor it stands for.
 */
public record MoneyWords(Map<String, String> currencyWords, Map<String, String> symbols,
                         Map<String, BigDecimal> scales) {

    /**
     * Reads a money file: lines {@code currency WORD CODE}, {@code symbol FORM CODE} or {@code scale WORD FACTOR}.
     * Symbols are kept upper-cased with spaces removed, as they are looked up.
     */
    static MoneyWords load(String resource) {
        Map<String, String> currencyWords = new LinkedHashMap<>();
        Map<String, String> symbols = new LinkedHashMap<>();
        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException(resource + ": a money word needs kind, word and value: " + line);
            }
            String word = f[1].strip();
            String value = f[2].strip();
            switch (f[0]) {
                case "currency" -> currencyWords.put(word, isoCode(resource, value));
                case "symbol" -> symbols.put(symbolKey(word), isoCode(resource, value));
                case "scale" -> {
                    try {
                        scales.put(word.toLowerCase(Locale.ROOT), new BigDecimal(value));
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(resource + ": a scale needs a number: " + line, e);
                    }
                }
                default -> throw new IllegalStateException(resource + ": unknown kind " + f[0]
                        + " (currency, symbol, scale): " + line);
            }
        }
        return new MoneyWords(Map.copyOf(currencyWords), Map.copyOf(symbols), Map.copyOf(scales));
    }

    /** A symbol as written in text, in the form it is looked up by: "us $" is "US$". */
    public static String symbolKey(String written) {
        return written.toUpperCase(Locale.ROOT).replace(" ", "");
    }

    private static String isoCode(String resource, String code) {
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalStateException(resource + ": " + code + " is no ISO 4217 currency code");
        }
        return code;
    }
}
