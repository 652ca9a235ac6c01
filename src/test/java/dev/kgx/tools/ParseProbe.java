package dev.kgx.tools;

import dev.kgx.ingest.DocumentReader;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Mention;
import dev.kgx.model.Sentence;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Token;
import dev.kgx.nlp.ProfileAnalyzer;
import dev.kgx.nlp.NlpModels;
import dev.kgx.resolve.RuleBasedEntityResolver;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Development tool: dependency parses of sentences naming two entities, mentions collapsed into one token. */
public final class ParseProbe {
    public static void main(String[] args) throws Exception {
        NlpModels models = NlpModels.shared();
        DocumentReader reader = new DocumentReader(models.scriptConverter());
        ProfileAnalyzer analyzer = new ProfileAnalyzer(models);
        CombinedMentionDetector detector = CombinedMentionDetector.standard();
        RuleBasedEntityResolver resolver = new RuleBasedEntityResolver(Lexicon.load());
        Properties ep = new Properties();
        ep.setProperty("annotators", "pos,depparse");
        ep.setProperty("enforceRequirements", "false");
        StanfordCoreNLP english = null;
        long parseNanos = 0; int parsed = 0;
        for (String a : args) {
            Path p = Path.of(a);
            SourceDocument doc = reader.read(p.getFileName().toString(), Files.readAllBytes(p), a);
            AnalyzedDocument analyzed = analyzer.analyze(doc);
            List<Mention> mentions = detector.detect(analyzed);
            List<Entity> entities = resolver.resolve(analyzed, mentions);
            Map<Mention, Entity> owner = new HashMap<>();
            for (Entity e : entities) for (Mention m : e.mentions()) owner.put(m, e);
            boolean zh = doc.language().isChinese();
            if (!zh && english == null) english = new StanfordCoreNLP(ep);
            for (Sentence s : analyzed.sentences()) {
                List<Mention> in = owner.keySet().stream().filter(m -> s.span().contains(m.span()))
                        .sorted(java.util.Comparator.comparingInt(m -> m.span().begin())).toList();
                if (in.stream().map(m -> owner.get(m).key()).distinct().count() < 2) continue;
                List<CoreLabel> labels = new ArrayList<>();
                int mi = 0;
                for (Token t : s.tokens()) {
                    while (mi < in.size() && in.get(mi).span().end() <= t.span().begin()) mi++;
                    Mention m = mi < in.size() && in.get(mi).span().overlaps(t.span()) ? in.get(mi) : null;
                    if (m != null) {
                        if (!labels.isEmpty() && labels.get(labels.size() - 1).beginPosition() == m.span().begin()) continue;
                        labels.add(label(m.text(), zh ? "NR" : "NNP", m.span().begin(), m.span().end(), labels.size()));
                        labels.get(labels.size() - 1).setNER(owner.get(m).type().name());
                    } else {
                        labels.add(label(t.word(), t.pos(), t.span().begin(), t.span().end(), labels.size()));
                    }
                }
                CoreMap cm = new ArrayCoreMap();
                cm.set(CoreAnnotations.TextAnnotation.class, s.text());
                cm.set(CoreAnnotations.TokensAnnotation.class, labels);
                cm.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
                Annotation ann = new Annotation(s.text());
                ann.set(CoreAnnotations.TokensAnnotation.class, labels);
                ann.set(CoreAnnotations.SentencesAnnotation.class, List.of(cm));
                long t0 = System.nanoTime();
                if (zh) {
                    models.chineseParser().annotate(ann);
                } else {
                    for (CoreLabel l : labels) if (l.ner() == null) l.setTag(null);
                    english.annotate(ann);
                    for (CoreLabel l : labels) if (l.ner() != null) l.setTag("NNP");
                }
                if (parsed++ > 0) parseNanos += System.nanoTime() - t0;
                SemanticGraph g = cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                System.out.println("\n## " + s.text());
                StringBuilder sb = new StringBuilder();
                for (CoreLabel l : labels) sb.append(l.index()).append(':').append(l.word()).append('/').append(l.tag()).append(l.ner() != null ? "[" + l.ner() + "]" : "").append(' ');
                System.out.println("  " + sb);
                System.out.println("  " + g.toList().replace("\n", "  "));
            }
        }
        System.err.printf("parsed %d sentences in %.1f s%n", parsed, parseNanos / 1e9);
        System.exit(0);
    }

    private static CoreLabel label(String w, String tag, int b, int e, int i) {
        CoreLabel l = new CoreLabel();
        l.setWord(w); l.setValue(w); l.setOriginalText(w); l.setTag(tag);
        l.setBeginPosition(b); l.setEndPosition(e); l.setIndex(i + 1); l.setSentIndex(0);
        return l;
    }
}
