package dev.kgx.model;

import java.util.EnumSet;
import java.util.Set;

import static dev.kgx.model.EntityType.COMPANY;
import static dev.kgx.model.EntityType.ORGANIZATION;
import static dev.kgx.model.EntityType.PERSON;
import static dev.kgx.model.EntityType.PRODUCT;

/**
 * The relations of the ontology, each with its domain and range: the only place relations are named and typed.
 * A fact whose entities do not suit its relation is not stated.
 */
public enum RelationType implements FactType {
    WORKS_FOR("worksFor", EnumSet.of(PERSON), EnumSet.of(ORGANIZATION, COMPANY), false),
    /** People found organizations; so do organizations (a group founding a brand or unit). */
    FOUNDED("founded", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(ORGANIZATION, COMPANY), false),
    /** Organizations and people develop products. */
    DEVELOPS("develops", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(PRODUCT), false),
    /** Rivals are of one kind: organizations with organizations, products with products ({@link #fits}). */
    COMPETES_WITH("competesWith", EnumSet.of(ORGANIZATION, COMPANY, PRODUCT),
            EnumSet.of(ORGANIZATION, COMPANY, PRODUCT), true),
    /** Organizations, and people buying through their money, acquire organizations. */
    ACQUIRED("acquired", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(ORGANIZATION, COMPANY), false),
    INVESTED_IN("investedIn", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(ORGANIZATION, COMPANY), false),
    EDUCATED_AT("educatedAt", EnumSet.of(PERSON), EnumSet.of(ORGANIZATION, COMPANY), false),
    /** Units, subsidiaries and brands (products) are part of organizations. */
    PART_OF("partOf", EnumSet.of(ORGANIZATION, COMPANY, PRODUCT), EnumSet.of(ORGANIZATION, COMPANY), false);

    private final String term;
    private final Set<EntityType> domain;
    private final Set<EntityType> range;
    private final boolean symmetric;

    RelationType(String term, Set<EntityType> domain, Set<EntityType> range, boolean symmetric) {
        this.term = term;
        this.domain = domain;
        this.range = range;
        this.symmetric = symmetric;
    }

    @Override
    public String term() {
        return term;
    }

    @Override
    public Set<EntityType> agentTypes() {
        return domain;
    }

    @Override
    public Set<EntityType> objectTypes() {
        return range;
    }

    /** Whether the relation holds both ways ({@code competesWith}). */
    public boolean symmetric() {
        return symmetric;
    }

    @Override
    public boolean fits(EntityType agent, EntityType object) {
        if (!FactType.super.fits(agent, object)) {
            return false;
        }
        return this != COMPETES_WITH || (agent == PRODUCT) == (object == PRODUCT);
    }

    public static RelationType fromTerm(String term) {
        for (RelationType r : values()) {
            if (r.term.equalsIgnoreCase(term)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation: " + term);
    }
}
