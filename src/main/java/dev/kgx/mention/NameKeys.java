package dev.kgx.mention;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Canonical keys of names: two names with the same key are taken as the same name. The key folds what news text
 * varies without changing the name: compatibility forms, letter case, spaces, hyphens, dots, apostrophes and
 * middle dots ("Deep Mind", "DeepMind", "deepmind" share a key). Chinese text is already in Simplified form when keys
 * are made.
 */
public final class NameKeys {
    private NameKeys() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '+' || cp == '#') {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** What separates the parts of a person's full name: a space, or the dot of a transliterated name (吉姆·法利). */
    private static final java.util.regex.Pattern NAME_SEPARATOR = java.util.regex.Pattern.compile("[\\s·・•‧]+");

    /** The parts of a person's name ("Maria Lopez-Grant" → Maria, Lopez-Grant; 吉姆·法利 → 吉姆, 法利). */
    public static String[] nameParts(String name) {
        return NAME_SEPARATOR.split(name.strip());
    }

    public static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Levenshtein distance, stopping early once it exceeds {@code limit}. */
    public static int editDistance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
