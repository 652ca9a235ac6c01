package dev.kgx.model;

/**
 * A token of the normalized text.
 *
 * @param word the token's text
 * @param span where it stands in the normalized text
 * @param pos  part-of-speech tag (CTB tags for Chinese, Penn tags otherwise; empty when not tagged)
 * @param ner  named-entity tag of the statistical tagger ({@code O} when none)
 */
public record Token(String word, Span span, String pos, String ner) {
}
