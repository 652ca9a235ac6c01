package dev.kgx.nlp;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.kgx.ingest.TextChunks;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.NameCandidate;
import dev.kgx.model.Sentence;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Analyses a document with CoreNLP (tokens, sentences, POS and NER for Chinese; tokens and sentences for
 * Latin-script text) and, for Chinese, HanLP's name recognizers. Text is fed one line at a time: a line break in
 * a news article always ends a sentence, and {@link TextChunks} bounds the size of what CoreNLP sees at once.
 */
public final class CoreNlpAnalyzer implements Analyzer {
    /** HanLP natures kept as name candidates: person, transliterated, Japanese names and organizations. */
    private static final Set<String> NAME_NATURES = Set.of("nr", "nrf", "nrj", "nt", "ntc", "ntcb", "ntcf",
            "ntch", "nto", "ntu", "nts", "nth");

    private final NlpModels models;

    public CoreNlpAnalyzer(NlpModels models) {
        this.models = models;
    }

    @Override
    public AnalyzedDocument analyze(SourceDocument document) {
        boolean chinese = document.language().isChinese();
        StanfordCoreNLP pipeline = chinese ? models.chinese() : models.latin();
        Segment hanlp = chinese ? models.hanlpNameSegmenter() : null;
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span chunk : chinese ? TextChunks.chineseSentences(text) : TextChunks.lines(text)) {
            Annotation annotation = new Annotation(chunk.of(text));
            pipeline.annotate(annotation);
            for (CoreMap cm : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<Token> tokens = new ArrayList<>();
                for (CoreLabel label : cm.get(CoreAnnotations.TokensAnnotation.class)) {
                    int b = label.beginPosition() + chunk.begin();
                    int e = label.endPosition() + chunk.begin();
                    String ner = label.ner() == null ? "O" : label.ner();
                    String pos = label.tag() == null ? "" : label.tag();
                    tokens.add(new Token(text.substring(b, e), new Span(b, e), pos, ner));
                }
                if (tokens.isEmpty()) {
                    continue;
                }
                Span span = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
                String sentenceText = span.of(text);
                List<NameCandidate> candidates = hanlp == null ? List.of() : candidates(hanlp, sentenceText, span);
                sentences.add(new Sentence(sentences.size(), span, sentenceText, tokens, candidates));
            }
        }
        return new AnalyzedDocument(document, sentences);
    }

    private static List<NameCandidate> candidates(Segment hanlp, String sentence, Span where) {
        List<NameCandidate> out = new ArrayList<>();
        for (Term term : hanlp.seg(sentence)) {
            String nature = term.nature.toString();
            if (NAME_NATURES.contains(nature) && term.offset >= 0
                    && term.offset + term.word.length() <= sentence.length()
                    && sentence.startsWith(term.word, term.offset)) {
                Span span = new Span(where.begin() + term.offset, where.begin() + term.offset + term.word.length());
                out.add(new NameCandidate(span, term.word, nature));
            }
        }
        return out;
    }
}
