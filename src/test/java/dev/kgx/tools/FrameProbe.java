package dev.kgx.tools;

import dev.kgx.Docs;
import dev.kgx.extract.FactAssembly;
import dev.kgx.extract.FactExtractor;
import dev.kgx.extract.ProductKnowledge;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Language;
import dev.kgx.nlp.SurfaceFrameProposer;
import dev.kgx.resolve.RuleBasedEntityResolver;

import java.util.List;

/** Development tool: frames' facts for one hand-tokenized sentence. Args: language token... */
public final class FrameProbe {
    public static void main(String[] args) {
        Language lang = Language.valueOf(args[0]);
        List<String[]> sentences = new java.util.ArrayList<>();
        List<String> cur = new java.util.ArrayList<>();
        for (String a : java.util.Arrays.copyOfRange(args, 1, args.length)) {
            if (a.equals("||")) { sentences.add(cur.toArray(new String[0])); cur.clear(); } else cur.add(a);
        }
        sentences.add(cur.toArray(new String[0]));
        AnalyzedDocument doc = Docs.analyzed(lang, sentences.toArray(new String[0][]));
        List<Entity> entities = new RuleBasedEntityResolver(Lexicon.load()).resolve(doc,
                CombinedMentionDetector.standard().detect(doc));
        entities.forEach(e -> System.out.println("E " + e.key() + " " + e.type() + " " + e.mentions().stream().map(m -> m.text()).toList()));
        FactExtractor.Facts f = new FactAssembly(List.of(new SurfaceFrameProposer()), ProductKnowledge.load()).extract(doc, entities);
        f.relations().forEach(r -> System.out.println("R " + r.subjectKey() + " " + r.predicate().term() + " " + r.objectKey() + " " + r.evidence().extractor()));
        f.events().forEach(r -> System.out.println("V " + r));
        System.exit(0);
    }
}
