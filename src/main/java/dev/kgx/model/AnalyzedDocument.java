package dev.kgx.model;

import java.util.List;

/** A document split into analysed sentences. */
public record AnalyzedDocument(SourceDocument source, List<Sentence> sentences) {
    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains the given span of the normalized text, or null (binary search: sentences are in order). */
    public Sentence sentenceAt(Span span) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (s.end() <= span.begin()) {
                lo = mid + 1;
            } else if (s.begin() > span.begin()) {
                hi = mid - 1;
            } else {
                return s.contains(span) ? sentences.get(mid) : null;
            }
        }
        return null;
    }
}
