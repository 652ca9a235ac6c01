package dev.kgx.model;

/**
 * The languages kgx tells apart, with the BCP 47 tag used on RDF literals and the folder of their data
 * ({@code dev/kgx/lang/<folder>/}). Traditional Chinese is read after conversion to Simplified, so both share one
 * folder; other Latin-script languages use the English data.
 */
public enum Language {
    CHINESE_SIMPLIFIED("zh-Hans", "zh", true),
    CHINESE_TRADITIONAL("zh-Hant", "zh", true),
    ENGLISH("en", "en", false),
    PORTUGUESE("pt", "pt", false),
    OTHER("und", "en", false);

    private final String tag;
    private final String folder;
    private final boolean caseSensitive;

    Language(String tag, String folder, boolean caseSensitive) {
        this.tag = tag;
        this.folder = folder;
        this.caseSensitive = caseSensitive;
    }

    /** The folder of the language's data under {@code dev/kgx/lang/}. */
    public String folder() {
        return folder;
    }

    /** Whether its words are matched as written (Chinese) or regardless of case (Latin script). */
    public boolean caseSensitive() {
        return caseSensitive;
    }

    public String tag() {
        return tag;
    }

    public boolean isChinese() {
        return this == CHINESE_SIMPLIFIED || this == CHINESE_TRADITIONAL;
    }
}
