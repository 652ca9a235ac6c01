package dev.kgx.extract;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.MoneyWords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds amounts of money and normalizes them to an ISO 4217 code and a plain number: 3 亿美元 → USD 300000000,
 * US$ 3,2 bilhões → USD 3200000000, $1.5 billion → USD 1500000000. The currency and scale words are those of
 * every language profile ({@code lang/<language>/money.tsv}): a text quotes amounts as they were written.
 */
public final class MoneyNormalizer {
    /** An amount found in text, with its position. */
    public record Found(int begin, int end, String currency, BigDecimal value) {
        /** The normalized form stored on events: "USD 300000000". */
        public String normalized() {
            return currency + " " + value.stripTrailingZeros().toPlainString();
        }
    }

    private final Map<String, String> currencyWords = new HashMap<>();
    private final Map<String, String> symbols = new HashMap<>();
    private final Map<String, BigDecimal> scales = new HashMap<>();
    /** A number, its scale, then a currency word: 3 亿美元. */
    private final Pattern wordAfter;
    /** A currency symbol, a number, then its scale: US$ 3,2 bilhões, $1.5 billion. */
    private final Pattern symbolBefore;

    public MoneyNormalizer() {
        this(LanguageProfile.all().stream().map(LanguageProfile::money).toList());
    }

    MoneyNormalizer(List<MoneyWords> languages) {
        for (MoneyWords w : languages) {
            currencyWords.putAll(w.currencyWords());
            symbols.putAll(w.symbols());
            scales.putAll(w.scales());
        }
        String scale = alternation(scales.keySet());
        wordAfter = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(" + scale + ")?\\s*(" + alternation(currencyWords.keySet())
                + ")");
        // a symbol is no part of a word: "for $1" is no "r $1" (R$, reais)
        symbolBefore = Pattern.compile("(?i)(?<!\\p{IsLatin})(" + symbols.keySet().stream().sorted(LONGEST_FIRST)
                .map(MoneyNormalizer::symbolPattern).collect(Collectors.joining("|")) + ")\\s?(\\d+(?:[.,]\\d+)*)\\s*("
                + scale + ")?\\b");
    }

    public List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = wordAfter.matcher(text);
        while (m.find()) {
            BigDecimal v = number(m.group(1), false);
            if (m.group(2) != null) {
                v = v.multiply(scales.get(m.group(2).toLowerCase(Locale.ROOT)));
            }
            out.add(new Found(m.start(), m.end(), currencyWords.get(m.group(3)), v));
        }
        m = symbolBefore.matcher(text);
        while (m.find()) {
            String currency = symbols.get(MoneyWords.symbolKey(m.group(1)));
            // Portuguese writes 3,2 for 3.2: a comma followed by one or two digits is a decimal comma
            boolean decimalComma = m.group(2).matches("\\d+,\\d{1,2}");
            BigDecimal v = number(m.group(2), decimalComma);
            if (m.group(3) != null) {
                v = v.multiply(scales.get(m.group(3).toLowerCase(Locale.ROOT)));
            }
            out.add(new Found(m.start(), m.end(), currency, v));
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder());

    /** Words as alternatives, longer first so that 万亿 is not read as 万. */
    private static String alternation(Collection<String> words) {
        return words.isEmpty() ? "(?!)" : words.stream().sorted(LONGEST_FIRST).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** A symbol as it may be written: a space between its letters and its sign is optional ("US $ 5"). */
    private static String symbolPattern(String symbol) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (i > 0 && Character.isLetter(c) != Character.isLetter(symbol.charAt(i - 1))) {
                p.append("\\s?");
            }
            p.append(Pattern.quote(String.valueOf(c)));
        }
        return p.toString();
    }

    private static BigDecimal number(String digits, boolean decimalComma) {
        String n = decimalComma ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        return new BigDecimal(n);
    }
}
