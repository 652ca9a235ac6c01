package dev.kgx.lang;

import dev.kgx.Resources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which dependency relations of a language's parser put an entity in which role around a trigger
 * ({@code lang/<language>/dependencies.tsv}): the subject and object of a verb, the agent of a passive, what a role
 * noun describes (its holder) and what it belongs to (its owner), and the marker words of obliques.
 */
public record DependencyRoles(Set<String> subject, Set<String> passiveSubject, Set<String> object,
                              Set<String> oblique, Set<String> objectCase, Set<String> agentCase,
                              Set<String> passiveMarker, Set<String> inherit, Set<String> relative,
                              Set<String> holder, Set<String> owner, Set<String> ownerCase,
                              Set<String> coordination, Set<String> caseMarker) {

    private static final List<String> ROLES = List.of("subject", "passive-subject", "object", "oblique",
            "object-case", "agent-case", "passive-marker", "inherit", "relative", "holder", "owner", "owner-case",
            "coordination", "case");

    static DependencyRoles load(String resource) {
        Map<String, Set<String>> roles = new HashMap<>();
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t", -1);
            if (!ROLES.contains(f[0])) {
                throw new IllegalStateException(resource + ": unknown role " + f[0] + " (one of " + ROLES + ")");
            }
            roles.put(f[0], f.length < 2 || f[1].isBlank() ? Set.of() : Set.of(f[1].strip().split("\\|")));
        }
        for (String role : ROLES) {
            if (!roles.containsKey(role)) {
                throw new IllegalStateException(resource + ": role " + role + " is missing");
            }
        }
        return new DependencyRoles(roles.get("subject"), roles.get("passive-subject"), roles.get("object"),
                roles.get("oblique"), roles.get("object-case"), roles.get("agent-case"), roles.get("passive-marker"),
                roles.get("inherit"), roles.get("relative"), roles.get("holder"), roles.get("owner"),
                roles.get("owner-case"), roles.get("coordination"), roles.get("case"));
    }
}
