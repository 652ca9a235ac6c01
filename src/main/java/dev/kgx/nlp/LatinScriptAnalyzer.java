package dev.kgx.nlp;

import dev.kgx.ingest.TextChunks;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Sentence;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyses Latin-script documents (English, Portuguese…) with CoreNLP's English tokenizer, sentence splitter and
 * 3-class NER ({@link NlpModels#latin()}). Text is fed one bounded chunk at a time ({@link TextChunks}): a line
 * break in a news article always ends a sentence.
 */
public final class LatinScriptAnalyzer implements Analyzer {
    private final NlpModels models;

    public LatinScriptAnalyzer(NlpModels models) {
        this.models = models;
    }

    @Override
    public AnalyzedDocument analyze(SourceDocument document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span chunk : TextChunks.lines(text)) {
            Annotation annotation = new Annotation(chunk.of(text));
            models.latin().annotate(annotation);
            if (dev.kgx.lang.LanguageProfile.of(document.language()).latinTagger()) {
                models.englishTagger().annotate(annotation); // "fund" in "venture capital fund" is no verb
            }
            for (CoreMap cm : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<Token> tokens = new ArrayList<>();
                for (CoreLabel label : cm.get(CoreAnnotations.TokensAnnotation.class)) {
                    int b = label.beginPosition() + chunk.begin();
                    int e = label.endPosition() + chunk.begin();
                    tokens.add(new Token(text.substring(b, e), new Span(b, e), label.tag() == null ? "" : label.tag(),
                            label.ner() == null ? "O" : label.ner()));
                }
                if (tokens.isEmpty()) {
                    continue;
                }
                Span span = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
                sentences.add(new Sentence(sentences.size(), span, span.of(text), tokens, List.of()));
            }
        }
        return new AnalyzedDocument(document, sentences);
    }
}
