package dev.kgx.model;

import java.util.List;

/** A document split into analysed sentences. */
public record AnalyzedDocument(SourceDocument source, List<Sentence> sentences) {
    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains the given span of the normalized text, or null. */
    public Sentence sentenceAt(Span span) {
        for (Sentence s : sentences) {
            if (s.span().contains(span)) {
                return s;
            }
        }
        return null;
    }
}
