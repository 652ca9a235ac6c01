package dev.kgx.extract;

import dev.kgx.lang.DependencyRoles;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.Trigger;
import dev.kgx.lang.TriggerKind;
import dev.kgx.model.Dependency;
import dev.kgx.model.Entity;
import dev.kgx.model.Mention;
import dev.kgx.model.Parse;
import dev.kgx.model.Span;
import dev.kgx.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Facts from the dependency parse of a sentence: a trigger word of the language ({@link LanguageProfile}) and the
 * entities its dependencies put in the roles of its fact, however far apart the words stand. A verb's agent is its
 * subject (or that of the verb it is coordinated with), its object its object or a marked oblique ("invest in X",
 * "在 X 任职"), through coordination ("A、B 和 C"); a passive swaps them ("Y was bought by X", "Y 被 X 收购"); a
 * relative clause gives the noun it modifies ("X, which Y founded"); a role noun relates what it describes
 * (its appositive or compound head, "CEO Lisa Su", or the subject of a copula) to what it belongs to (its
 * possessive, compound or "of" modifier). Which relation names play which role is the language's data
 * ({@link DependencyRoles}).
 */
public final class DependencyFrameProposer implements FactProposer {
    public static final String NAME = "dependency";
    /** How many coordinated or inherited steps a search follows. */
    private static final int MAX_STEPS = 4;

    @Override
    public List<FactProposal> propose(SentenceContext context) {
        Parse parse = context.sentence().parse();
        if (parse == null) {
            return List.of();
        }
        LanguageProfile profile = LanguageProfile.of(context.doc().source().language());
        DependencyRoles roles = profile.dependencyRoles();
        if (roles == null) {
            return List.of();
        }
        Graph g = new Graph(parse, context);
        List<FactProposal> out = new ArrayList<>();
        List<Token> tokens = parse.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (g.key[i] != null || !profile.triggers().startsTrigger(tokens.get(i).word())) {
                continue;
            }
            for (int len = 1; len <= 3 && i + len <= tokens.size(); len++) {
                List<String> words = new ArrayList<>();
                for (int k = i; k < i + len; k++) {
                    words.add(tokens.get(k).word());
                }
                Span anchor = new Span(tokens.get(i).span().begin(), tokens.get(i + len - 1).span().end());
                for (Trigger t : profile.triggers().find(String.join(" ", words))) {
                    // a verb phrase is headed by its verb ("snapped up"), a noun phrase by its last noun
                    int head = t.kind() == TriggerKind.NOUN ? i + len - 1 : i;
                    propose(t, head, anchor, g, roles, context, out);
                }
            }
        }
        return out;
    }

    private static void propose(Trigger t, int head, Span anchor, Graph g, DependencyRoles roles,
                                SentenceContext context, List<FactProposal> out) {
        Set<Integer> agents = new LinkedHashSet<>();
        Set<Integer> objects = new LinkedHashSet<>();
        if (t.kind() == TriggerKind.NOUN) {
            holders(head, g, roles, agents);
            owners(head, g, roles, objects);
        } else {
            verbRoles(head, g, roles, agents, objects, 0);
            if (t.kind() == TriggerKind.ERGATIVE && objects.isEmpty()) {
                objects.addAll(agents); // "极氪正式成立": the subject is what was founded
                agents.clear();
            }
        }
        if (t.inverse()) {
            Set<Integer> swap = new LinkedHashSet<>(agents);
            agents.clear();
            agents.addAll(objects);
            objects.clear();
            objects.addAll(swap);
        }
        for (int a : agents) {
            for (int o : objects) {
                if (g.key[a] == null || g.key[o] == null || g.key[a].equals(g.key[o])) {
                    continue;
                }
                Span extent = new Span(Math.min(anchor.begin(), Math.min(g.span(a).begin(), g.span(o).begin())),
                        Math.max(anchor.end(), Math.max(g.span(a).end(), g.span(o).end())));
                out.add(new FactProposal(t.type(), g.key[a], g.key[o], context.sentence(), anchor, extent,
                        NAME + ":" + t.kind().name().toLowerCase(Locale.ROOT), t.confidence(),
                        g.anaphor[a] || g.anaphor[o]));
            }
        }
    }

    /** Subject and object of a verb, with passives, relative clauses, coordination and inherited subjects. */
    private static void verbRoles(int v, Graph g, DependencyRoles roles, Set<Integer> agents, Set<Integer> objects,
                                  int depth) {
        boolean passive = false;
        Set<Integer> subjects = new LinkedHashSet<>();
        Set<Integer> marked = new LinkedHashSet<>();
        Set<Integer> obliques = new LinkedHashSet<>();
        for (Dependency d : g.children(v)) {
            String rel = d.relation();
            int c = d.dependent();
            if (roles.passiveMarker().contains(rel)) {
                passive = true;
            } else if (roles.subject().contains(rel)) {
                subjects.add(c);
            } else if (roles.passiveSubject().contains(rel)) {
                objects.addAll(g.coordinated(c, roles));
            } else if (roles.object().contains(rel)) {
                objects.addAll(g.coordinated(c, roles));
            } else if (roles.oblique().contains(rel)) {
                String marker = g.caseOf(c, roles);
                if (marker != null && roles.agentCase().contains(marker)) {
                    marked.addAll(g.coordinated(c, roles));
                } else if (marker != null && roles.objectCase().contains(marker)) {
                    obliques.addAll(g.coordinated(c, roles));
                }
            }
        }
        if (objects.isEmpty()) {
            objects.addAll(obliques); // "invest $500 million in Lyft", "在 X 任职": a marked oblique, when no object
        }
        if (!marked.isEmpty()) {
            // "Y 由 X 创立", "Y was founded by X": the marked oblique acts, the subject is acted on
            agents.addAll(marked);
            for (int s : subjects) {
                objects.addAll(g.coordinated(s, roles));
            }
        } else {
            for (int s : subjects) {
                agents.addAll(g.coordinated(s, roles));
            }
        }
        Dependency up = g.parentOf(v);
        if (up != null && up.governor() >= 0 && roles.relative().contains(up.relation())) {
            // a relative clause: the noun it modifies is the missing role ("X, which Y founded"; "收购的 Y")
            int noun = up.governor();
            if (agents.isEmpty() || agents.stream().allMatch(a -> g.key[a] == null)) {
                agents.add(noun);
            } else if (objects.isEmpty()) {
                objects.add(noun);
            }
        }
        if (agents.isEmpty() && !passive && depth < MAX_STEPS && up != null && up.governor() >= 0
                && roles.inherit().contains(up.relation())) {
            // coordinated verbs share their subject: "X 收购了 Y, 并投资了 Z"
            Set<Integer> inherited = new LinkedHashSet<>();
            verbRoles(up.governor(), g, roles, inherited, new LinkedHashSet<>(), depth + 1);
            agents.addAll(inherited);
        }
    }

    /** What a role noun describes: its appositive or compound head, or the subject of a copula. */
    private static void holders(int n, Graph g, DependencyRoles roles, Set<Integer> holders) {
        Dependency up = g.parentOf(n);
        // a role describes the one name it stands with, not the list that name heads ("创始人雷军" in a list of five)
        if (up != null && up.governor() >= 0 && roles.holder().contains(up.relation()) && g.key[up.governor()] != null) {
            holders.add(up.governor());
        }
        for (Dependency d : g.children(n)) {
            if ((d.relation().equals("appos") || roles.subject().contains(d.relation())) && g.key[d.dependent()] != null) {
                holders.add(d.dependent());
            }
        }
        if (holders.isEmpty() && up != null && up.governor() >= 0 && roles.coordination().contains(up.relation())) {
            holders(up.governor(), g, roles, holders); // "董事长、执行董事 X": titles in a list share the holder
        }
    }

    /** What a role noun belongs to: its possessive, compound or marked ("of X") modifier. */
    private static void owners(int n, Graph g, DependencyRoles roles, Set<Integer> owners) {
        for (Dependency d : g.children(n)) {
            int c = d.dependent();
            if (!roles.owner().contains(d.relation()) || g.key[c] == null) {
                continue;
            }
            if (roles.oblique().contains(d.relation()) && !roles.ownerCase().isEmpty()) {
                String marker = g.caseOf(c, roles);
                if (marker == null || !roles.ownerCase().contains(marker)) {
                    continue;
                }
            }
            owners.addAll(g.coordinated(c, roles));
        }
    }

    /** The parse as an adjacency structure, with the entity each token stands for. */
    private static final class Graph {
        final Parse parse;
        final String[] key;
        final boolean[] anaphor;
        final List<List<Dependency>> children = new ArrayList<>();
        final Dependency[] parent;

        Graph(Parse parse, SentenceContext context) {
            this.parse = parse;
            int n = parse.tokens().size();
            key = new String[n];
            anaphor = new boolean[n];
            parent = new Dependency[n];
            for (int i = 0; i < n; i++) {
                children.add(new ArrayList<>());
                Span s = parse.tokens().get(i).span();
                Mention m = context.mentionAt(s.begin(), s.end());
                if (m != null) {
                    Entity e = context.owner().get(m);
                    key[i] = e == null ? null : e.key();
                    anaphor[i] = context.anaphoric().contains(m);
                }
            }
            for (Dependency d : parse.dependencies()) {
                if (d.dependent() < 0 || d.dependent() >= n) {
                    continue;
                }
                parent[d.dependent()] = d;
                if (d.governor() >= 0 && d.governor() < n) {
                    children.get(d.governor()).add(d);
                }
            }
        }

        Span span(int i) {
            return parse.tokens().get(i).span();
        }

        List<Dependency> children(int i) {
            return children.get(i);
        }

        Dependency parentOf(int i) {
            return parent[i];
        }

        /** The marker word of an oblique (its case dependent), lower-cased, or null. */
        String caseOf(int i, DependencyRoles roles) {
            for (Dependency d : children.get(i)) {
                if (roles.caseMarker().contains(d.relation())) {
                    return parse.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }

        /** A token and the tokens coordinated with it ("A、B 和 C"), entities only. */
        Set<Integer> coordinated(int i, DependencyRoles roles) {
            Set<Integer> out = new LinkedHashSet<>();
            collect(i, roles, out, 0);
            return out;
        }

        private void collect(int i, DependencyRoles roles, Set<Integer> out, int depth) {
            if (key[i] != null) {
                out.add(i);
            }
            if (depth >= MAX_STEPS) {
                return;
            }
            for (Dependency d : children.get(i)) {
                if (roles.coordination().contains(d.relation())) {
                    collect(d.dependent(), roles, out, depth + 1);
                }
            }
            Dependency up = parent[i];
            if (depth == 0 && up != null && up.governor() >= 0 && roles.coordination().contains(up.relation())) {
                collect(up.governor(), roles, out, depth + 1); // the first conjunct heads the list
            }
        }
    }
}
