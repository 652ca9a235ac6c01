package dev.kgx.model;

/**
 * The languages kgx tells apart, with the BCP 47 tag used on RDF literals and the folder of their data
 * ({@code dev/kgx/lang/<folder>/}, read by {@code dev.kgx.lang.LanguageProfile}: everything else kgx needs to know
 * of a language is there). Traditional Chinese is read after conversion to Simplified, so both share one folder;
 * other Latin-script languages use the English data.
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

    /**
     * The language whose tag this is (a two-letter ISO 639-1 code for the Latin-script languages), or
     * {@link #OTHER}.
     */
    public static Language forTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return l;
            }
        }
        return OTHER;
    }

    /**
     * Whether the language is Chinese.
     *
     * @deprecated what a language needs is read from its {@code dev.kgx.lang.LanguageProfile}; only the old
     * TokensRegex matcher, which is being removed, still asks this
     */
    @Deprecated
    public boolean isChinese() {
        return this == CHINESE_SIMPLIFIED || this == CHINESE_TRADITIONAL;
    }
}
