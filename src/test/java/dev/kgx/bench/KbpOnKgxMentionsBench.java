package dev.kgx.bench;

import dev.kgx.ingest.DocumentReader;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Token;
import dev.kgx.nlp.ProfileAnalyzer;
import dev.kgx.nlp.NlpModels;
import dev.kgx.resolve.RuleBasedEntityResolver;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Issue 4 asks whether CoreNLP's Chinese KBP annotator helps once it is given kgx's entity mentions. This runs it
 * that way over a folder: kgx's tokens (a mention is one token), CoreNLP's Chinese POS, NER (for its TITLE, DATE…
 * tags) and dependency parse, then every PERSON/ORGANIZATION tag replaced by kgx's mentions, then
 * {@code entitymentions,kbp} (rules only: CoreNLP ships no statistical KBP model for Chinese). It writes the KBP
 * relations that map onto kgx's eight as N-Triples (to add to an export and score), and prints timings.
 * Not a test: run by hand, see README.md ("CoreNLP's KBP annotator, measured").
 */
public final class KbpOnKgxMentionsBench {
    /** KBP slot → kgx relation, and whether the KBP subject is kgx's object. */
    private record Mapping(String predicate, boolean inverse) {
    }

    private static final Map<String, Mapping> MAPPINGS = Map.of(
            "per:employee_of", new Mapping("worksFor", false),
            "per:employee_or_member_of", new Mapping("worksFor", false),
            "org:top_members/employees", new Mapping("worksFor", true),
            "org:founded_by", new Mapping("founded", true),
            "per:schools_attended", new Mapping("educatedAt", false),
            "org:parents", new Mapping("partOf", false),
            "org:subsidiaries", new Mapping("partOf", true),
            "org:shareholders", new Mapping("investedIn", true),
            "org:member_of", new Mapping("partOf", false));

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path out = Path.of(args[1]);
        NlpModels models = NlpModels.shared();
        DocumentReader reader = new DocumentReader(models.scriptConverter());
        ProfileAnalyzer analyzer = new ProfileAnalyzer(models);
        CombinedMentionDetector detector = CombinedMentionDetector.standard();
        RuleBasedEntityResolver resolver = new RuleBasedEntityResolver(Lexicon.load());

        long t0 = System.nanoTime();
        Properties chinese = new Properties();
        try (InputStream in = KbpOnKgxMentionsBench.class.getClassLoader()
                .getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            chinese.load(in);
        }
        Properties first = new Properties();
        first.putAll(chinese);
        first.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        first.setProperty("tokenize.whitespace", "true");
        first.setProperty("tokenize.language", "en"); // whitespace tokenization: kgx's tokens stay as they are
        first.setProperty("ssplit.eolonly", "true");
        StanfordCoreNLP tagging = new StanfordCoreNLP(first);
        Properties second = new Properties();
        second.putAll(chinese);
        second.setProperty("annotators", "entitymentions,kbp");
        second.setProperty("enforceRequirements", "false");
        StanfordCoreNLP kbp = new StanfordCoreNLP(second);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        int found = 0;
        int mapped = 0;
        double annotateSeconds = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        try (PrintWriter nt = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Path f : files) {
                SourceDocument src = reader.read(f.getFileName().toString(), Files.readAllBytes(f), f.toString());
                if (!src.language().isChinese()) {
                    continue;
                }
                AnalyzedDocument doc = analyzer.analyze(src);
                List<Entity> entities = resolver.resolve(doc, detector.detect(doc));
                Map<Mention, Entity> owner = new HashMap<>();
                entities.forEach(e -> e.mentions().forEach(m -> owner.put(m, e)));
                // one line per sentence, kgx tokens separated by spaces, each mention glued into one token
                StringBuilder text = new StringBuilder();
                List<List<Entity>> tokenEntities = new ArrayList<>();
                for (var s : doc.sentences()) {
                    List<Entity> line = new ArrayList<>();
                    List<String> words = new ArrayList<>();
                    List<Token> toks = s.tokens();
                    for (int i = 0; i < toks.size(); i++) {
                        Token t = toks.get(i);
                        Mention m = owner.keySet().stream().filter(x -> x.span().begin() == t.span().begin())
                                .findFirst().orElse(null);
                        if (m != null) {
                            StringBuilder w = new StringBuilder();
                            while (i < toks.size() && toks.get(i).span().begin() < m.span().end()) {
                                w.append(toks.get(i).word().replace(" ", ""));
                                i++;
                            }
                            i--;
                            words.add(w.toString());
                            line.add(owner.get(m));
                        } else if (!t.word().isBlank()) {
                            words.add(t.word().replace(" ", ""));
                            line.add(null);
                        }
                    }
                    if (!words.isEmpty()) {
                        text.append(String.join(" ", words)).append('\n');
                        tokenEntities.add(line);
                    }
                }
                long a0 = System.nanoTime();
                Annotation ann = new Annotation(text.toString());
                tagging.annotate(ann);
                List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
                Map<String, Entity> tokenOwner = new HashMap<>(); // KBP hands back copies of the tokens: match by word
                for (int si = 0; si < sentences.size() && si < tokenEntities.size(); si++) {
                    List<CoreLabel> labels = sentences.get(si).get(CoreAnnotations.TokensAnnotation.class);
                    for (int ti = 0; ti < labels.size() && ti < tokenEntities.get(si).size(); ti++) {
                        CoreLabel l = labels.get(ti);
                        Entity e = tokenEntities.get(si).get(ti);
                        String ner = l.ner();
                        if (e != null) {
                            ner = e.type() == EntityType.PERSON ? "PERSON"
                                    : e.type().isOrganization() ? "ORGANIZATION" : "MISC";
                            tokenOwner.put(l.word(), e);
                        } else if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
                            ner = "O"; // only kgx's mentions are entities
                        }
                        l.setNER(ner);
                        l.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, ner);
                        l.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, ner);
                    }
                }
                ann.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
                kbp.annotate(ann);
                annotateSeconds += (System.nanoTime() - a0) / 1e9;
                Set<String> lines = new LinkedHashSet<>();
                for (CoreMap s : sentences) {
                    List<RelationTriple> triples = s.get(CoreAnnotations.KBPTriplesAnnotation.class);
                    if (triples == null) {
                        continue;
                    }
                    for (RelationTriple t : triples) {
                        found++;
                        Mapping m = MAPPINGS.get(t.relationGloss());
                        Entity subj = tokenOwner.get(t.subjectGloss().replace(" ", ""));
                        Entity obj = tokenOwner.get(t.objectGloss().replace(" ", ""));
                        System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s%n", src.fileName(), t.subjectGloss(),
                                t.relationGloss(), t.objectGloss(), m == null ? "(not one of kgx's eight)" : "");
                        if (m == null || subj == null || obj == null) {
                            continue;
                        }
                        Entity s2 = m.inverse() ? obj : subj;
                        Entity o2 = m.inverse() ? subj : obj;
                        lines.add("<https://kgx.dev/id/entity/" + s2.key() + "> <https://kgx.dev/ontology#"
                                + m.predicate() + "> <https://kgx.dev/id/entity/" + o2.key() + "> .");
                    }
                }
                mapped += lines.size();
                lines.forEach(nt::println);
            }
        }
        System.out.printf(Locale.ROOT, "kbp.load.seconds=%.1f%nkbp.annotate.seconds=%.1f%nkbp.triples=%d%n"
                + "kbp.mapped=%d%n", loadSeconds, annotateSeconds, found, mapped);
    }
}
