package dev.kgx.model;

import java.util.List;

/**
 * One sentence of a document after analysis.
 *
 * @param index      position in the document, from 0
 * @param span       where it stands in the normalized text
 * @param text       its normalized text
 * @param tokens     tokens with POS and NER tags
 * @param candidates   names proposed by the name recognizers
 * @param dependencies the dependency parse, when the language has a parser (empty otherwise)
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<NameCandidate> candidates,
                       List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        candidates = List.copyOf(candidates);
        dependencies = List.copyOf(dependencies);
    }

    /** A sentence without a dependency parse. */
    public Sentence(int index, Span span, String text, List<Token> tokens, List<NameCandidate> candidates) {
        this(index, span, text, tokens, candidates, List.of());
    }

    /** Whether a span starts where a token starts and ends where one ends (it cuts no word in two). */
    public boolean onTokenBoundaries(Span span) {
        boolean begins = false;
        boolean ends = false;
        for (Token t : tokens) {
            begins |= t.span().begin() == span.begin();
            ends |= t.span().end() == span.end();
        }
        return begins && ends;
    }
}
