package dev.kgx.nlp;

import dev.kgx.lang.DependencyParser;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Dependency;
import dev.kgx.model.Entity;
import dev.kgx.model.Mention;
import dev.kgx.model.Parse;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Parses with the CoreNLP neural dependency parser the document's language profile names ({@code parser} in
 * {@code lang/<language>/language.tsv}): the Chinese one over the tags the analysis gave, the English one with its
 * own tagger; languages without a parser (Portuguese) stay unparsed and rely on frames. Each entity mention
 * becomes one token with the profile's proper-noun tag.
 */
public final class CoreNlpStructureParser implements StructureParser {
    private final NlpModels models;

    public CoreNlpStructureParser(NlpModels models) {
        this.models = models;
    }

    @Override
    public AnalyzedDocument parse(AnalyzedDocument doc, List<Entity> entities) {
        LanguageProfile profile = LanguageProfile.of(doc.source().language());
        StanfordCoreNLP parser = parserFor(profile.parser());
        if (parser == null) {
            return doc;
        }
        List<Mention> mentions = new ArrayList<>();
        java.util.Map<Mention, String> keyOf = new java.util.HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                mentions.add(m);
                keyOf.put(m, e.key());
            }
        }
        mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
        List<Sentence> out = new ArrayList<>();
        int mi = 0;
        for (Sentence s : doc.sentences()) {
            List<Mention> in = new ArrayList<>();
            while (mi < mentions.size() && mentions.get(mi).span().begin() < s.span().end()) {
                if (s.span().contains(mentions.get(mi).span())) {
                    in.add(mentions.get(mi));
                }
                mi++;
            }
            boolean worthParsing = in.stream().map(keyOf::get).distinct().count() >= 2
                    && s.tokens().stream().anyMatch(t -> profile.triggers().startsTrigger(t.word()));
            out.add(worthParsing ? s.withParse(parse(s, in, profile, parser)) : s);
        }
        return new AnalyzedDocument(doc.source(), out);
    }

    private StanfordCoreNLP parserFor(DependencyParser parser) {
        return switch (parser) {
            case CHINESE -> models.chineseParser();
            case ENGLISH -> models.englishParser();
            case NONE -> null;
        };
    }

    /** The sentence's tokens with each mention joined into one proper-noun token, parsed. */
    static Parse parse(Sentence s, List<Mention> mentions, LanguageProfile profile, StanfordCoreNLP parser) {
        String properNoun = profile.properNounTag();
        boolean parserTags = profile.parser().tagsWords();
        List<Token> tokens = new ArrayList<>();
        int mi = 0;
        for (Token t : s.tokens()) {
            while (mi < mentions.size() && mentions.get(mi).span().end() <= t.span().begin()) {
                mi++;
            }
            Mention m = mi < mentions.size() && mentions.get(mi).span().overlaps(t.span()) ? mentions.get(mi) : null;
            if (m == null) {
                tokens.add(t);
            } else if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).span().equals(m.span())) {
                tokens.add(new Token(m.text(), m.span(), properNoun, "O"));
            }
        }
        List<CoreLabel> labels = new ArrayList<>();
        for (Token t : tokens) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            // where the analysis has no tagger, the parser's pipeline tags the words; names stay proper nouns
            l.setTag(!parserTags || t.pos().equals(properNoun) ? t.pos() : null);
            l.setBeginPosition(t.span().begin());
            l.setEndPosition(t.span().end());
            l.setIndex(labels.size() + 1);
            l.setSentIndex(0);
            labels.add(l);
        }
        Annotation annotation = HanlpCoreNlpAnalyzer.sentenceAnnotation(s.text(), labels);
        parser.annotate(annotation);
        if (parserTags) {
            for (int i = 0; i < labels.size(); i++) {
                if (tokens.get(i).pos().equals(properNoun)) {
                    labels.get(i).setTag(properNoun);
                }
            }
        }
        SemanticGraph graph = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0)
                .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> deps = new ArrayList<>();
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString().toLowerCase(Locale.ROOT)));
            }
        }
        List<Token> tagged = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String tag = labels.get(i).tag() == null ? t.pos() : labels.get(i).tag();
            tagged.add(new Token(t.word(), t.span(), tag, t.ner()));
        }
        return new Parse(tagged, deps);
    }
}
