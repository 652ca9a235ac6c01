package dev.kgx.nlp;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
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
 * a news article always ends a sentence, and it bounds the size of what CoreNLP sees at once.
 */
public final class CoreNlpAnalyzer implements Analyzer {
    /** Longest stretch handed to CoreNLP at once; longer lines are cut at the last punctuation before it. */
    static final int MAX_CHUNK = 2000;
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
        for (Span chunk : chinese ? chineseSentences(text) : chunks(text)) {
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

    /** A Chinese sentence ends at 。!? (full-width or not), with any closing quotation marks after it. */
    private static final java.util.regex.Pattern CHINESE_SENTENCE_END =
            java.util.regex.Pattern.compile("[。!?！？]+[”’\"」』)）]*");

    /**
     * Chinese sentences, split here rather than by CoreNLP: its splitter works on segmenter tokens and lets
     * sentences run together when the segmenter glues the full stop to the next word. Each is analysed as one
     * sentence.
     */
    static List<Span> chineseSentences(String text) {
        List<Span> out = new ArrayList<>();
        for (Span chunk : chunks(text)) {
            java.util.regex.Matcher m = CHINESE_SENTENCE_END.matcher(text).region(chunk.begin(), chunk.end());
            int start = chunk.begin();
            while (m.find()) {
                addTrimmed(text, start, m.end(), out);
                start = m.end();
            }
            addTrimmed(text, start, chunk.end(), out);
        }
        return out;
    }

    private static void addTrimmed(String text, int begin, int end, List<Span> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Span(begin, end));
        }
    }

    /** Non-blank lines of the text, each cut into pieces of at most {@link #MAX_CHUNK} characters. */
    static List<Span> chunks(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            cutLine(text, start, end, out);
            start = end + 1;
        }
        return out;
    }

    private static void cutLine(String text, int begin, int end, List<Span> out) {
        while (begin < end) {
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            if (begin >= end) {
                return;
            }
            int cut = end;
            if (end - begin > MAX_CHUNK) {
                cut = begin + MAX_CHUNK;
                for (int i = begin + MAX_CHUNK; i > begin + MAX_CHUNK / 2; i--) {
                    if ("。!?!?;;.".indexOf(text.charAt(i - 1)) >= 0) {
                        cut = i;
                        break;
                    }
                }
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--; // never split a surrogate pair
                }
            }
            int trimmed = cut;
            while (trimmed > begin && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > begin) {
                out.add(new Span(begin, trimmed));
            }
            begin = cut;
        }
    }
}
