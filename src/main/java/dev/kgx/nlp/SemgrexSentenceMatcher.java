package dev.kgx.nlp;

import dev.kgx.extract.PatternMatch;
import dev.kgx.extract.SentenceContext;
import dev.kgx.extract.SentenceMatcher;
import dev.kgx.mention.Resources;
import dev.kgx.model.Dependency;
import dev.kgx.model.Entity;
import dev.kgx.model.Mention;
import dev.kgx.model.Sentence;
import dev.kgx.model.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.ArrayList;
import java.util.List;

/**
 * Semgrex patterns over the dependency parse ({@code patterns/facts-zh.semgrex.tsv}): they find the subject and
 * object of a verb however many words stand between them ("吴泳铭于1999年作为创始团队成员加入阿里巴巴"). Each
 * token of an entity mention carries the entity's kind as its ner (PERSON, ORG, PRODUCT); node names {@code s}
 * and {@code o} mark the subject and the object.
 */
public final class SemgrexSentenceMatcher implements SentenceMatcher {
    public static final String NAME = "semgrex";

    record Rule(String name, List<String> emits, double confidence, SemgrexPattern pattern) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public SemgrexSentenceMatcher() {
        String resource = "dev/kgx/patterns/facts-zh.semgrex.tsv";
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(resource + ": a rule needs 4 tab-separated columns: " + line);
            }
            try {
                rules.add(new Rule(f[0], List.of(f[1].split(",")), Double.parseDouble(f[2]),
                        SemgrexPattern.compile(f[3])));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": rule " + f[0] + " does not compile: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<PatternMatch> match(SentenceContext context) {
        Sentence s = context.sentence();
        if (s.dependencies().isEmpty() || context.mentions().isEmpty()) {
            return List.of();
        }
        List<IndexedWord> words = new ArrayList<>();
        List<Mention> owners = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
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
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                graph.addRoot(words.get(d.dependent()));
            } else {
                graph.addEdge(words.get(d.governor()), words.get(d.dependent()),
                        GrammaticalRelation.valueOf(edu.stanford.nlp.international.Language.Any, d.relation()), 1.0, false);
            }
        }
        List<PatternMatch> out = new ArrayList<>();
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
                out.add(new PatternMatch(NAME + ":" + rule.name(), rule.emits(), rule.confidence(),
                        se == null ? List.of() : List.of(se.key()), oe == null ? List.of() : List.of(oe.key()),
                        context.anaphoric().contains(sm) || context.anaphoric().contains(om), begin, end));
            }
        }
        return out;
    }
}
