package dev.kgx.model;

import java.util.List;

/**
 * One sentence of a document after analysis.
 *
 * @param index      position in the document, from 0
 * @param span       where it stands in the normalized text
 * @param text       its normalized text
 * @param tokens     tokens with POS and NER tags
 * @param candidates names proposed by the name recognizers
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<NameCandidate> candidates) {
    public Sentence {
        tokens = List.copyOf(tokens);
        candidates = List.copyOf(candidates);
    }
}
