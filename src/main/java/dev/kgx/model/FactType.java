package dev.kgx.model;

import java.util.Set;

/**
 * What a fact states, relation or event: the ontology term and which kinds of entity may fill its two roles.
 * Every rule and trigger file names its facts by these terms, parsed when the file loads; nothing downstream reads a
 * fact's name as a string.
 */
public sealed interface FactType permits RelationType, EventType {
    /** The local name of the ontology term ({@code worksFor}, {@code Acquisition}). */
    String term();

    /** The kinds of entity that may be the subject (relation) or agent (event). */
    Set<EntityType> agentTypes();

    /** The kinds of entity that may be the object. */
    Set<EntityType> objectTypes();

    /** Whether the two entities suit the roles (a missing entity fits nothing). */
    default boolean fits(EntityType agent, EntityType object) {
        return agent != null && object != null && agentTypes().contains(agent) && objectTypes().contains(object);
    }

    /** The relation or event named by an ontology term, case-insensitively. */
    static FactType fromTerm(String term) {
        for (RelationType r : RelationType.values()) {
            if (r.term().equalsIgnoreCase(term)) {
                return r;
            }
        }
        for (EventType e : EventType.values()) {
            if (e.term().equalsIgnoreCase(term)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown relation or event: " + term);
    }
}
