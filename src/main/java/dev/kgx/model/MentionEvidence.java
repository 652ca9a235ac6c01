package dev.kgx.model;

/**
 * The kind of evidence behind a proposed mention: what made a detector propose the name and give it its type. The
 * mention stage settles overlapping proposals by it (a name typed by a lexicon entry or by its own form wins over
 * one typed by a cue or a statistical tagger, which wins over an untyped one); the human-readable account stays in
 * {@link Mention#reason()}.
 */
public enum MentionEvidence {
    /** An entry of the lexicon of well-known entities. */
    LEXICON,
    /** A lexicon name that is also a common word (苹果): it counts only with a company cue or in a list of organizations. */
    LEXICON_NEEDS_CONTEXT,
    /**
     * The name's own form types it: a head noun of names (电子科技大学), a registered-name suffix (…股份有限公司),
     * the last word of a Latin-script name (Northwind Capital), a transliterated full name with its dot (吉姆·法利), a
     * group's name with a line of business (京东物流).
     */
    OWN_FORM,
    /** A context word around the name: a title before it (创始人 X), a company noun or a speech verb after it. */
    CUE,
    /** A statistical recognizer (CoreNLP's NER, HanLP's name recognizers), with the checks that confirm it. */
    STATISTICAL,
    /** A name-like string with no evidence of its type yet (a capitalized Latin word, a short name a text defines). */
    NAME_SHAPE,
    /** The type of a typed name it is listed with ("A、B 和 C"). */
    LISTED,
    /**
     * The short form of a name the document gives in full (a family name alone after the full name). Another
     * occurrence of the very same name keeps the evidence of the name.
     */
    SHORT_FORM,
    /** Made after the mention stage (a pronoun standing for an entity); never ranked. */
    REFERENCE
}
