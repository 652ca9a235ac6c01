package dev.kgx.lang;

/**
 * How a language's text is cut into sentences and tokens and tagged ({@code analyzer} in
 * {@code lang/<language>/language.tsv}).
 */
public enum Analysis {
    /** HanLP's dictionary segmenter and name recognizers, CoreNLP's Chinese POS tagger and CRF NER. */
    CHINESE,
    /** CoreNLP's English tokenizer, sentence splitter and 3-class CRF NER, for any Latin-script language. */
    LATIN;

    static Analysis fromName(String name) {
        return LanguageProfile.constant(Analysis.class, name);
    }
}
