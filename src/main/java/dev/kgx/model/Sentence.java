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
 * @param parse        the dependency parse, or null: only sentences that name entities a fact could link are
 *                     parsed, and only in languages with a parser
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<NameCandidate> candidates,
                       Parse parse) {
    public Sentence {
        tokens = List.copyOf(tokens);
        candidates = List.copyOf(candidates);
    }

    /** A sentence without a dependency parse. */
    public Sentence(int index, Span span, String text, List<Token> tokens, List<NameCandidate> candidates) {
        this(index, span, text, tokens, candidates, null);
    }

    /** The same sentence with its dependency parse. */
    public Sentence withParse(Parse parse) {
        return new Sentence(index, span, text, tokens, candidates, parse);
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
