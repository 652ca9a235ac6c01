package dev.kgx.model;

/** The languages kgx tells apart, with the BCP 47 tag used on RDF literals. */
public enum Language {
    CHINESE_SIMPLIFIED("zh-Hans"),
    CHINESE_TRADITIONAL("zh-Hant"),
    ENGLISH("en"),
    PORTUGUESE("pt"),
    OTHER("und");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public boolean isChinese() {
        return this == CHINESE_SIMPLIFIED || this == CHINESE_TRADITIONAL;
    }
}
