package dev.kgx.lang;

/**
 * Which of CoreNLP's dependency parsers reads a language's sentences ({@code parser} in
 * {@code lang/<language>/language.tsv}); a language with a parser also needs {@code dependencies.tsv}.
 */
public enum DependencyParser {
    /** The Chinese parser, over the part-of-speech tags the analysis gave. */
    CHINESE(false),
    /** The English parser with its own tagger: the analysis of Latin-script text tags no parts of speech. */
    ENGLISH(true),
    /** No parser: relations come from the surface frames alone. */
    NONE(false);

    private final boolean tagsWords;

    DependencyParser(boolean tagsWords) {
        this.tagsWords = tagsWords;
    }

    /** Whether the parser's pipeline tags the words itself, rather than reading the analysis's tags. */
    public boolean tagsWords() {
        return tagsWords;
    }

    static DependencyParser fromName(String name) {
        return LanguageProfile.constant(DependencyParser.class, name);
    }
}
