package dev.kgx.lang;

/**
 * The script a language is written in ({@code script} in {@code lang/<language>/language.tsv}): it decides
 * which name detectors read a document's own text. Names in another script inside it (a Latin-script brand in
 * Chinese text) are found by that script's detector whatever the language.
 */
public enum Script {
    /** Han characters: Chinese personal and organization names are read from the tokens and HanLP's candidates. */
    HAN,
    /** Latin letters: the whole text is Latin script, so a capitalized first word of a sentence proves nothing. */
    LATIN;

    static Script fromName(String name) {
        return LanguageProfile.constant(Script.class, name);
    }
}
