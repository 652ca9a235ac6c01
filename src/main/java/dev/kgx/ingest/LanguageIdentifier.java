package dev.kgx.ingest;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.kgx.model.Language;

/**
 * Decides a document's language. Chinese is recognised by script (Han characters against Latin letters), and
 * Traditional from Simplified by how many characters the Traditional-to-Simplified conversion changes; other
 * texts are identified by Lingua among the Latin-script languages news in this domain comes in.
 */
public final class LanguageIdentifier {
    /** Share of Han characters among letters above which a text is taken as Chinese. */
    private static final double HAN_SHARE = 0.2;
    /** Share of Han characters changed by conversion above which a text is taken as Traditional. */
    private static final double TRADITIONAL_SHARE = 0.03;

    private final ScriptConverter converter;
    private LanguageDetector latinDetector;

    public LanguageIdentifier(ScriptConverter converter) {
        this.converter = converter;
    }

    public Language identify(String text) {
        int han = 0;
        int latin = 0;
        StringBuilder hanChars = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                hanChars.appendCodePoint(cp);
            } else if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (han > 0 && han >= HAN_SHARE * (han + latin)) {
            return isTraditional(hanChars.toString()) ? Language.CHINESE_TRADITIONAL : Language.CHINESE_SIMPLIFIED;
        }
        if (latin == 0) {
            return Language.OTHER;
        }
        com.github.pemistahl.lingua.api.Language detected = latinDetector().detectLanguageOf(text);
        // a language kgx has a folder of data for is one of its constants, with the ISO 639-1 code as its tag
        return detected == com.github.pemistahl.lingua.api.Language.UNKNOWN ? Language.OTHER
                : Language.forTag(detected.getIsoCode639_1().name());
    }

    private boolean isTraditional(String han) {
        String simplified = converter.toSimplified(han);
        if (simplified.length() != han.length()) {
            return true;
        }
        int changed = 0;
        for (int i = 0; i < han.length(); i++) {
            if (han.charAt(i) != simplified.charAt(i)) {
                changed++;
            }
        }
        return changed > TRADITIONAL_SHARE * han.length();
    }

    private synchronized LanguageDetector latinDetector() {
        if (latinDetector == null) {
            // the Latin-script languages news in this domain comes in, so that a Spanish text is not taken for
            // Portuguese even without data of its own, and every language kgx has a constant for
            java.util.Set<com.github.pemistahl.lingua.api.Language> candidates = new java.util.LinkedHashSet<>(
                    java.util.List.of(com.github.pemistahl.lingua.api.Language.ENGLISH,
                            com.github.pemistahl.lingua.api.Language.PORTUGUESE,
                            com.github.pemistahl.lingua.api.Language.SPANISH,
                            com.github.pemistahl.lingua.api.Language.FRENCH,
                            com.github.pemistahl.lingua.api.Language.GERMAN,
                            com.github.pemistahl.lingua.api.Language.ITALIAN));
            for (Language l : Language.values()) {
                for (IsoCode639_1 code : IsoCode639_1.values()) {
                    if (code.name().equalsIgnoreCase(l.tag())) {
                        candidates.add(com.github.pemistahl.lingua.api.Language.getByIsoCode639_1(code));
                    }
                }
            }
            latinDetector = LanguageDetectorBuilder.fromLanguages(
                    candidates.toArray(com.github.pemistahl.lingua.api.Language[]::new)).build();
        }
        return latinDetector;
    }
}
