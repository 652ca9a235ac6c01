package dev.kgx.nlp;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.SourceDocument;

/** The analysis stage: sentences, tokens, tags and name candidates for a document. */
public interface Analyzer {
    AnalyzedDocument analyze(SourceDocument document);
}
