package dev.kgx.extract;

import dev.kgx.Docs;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Dependency;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Language;
import dev.kgx.model.Mention;
import dev.kgx.model.Parse;
import dev.kgx.model.RelationType;
import dev.kgx.model.EventType;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;
import dev.kgx.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.kgx.Docs.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parse reader on sentences parsed by hand, as CoreNLP's parsers give them. */
class DependencyFrameProposerTest {
    private static final DependencyFrameProposer PROPOSER = new DependencyFrameProposer();

    /**
     * Proposals for one sentence whose tokens are the parse's tokens; {@code entities} gives each entity token's
     * index and type, {@code deps} the dependencies as "relation governor dependent" (governor -1 for the root).
     */
    private static Set<String> propose(Language language, String[] tokens, Map<Integer, EntityType> entities,
                                       String... deps) {
        AnalyzedDocument doc = Docs.analyzed(language, tokens);
        Sentence s = doc.sentences().get(0);
        List<Dependency> dependencies = new ArrayList<>();
        for (String d : deps) {
            String[] f = d.split(" ");
            dependencies.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        Sentence parsed = s.withParse(new Parse(s.tokens(), dependencies));
        List<Mention> mentions = new ArrayList<>();
        Map<Mention, Entity> owner = new HashMap<>();
        for (var e : entities.entrySet()) {
            Token t = s.tokens().get(e.getKey());
            Mention m = new Mention(t.span(), t.word(), e.getValue(), "test", "test", 1, null);
            mentions.add(m);
            owner.put(m, new Entity(t.word().toLowerCase(), e.getValue(), t.word(), Set.of(), List.of(m), "", ""));
        }
        mentions.sort(java.util.Comparator.comparingInt(m -> m.span().begin()));
        SentenceContext context = new SentenceContext(new AnalyzedDocument(doc.source(), List.of(parsed)), parsed,
                mentions, owner, new HashSet<>());
        return PROPOSER.propose(context).stream()
                .map(p -> p.agentKey() + " " + p.type().term() + " " + p.objectKey()).collect(Collectors.toSet());
    }

    @Test
    void titleCompoundsRelateThePersonToTheOrganization() {
        // AMD CEO Lisa Su will lead the company .
        Set<String> facts = propose(Language.ENGLISH, s("AMD", "CEO", "Lisa Su", "will", "lead", "the", "company", "."),
                Map.of(0, EntityType.COMPANY, 2, EntityType.PERSON),
                "compound 1 0", "compound 2 1", "nsubj 4 2", "aux 4 3", "root -1 4", "det 6 5", "obj 4 6");
        assertTrue(facts.contains("lisa su worksFor amd"), facts.toString());
    }

    @Test
    void passiveWithAgentSwapsTheRoles() {
        // Maxim was snapped up by Analog .
        Set<String> facts = propose(Language.ENGLISH, s("Maxim", "was", "snapped", "up", "by", "Analog", "."),
                Map.of(0, EntityType.COMPANY, 5, EntityType.COMPANY),
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "compound:prt 2 3", "case 5 4", "obl 2 5");
        assertEquals(Set.of("analog Acquisition maxim"), facts);
    }

    @Test
    void coordinatedObjectsEachGetTheFact() {
        // 蔚来 推出 了 ES6 、 EC6 和 ET5
        Set<String> facts = propose(Language.CHINESE_SIMPLIFIED, s("蔚来", "推出/VV", "了", "ES6", "、", "EC6", "和", "ET5"),
                Map.of(0, EntityType.COMPANY, 3, EntityType.PRODUCT, 5, EntityType.PRODUCT, 7, EntityType.PRODUCT),
                "nsubj 1 0", "root -1 1", "aux:asp 1 2", "dobj 1 7", "conj 7 3", "conj 7 5", "punct 7 4", "cc 7 6");
        assertEquals(Set.of("蔚来 ProductLaunch es6", "蔚来 ProductLaunch ec6", "蔚来 ProductLaunch et5"), facts);
    }

    @Test
    void noEntityInARoleMeansNoFact() {
        // 员工 加入 了 微软: the subject is a common noun
        Set<String> facts = propose(Language.CHINESE_SIMPLIFIED, s("员工", "加入/VV", "了", "微软"),
                Map.of(3, EntityType.COMPANY), "nsubj 1 0", "root -1 1", "aux:asp 1 2", "dobj 1 3");
        assertTrue(facts.isEmpty(), facts.toString());
    }
}
