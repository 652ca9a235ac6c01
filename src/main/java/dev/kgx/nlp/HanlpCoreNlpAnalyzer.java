package dev.kgx.nlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.kgx.ingest.TextChunks;
import dev.kgx.mention.ChineseNames;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.NameCandidate;
import dev.kgx.model.Sentence;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chinese analysis with HanLP segmenting and CoreNLP tagging: HanLP's dictionary segmenter cuts each sentence into
 * tokens that CoreNLP's POS tagger and CRF NER tag, and a second HanLP pass with its person, transliterated,
 * Japanese-name and organization recognizers proposes name candidates. CoreNLP's 330 MB segmenter model is never
 * loaded. The analysis of languages whose profile names {@link dev.kgx.lang.Analysis#CHINESE}
 * ({@link ProfileAnalyzer}).
 */
public final class HanlpCoreNlpAnalyzer implements Analyzer {
    private static final Set<String> NAME_NATURES = Set.of("nr", "nrf", "nrj", "nt", "ntc", "ntcb", "ntcf",
            "ntch", "nto", "ntu", "nts", "nth");

    private static final String TRANSLITERATION = String.join("",
            dev.kgx.Resources.lines("dev/kgx/lexicon/transliteration-chars.txt"));

    private final NlpModels models;

    public HanlpCoreNlpAnalyzer(NlpModels models) {
        this.models = models;
    }

    @Override
    public AnalyzedDocument analyze(SourceDocument document) {
        Segment segment = models.hanlpSegmenter();
        Segment recognizers = models.hanlpNameSegmenter();
        Segment personsWithoutAdditions = models.hanlpPersonSegmenterWithoutAdditions();
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : TextChunks.chineseSentences(text)) {
            String sentence = span.of(text);
            List<NameCandidate> candidates = new ArrayList<>();
            for (Term term : recognizers.seg(sentence)) {
                int b = term.offset;
                int e = b + term.word.length();
                if (NAME_NATURES.contains(term.nature.toString()) && b >= 0 && e <= sentence.length()
                        && sentence.startsWith(term.word, b)) {
                    candidates.add(new NameCandidate(new Span(span.begin() + b, span.begin() + e), term.word,
                            term.nature.toString()));
                }
            }
            List<Span> pieces = new ArrayList<>();
            java.util.Set<String> known = new java.util.HashSet<>();
            List<Span> knownSpans = new ArrayList<>();
            for (Term term : segment.seg(sentence)) {
                int b = term.offset;
                int e = b + term.word.length();
                if (b >= 0 && e <= sentence.length() && sentence.startsWith(term.word, b) && !term.word.isBlank()) {
                    pieces.add(new Span(span.begin() + b, span.begin() + e));
                    if (term.nature.toString().equals(NlpModels.KNOWN_NAME_NATURE)) {
                        known.add(term.word);
                        knownSpans.add(new Span(span.begin() + b, span.begin() + e));
                    }
                }
            }
            if (!knownSpans.isEmpty()) {
                for (Term term : personsWithoutAdditions.seg(sentence)) {
                    Span name = new Span(span.begin() + term.offset, span.begin() + term.offset + term.word.length());
                    if (term.offset >= 0 && sentence.startsWith(term.word, term.offset)
                            && personAroundKnownName(term.word, term.nature.toString(), name, knownSpans, candidates)) {
                        candidates.add(new NameCandidate(name, term.word, term.nature.toString()));
                    }
                }
            }
            List<CoreLabel> labels = new ArrayList<>();
            for (Span piece : mergeTransliterations(text, pieces, candidates)) {
                String word = piece.of(text);
                CoreLabel l = new CoreLabel();
                l.setWord(word);
                l.setValue(word);
                l.setOriginalText(word);
                l.setBeginPosition(piece.begin());
                l.setEndPosition(piece.end());
                l.setIndex(labels.size() + 1);
                l.setSentIndex(sentences.size());
                labels.add(l);
            }
            if (labels.isEmpty()) {
                continue;
            }
            tag(sentence, labels, !candidates.isEmpty(), known);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel l : labels) {
                tokens.add(new Token(l.word(), new Span(l.beginPosition(), l.endPosition()),
                        l.tag() == null ? "" : l.tag(), l.ner() == null ? "O" : l.ner()));
            }
            sentences.add(new Sentence(sentences.size(), span, sentence, tokens, candidates));
        }
        return new AnalyzedDocument(document, sentences);
    }

    /**
     * Joins the pieces of a Chinese personal name HanLP recognized, and of a transliterated foreign name, into one
     * token before tagging: the dictionary segmenter may cut a transliterated name into pieces of one or two
     * characters, which the tagger cannot read as a name. A name is a run of adjacent short pieces (one or two characters) made only of transliteration characters, at least one
     * of them a single character, of three characters or more or anchored by a foreign name HanLP recognized.
     */
    static List<Span> mergeTransliterations(String text, List<Span> pieces, List<NameCandidate> candidates) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            boolean anchored = false;
            while (j < pieces.size() && (transliterationPiece(text, pieces.get(j))
                    || isRecognizedForeignName(pieces.get(j), candidates))) {
                anchored |= isRecognizedForeignName(pieces.get(j), candidates);
                if (j > i && pieces.get(j).begin() != pieces.get(j - 1).end()) {
                    break;
                }
                j++;
            }
            Span person = chinesePersonAt(text, pieces, i, candidates);
            if (person != null) {
                out.add(person);
                while (i < pieces.size() && pieces.get(i).end() <= person.end()) {
                    i++;
                }
                continue;
            }
            int count = j - i;
            int chars = j > i ? pieces.get(j - 1).end() - pieces.get(i).begin() : 0;
            boolean hasSingle = pieces.subList(i, j).stream().anyMatch(p -> p.length() == 1);
            if (count >= 2 && hasSingle && (anchored || chars >= 3)) {
                out.add(new Span(pieces.get(i).begin(), pieces.get(j - 1).end()));
                i = j;
            } else {
                out.add(pieces.get(i));
                i++;
            }
        }
        return out;
    }

    /** How often HanLP's core dictionary may have seen a character as a word of its own for it to end a name. */
    static final int RARE_WORD_FREQUENCY = 10;

    /** How many times a name must occur, each time followed by the same character, for that character to be its own. */
    static final int SAME_NEXT_CHARACTER_OCCURRENCES = 3;

    /**
     * A Chinese personal name HanLP recognized that starts at piece {@code i} and ends on a piece boundary, when it
     * looks like one ({@link ChineseNames}), or null. HanLP's Japanese-name recognizer also proposes Chinese names
     * (程一笑); a family name and a given name decide. A two-character name followed by a single character is the
     * three-character name HanLP cut short (李珮 + 瑜, 刘强 + 东) when that character is rarely a word on its own, or
     * when the name is followed by it wherever it stands in the document, at least three times: a name of two
     * characters goes on with different words. Conversely, a three-character name whose last character is a frequent
     * word is the two-character name when the document also writes that without it.
     */
    private static Span chinesePersonAt(String text, List<Span> pieces, int i, List<NameCandidate> candidates) {
        for (NameCandidate c : candidates) {
            if ((c.nature().equals("nr") || c.nature().equals("nrj")) && c.span().begin() == pieces.get(i).begin()
                    && ChineseNames.isPlausiblePersonName(c.text())
                    && pieces.stream().anyMatch(p -> p.end() == c.span().end())) {
                Span next = pieces.stream().filter(p -> p.begin() == c.span().end()).findFirst().orElse(null);
                if (c.text().length() == 2 && next != null && next.length() == 1
                        && ChineseNames.isPlausiblePersonName(c.text() + next.of(text))
                        && (CoreDictionary.getTermFrequency(next.of(text)) <= RARE_WORD_FREQUENCY
                        || alwaysFollowedBy(text, c.text(), next.of(text).charAt(0)))) {
                    return new Span(c.span().begin(), next.end());
                }
                Span shorter = new Span(c.span().begin(), c.span().end() - 1);
                if (c.text().length() == 3 && pieces.stream().anyMatch(p -> p.end() == shorter.end())
                        && ChineseNames.isPlausiblePersonName(shorter.of(text))
                        && CoreDictionary.getTermFrequency(c.text().substring(2)) > RARE_WORD_FREQUENCY
                        && writtenWithout(text, shorter.of(text), c.text().charAt(2))) {
                    return shorter; // 黄铮早(前): the document writes 黄铮 elsewhere, and 早 is a word of its own
                }
                return c.span();
            }
        }
        return null;
    }

    /**
     * Whether the text writes {@code name} somewhere without {@code next} after it: a three-character name HanLP
     * proposes whose last character is a frequent word (黄铮早, of 黄铮早前宣布) is the two-character name the document
     * uses elsewhere.
     */
    static boolean writtenWithout(String text, String name, char next) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int after = at + name.length();
            if (after >= text.length() || text.charAt(after) != next) {
                return true;
            }
        }
        return false;
    }

    /** Whether every occurrence of {@code name} in the text, at least three, is followed by {@code next}. */
    static boolean alwaysFollowedBy(String text, String name, char next) {
        int n = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int after = at + name.length();
            if (after >= text.length() || text.charAt(after) != next) {
                return false;
            }
            n++;
        }
        return n >= SAME_NEXT_CHARACTER_OCCURRENCES;
    }

    /** A piece of one or two characters, all of them transliteration characters. */
    private static boolean transliterationPiece(String text, Span piece) {
        if (piece.length() > 2) {
            return false;
        }
        for (int k = piece.begin(); k < piece.end(); k++) {
            if (TRANSLITERATION.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRecognizedForeignName(Span piece, List<NameCandidate> candidates) {
        for (NameCandidate c : candidates) {
            if ((c.nature().equals("nrf") || c.nature().equals("nrj")) && c.span().equals(piece)) {
                return true;
            }
        }
        return false;
    }

    /**
     * POS tags every sentence; the CRF NER, the costliest model, runs only where an unknown name may stand: a
     * Chinese proper noun (NR) that is not a lexicon name, or a name HanLP's recognizers proposed.
     */
    private void tag(String sentence, List<CoreLabel> labels, boolean nameCandidates, java.util.Set<String> known) {
        Annotation annotation = sentenceAnnotation(sentence, labels);
        models.chineseTagger().annotate(annotation);
        for (CoreLabel l : labels) {
            if ("NR".equals(l.tag()) && knownOnlyAsVerb(l.word())) {
                l.setTag("VV"); // 意味着, 直接影响 before 公司: the tagger's guess, not a name
            }
        }
        boolean unknownProperNoun = labels.stream().anyMatch(l -> "NR".equals(l.tag()) && !known.contains(l.word())
                && dev.kgx.mention.NameKeys.hasHan(l.word()));
        if (nameCandidates || unknownProperNoun) {
            models.chineseNer().annotate(annotation);
        }
    }

    /**
     * Whether a Chinese person's name HanLP finds without kgx's dictionary additions is one that the additions hid:
     * a family name followed by a lexicon name as the given name (何 + 小鹏, where 小鹏 is XPeng's short name), a
     * plausible personal name that no other candidate already covers.
     */
    static boolean personAroundKnownName(String word, String nature, Span name, List<Span> knownNames,
                                         List<NameCandidate> candidates) {
        if (!nature.equals("nr") || word.length() < 3 || !ChineseNames.isPlausiblePersonName(word)) {
            return false;
        }
        boolean givenNameIsKnown = knownNames.stream().anyMatch(k -> k.end() == name.end()
                && k.begin() > name.begin() && k.length() >= 2);
        boolean covered = candidates.stream().anyMatch(c -> c.span().begin() < name.end()
                && name.begin() < c.span().end() && c.nature().startsWith("nr"));
        return givenNameIsKnown && !covered;
    }

    /**
     * Whether HanLP's dictionaries know a word, and know it only as a verb (意味着 v, 直接影响 v): CoreNLP's tagger
     * guesses NR for words it has not seen, and a verb before a company noun is then read as a company's name. A
     * word also known as a noun, a verbal noun (影响 vn) or a name, and a word the dictionaries do not know, keep
     * the tagger's tag.
     */
    static boolean knownOnlyAsVerb(String word) {
        List<Nature> natures = new ArrayList<>();
        CoreDictionary.Attribute core = CoreDictionary.get(word);
        if (core != null) {
            natures.addAll(java.util.Arrays.asList(core.nature));
        }
        CoreDictionary.Attribute custom = CustomDictionary.get(word);
        if (custom != null) {
            natures.addAll(java.util.Arrays.asList(custom.nature));
        }
        return !natures.isEmpty() && natures.stream().map(Object::toString)
                .allMatch(n -> n.startsWith("v") && !n.equals("vn"));
    }

    /** A one-sentence annotation over tokens made elsewhere, as CoreNLP's annotators expect it. */
    static Annotation sentenceAnnotation(String sentence, List<CoreLabel> labels) {
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, sentence);
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        s.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, labels.get(0).beginPosition());
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, labels.get(labels.size() - 1).endPosition());
        Annotation annotation = new Annotation(sentence);
        annotation.set(CoreAnnotations.TokensAnnotation.class, labels);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
        return annotation;
    }
}
