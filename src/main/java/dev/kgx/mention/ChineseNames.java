package dev.kgx.mention;

import dev.kgx.Resources;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Chinese personal name looks like: a common family name ({@code lexicon/chinese-surnames.txt}) followed by
 * a given name of one or two characters with no function character ({@code lexicon/function-chars.txt}). Used to
 * accept or reject the names HanLP's person recognizer proposes.
 */
public final class ChineseNames {
    private static final Set<String> SURNAMES = new HashSet<>();
    private static final Set<Character> FUNCTION_CHARS = new HashSet<>();
    private static final Set<Integer> TRANSLITERATION_CHARS = new HashSet<>();

    static {
        for (String line : Resources.lines("dev/kgx/lexicon/chinese-surnames.txt")) {
            SURNAMES.addAll(List.of(line.trim().split("\\s+")));
        }
        for (String line : Resources.lines("dev/kgx/lexicon/function-chars.txt")) {
            for (String c : line.trim().split("\\s+")) {
                FUNCTION_CHARS.add(c.charAt(0));
            }
        }
    }

    static {
        for (String line : Resources.lines("dev/kgx/lexicon/transliteration-chars.txt")) {
            line.strip().codePoints().forEach(TRANSLITERATION_CHARS::add);
        }
    }

    private ChineseNames() {
    }

    public static boolean isPlausiblePersonName(String name) {
        if (!name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return false;
        }
        for (int surname = 2; surname >= 1; surname--) {
            if (name.length() > surname && SURNAMES.contains(name.substring(0, surname))) {
                String given = name.substring(surname);
                if (given.length() > 2) {
                    return false;
                }
                for (char c : given.toCharArray()) {
                    if (FUNCTION_CHARS.contains(c)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a character is a function character (particle, preposition, pronoun…) that no name starts with. */
    public static boolean isFunctionChar(char c) {
        return FUNCTION_CHARS.contains(c);
    }

    /**
     * Whether every character of a name is one of the standard transliteration syllables of foreign names
     * (罗斯维尔, 哈里森): such a name may also parse as family name + given name, but is more likely foreign.
     */
    public static boolean isTransliteration(String name) {
        return name.codePointCount(0, name.length()) >= 2 && name.codePoints().allMatch(TRANSLITERATION_CHARS::contains);
    }

    /** A regular-expression character class of the transliteration characters. */
    public static String transliterationClass() {
        StringBuilder out = new StringBuilder("[");
        TRANSLITERATION_CHARS.stream().sorted().forEach(out::appendCodePoint);
        return out.append(']').toString();
    }
}
