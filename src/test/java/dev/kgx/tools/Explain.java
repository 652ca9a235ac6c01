package dev.kgx.tools;

import dev.kgx.extract.FactAssembly;
import dev.kgx.extract.FactExtractor;
import dev.kgx.extract.ProductKnowledge;
import dev.kgx.nlp.SurfaceFrameProposer;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development tool: prints what each stage makes of one file (tokens, tags, mentions, entities, facts). */
public final class Explain {
    public static void main(String[] args) throws Exception {
        NlpModels models = NlpModels.shared();
        DocumentReader reader = new DocumentReader(models.scriptConverter());
        ProfileAnalyzer analyzer = new ProfileAnalyzer(models);
        CombinedMentionDetector detector = CombinedMentionDetector.standard();
        RuleBasedEntityResolver resolver = new RuleBasedEntityResolver(Lexicon.load());
        ProductKnowledge products = ProductKnowledge.load();
        String which = System.getProperty("kgx.proposers", "frame,dependency,knowledge");
        List<dev.kgx.extract.FactProposer> ps = new java.util.ArrayList<>();
        if (which.contains("dependency")) ps.add(new dev.kgx.extract.DependencyFrameProposer());
        if (which.contains("frame")) ps.add(new SurfaceFrameProposer());
        if (which.contains("knowledge")) ps.add(products);
        FactExtractor facts = new FactAssembly(ps, products);
        for (String a : args) {
            Path p = Path.of(a);
            SourceDocument doc = reader.read(p.getFileName().toString(), Files.readAllBytes(p), a);
            AnalyzedDocument analyzed = analyzer.analyze(doc);
            List<Mention> mentions = detector.detect(analyzed);
            List<Entity> entities = resolver.resolve(analyzed, mentions);
            analyzed = new dev.kgx.nlp.CoreNlpStructureParser(models).parse(analyzed, entities);
            System.out.println("# " + a + " " + doc.language());
            for (Sentence s : analyzed.sentences()) {
                System.out.println("\n## S" + s.index() + " " + s.text());
                StringBuilder sb = new StringBuilder();
                for (Token t : s.tokens()) {
                    sb.append(t.word()).append('/').append(t.pos());
                    if (!"O".equals(t.ner())) sb.append('/').append(t.ner());
                    sb.append(' ');
                }
                System.out.println("  T: " + sb);
                if (s.parse() != null) {
                    StringBuilder d = new StringBuilder();
                    for (var dep : s.parse().dependencies()) {
                        d.append(dep.relation()).append('(').append(dep.governor() < 0 ? "ROOT" : s.parse().tokens().get(dep.governor()).word())
                                .append(", ").append(s.parse().tokens().get(dep.dependent()).word()).append(") ");
                    }
                    System.out.println("  D: " + d);
                }
                if (!s.candidates().isEmpty()) System.out.println("  C: " + s.candidates().stream().map(c -> c.text() + "/" + c.nature()).toList());
                for (Mention m : mentions) {
                    if (s.span().contains(m.span())) System.out.println("  M: " + m.text() + " " + m.type() + " <" + m.reason() + ">");
                }
            }
            System.out.println("\n# entities");
            for (Entity e : entities) System.out.println("  " + e.key() + " " + e.type() + " " + e.label() + " " + e.names().stream().map(Entity.Name::form).toList() + " <" + e.typeReason() + ">");
            FactExtractor.Facts f = facts.extract(analyzed, entities);
            System.out.println("# relations");
            f.relations().forEach(r -> System.out.println("  " + r.subjectKey() + " " + r.predicate().term() + " " + r.objectKey() + " <" + r.evidence().extractor() + "> " + r.evidence().sentence().substring(0, Math.min(90, r.evidence().sentence().length()))));
            System.out.println("# events");
            f.events().forEach(r -> System.out.println("  " + r.type() + " " + r.agentKey() + " " + r.objectKey() + " " + r.date() + " <" + r.evidence().extractor() + ">"));
        }
        System.exit(0);
    }
}
