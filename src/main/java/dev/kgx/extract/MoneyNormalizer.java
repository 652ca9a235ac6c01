package dev.kgx.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money and normalizes them to an ISO 4217 code and a plain number: 3 亿美元 → USD 300000000,
 * US$ 3,2 bilhões → USD 3200000000, $1.5 billion → USD 1500000000.
 */
public final class MoneyNormalizer {
    /** An amount found in text, with its position. */
    public record Found(int begin, int end, String currency, BigDecimal value) {
        /** The normalized form stored on events: "USD 300000000". */
        public String normalized() {
            return currency + " " + value.stripTrailingZeros().toPlainString();
        }
    }

    private static final Map<String, String> CURRENCY = Map.of(
            "美元", "USD", "美金", "USD", "元", "CNY", "人民币", "CNY", "欧元", "EUR", "英镑", "GBP", "日元", "JPY",
            "港元", "HKD");
    private static final Map<String, BigDecimal> CHINESE_SCALE = Map.of(
            "万", new BigDecimal("1e4"), "亿", new BigDecimal("1e8"), "万亿", new BigDecimal("1e12"));
    private static final Map<String, BigDecimal> LATIN_SCALE = Map.ofEntries(
            Map.entry("thousand", new BigDecimal("1e3")), Map.entry("mil", new BigDecimal("1e3")),
            Map.entry("million", new BigDecimal("1e6")), Map.entry("milhão", new BigDecimal("1e6")),
            Map.entry("milhões", new BigDecimal("1e6")), Map.entry("billion", new BigDecimal("1e9")),
            Map.entry("bilhão", new BigDecimal("1e9")), Map.entry("bilhões", new BigDecimal("1e9")),
            Map.entry("trillion", new BigDecimal("1e12")), Map.entry("m", new BigDecimal("1e6")),
            Map.entry("bn", new BigDecimal("1e9")));

    private static final Pattern CHINESE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(万亿|亿|万)?\\s*(美元|美金|人民币|欧元|英镑|日元|港元|元)");
    private static final Pattern LATIN = Pattern.compile(
            "(?i)(US\\s?\\$|R\\$|\\$|€|£|USD|EUR)\\s?(\\d+(?:[.,]\\d+)*)\\s*(thousand|million|billion|trillion|"
                    + "milhões|milhão|bilhões|bilhão|mil|bn|m)?\\b");

    public List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = CHINESE.matcher(text);
        while (m.find()) {
            BigDecimal v = number(m.group(1), false);
            if (m.group(2) != null) {
                v = v.multiply(CHINESE_SCALE.get(m.group(2)));
            }
            out.add(new Found(m.start(), m.end(), CURRENCY.get(m.group(3)), v));
        }
        m = LATIN.matcher(text);
        while (m.find()) {
            String symbol = m.group(1).toUpperCase(Locale.ROOT).replace(" ", "");
            String currency = switch (symbol) {
                case "€", "EUR" -> "EUR";
                case "£" -> "GBP";
                case "R$" -> "BRL";
                default -> "USD";
            };
            // Portuguese writes 3,2 for 3.2: a comma followed by one or two digits is a decimal comma
            boolean decimalComma = m.group(2).matches("\\d+,\\d{1,2}");
            BigDecimal v = number(m.group(2), decimalComma);
            if (m.group(3) != null) {
                v = v.multiply(LATIN_SCALE.get(m.group(3).toLowerCase(Locale.ROOT)));
            }
            out.add(new Found(m.start(), m.end(), currency, v));
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static BigDecimal number(String digits, boolean decimalComma) {
        String n = decimalComma ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        return new BigDecimal(n);
    }
}
