package dev.kgx.model;

/**
 * Where a fact was read: the sentence that states it, located in the original file.
 *
 * @param documentPath the path of the document ({@link SourceDocument#path})
 * @param sentence   the sentence as it stands in the original file
 * @param span       character offsets of the sentence in the original file
 * @param extractor  the name of the extractor (and rule) that produced the fact
 * @param confidence in [0, 1]
 */
public record Evidence(String documentPath, String sentence, Span span, String extractor, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** Makes evidence for facts read from one sentence. */
    public static final class Builder {
        private final SourceDocument source;
        private final Span sentence;

        public Builder(SourceDocument source, Sentence sentence) {
            this.source = source;
            this.sentence = sentence.span();
        }

        public Evidence build(String extractor, double confidence) {
            Span original = source.originalSpan(sentence);
            return new Evidence(source.path(), original.of(source.original()), original, extractor, confidence);
        }
    }
}
