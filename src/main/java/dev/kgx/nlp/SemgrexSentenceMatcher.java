package dev.kgx.nlp;

import dev.kgx.extract.FactProposal;
import dev.kgx.extract.SentenceContext;
import dev.kgx.extract.FactProposer;
import dev.kgx.model.FactType;
import dev.kgx.model.Span;
import dev.kgx.Resources;
import dev.kgx.model.Dependency;
import dev.kgx.model.Entity;
import dev.kgx.model.Mention;
import dev.kgx.model.Sentence;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semgrex patterns over the dependency parse ({@code patterns/facts-zh.semgrex.tsv}): they find the subject and
 * object of a verb however many words stand between them ("吴泳铭于1999年作为创始团队成员加入阿里巴巴"). Each
 * token of an entity mention carries the entity's kind as its ner (PERSON, ORG, PRODUCT); node names {@code s}
 * and {@code o} mark the subject and the object.
 * <p>
 * Parsing is the costliest step of the pipeline, so a sentence is parsed (with CoreNLP's Chinese parser, on the
 * tokens and tags it already has) only when a pattern could match it: it names two entities of the kinds a
 * pattern links and contains the verb that pattern starts from.
 */
public final class SemgrexSentenceMatcher implements FactProposer {
    public static final String NAME = "semgrex";

    record Rule(String name, List<FactType> emits, double confidence, SemgrexPattern pattern, Pattern trigger,
                java.util.Set<String> kinds) {
        /** Whether the sentence has the rule's verb and the kinds of entity it links. */
        boolean couldMatch(Sentence s, java.util.Set<String> present) {
            return present.containsAll(kinds) && s.tokens().stream().anyMatch(t -> trigger.matcher(t.word()).matches());
        }
    }

    /** The kinds of entity a rule links: its {ner:X} nodes. */
    private static final Pattern KIND = Pattern.compile("\\{ner:(PERSON|ORG|PRODUCT)}");

    /** The verb a rule starts from: its first node, {word:/…/}. */
    private static final Pattern FIRST_WORD = Pattern.compile("^\\{word:/([^/]+)/}");

    private final NlpModels models;
    private final List<Rule> rules = new ArrayList<>();

    public SemgrexSentenceMatcher(NlpModels models) {
        this.models = models;
        String resource = "dev/kgx/patterns/facts-zh.semgrex.tsv";
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(resource + ": a rule needs 4 tab-separated columns: " + line);
            }
            try {
                Matcher first = FIRST_WORD.matcher(f[3]);
                if (!first.find()) {
                    throw new IllegalStateException(resource + ": rule " + f[0] + " must start with {word:/…/}");
                }
                java.util.Set<String> kinds = new java.util.HashSet<>();
                Matcher kind = KIND.matcher(f[3]);
                while (kind.find()) {
                    kinds.add(kind.group(1));
                }
                rules.add(new Rule(f[0], java.util.Arrays.stream(f[1].split(",")).map(TokensRegexSentenceMatcher::factType).toList(), Double.parseDouble(f[2]),
                        SemgrexPattern.compile(f[3]), Pattern.compile(first.group(1)), kinds));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": rule " + f[0] + " does not compile: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<FactProposal> propose(SentenceContext context) {
        Sentence s = context.sentence();
        java.util.Set<String> present = new java.util.HashSet<>();
        context.mentions().forEach(m -> present.add(TokensRegexSentenceMatcher.kind(context.owner().get(m).type())));
        boolean twoEntities = context.mentions().stream().map(m -> context.owner().get(m).key()).distinct()
                .count() >= 2;
        if (!twoEntities || rules.stream().noneMatch(r -> r.couldMatch(s, present))) {
            return List.of();
        }
        dev.kgx.model.Parse given = s.parse() != null ? s.parse() : new dev.kgx.model.Parse(s.tokens(), parse(s));
        List<Dependency> dependencies = given.dependencies();
        List<IndexedWord> words = new ArrayList<>();
        List<Mention> owners = new ArrayList<>();
        for (int i = 0; i < given.tokens().size(); i++) {
            Token t = given.tokens().get(i);
            Mention m = context.mentionAt(t.span().begin(), t.span().end());
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setTag(t.pos());
            l.setNER(m == null ? "O" : TokensRegexSentenceMatcher.kind(context.owner().get(m).type()));
            l.setIndex(i + 1);
            l.setBeginPosition(t.span().begin());
            l.setEndPosition(t.span().end());
            words.add(new IndexedWord(l));
            owners.add(m);
        }
        SemanticGraph graph = new SemanticGraph();
        words.forEach(graph::addVertex);
        for (Dependency d : dependencies) {
            if (d.governor() < 0) {
                graph.addRoot(words.get(d.dependent()));
            } else {
                graph.addEdge(words.get(d.governor()), words.get(d.dependent()),
                        GrammaticalRelation.valueOf(edu.stanford.nlp.international.Language.Any, d.relation()), 1.0, false);
            }
        }
        List<FactProposal> out = new ArrayList<>();
        for (Rule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                IndexedWord subject = m.getNode("s");
                IndexedWord object = m.getNode("o");
                Mention sm = subject == null ? null : owners.get(subject.index() - 1);
                Mention om = object == null ? null : owners.get(object.index() - 1);
                if (sm == null && om == null) {
                    continue;
                }
                Entity se = sm == null ? null : context.owner().get(sm);
                Entity oe = om == null ? null : context.owner().get(om);
                int begin = Math.min(m.getMatch().beginPosition(), subject == null ? Integer.MAX_VALUE
                        : subject.beginPosition());
                int end = Math.max(m.getMatch().endPosition(), object == null ? 0 : object.endPosition());
                boolean anaphor = context.anaphoric().contains(sm) || context.anaphoric().contains(om);
                for (FactType type : rule.emits()) {
                    out.add(new FactProposal(type, se == null ? null : se.key(), oe == null ? null : oe.key(),
                            s, new Span(Math.max(begin, end - 1), end), new Span(Math.max(begin, end - 1), end), NAME + ":" + rule.name(), rule.confidence(),
                            anaphor));
                }
            }
        }
        return out;
    }

    /** The dependency parse of a tagged sentence, from CoreNLP's Chinese parser. */
    private List<Dependency> parse(Sentence s) {
        List<CoreLabel> labels = new ArrayList<>();
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setNER(t.ner());
            l.setBeginPosition(t.span().begin());
            l.setEndPosition(t.span().end());
            l.setIndex(labels.size() + 1);
            l.setSentIndex(0);
            labels.add(l);
        }
        Annotation annotation = HanlpCoreNlpAnalyzer.sentenceAnnotation(s.text(), labels);
        models.chineseParser().annotate(annotation);
        SemanticGraph graph = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0)
                .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> out = new ArrayList<>();
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                out.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        return out;
    }
}
