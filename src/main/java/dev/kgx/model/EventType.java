package dev.kgx.model;

import java.util.EnumSet;
import java.util.Set;

import static dev.kgx.model.EntityType.COMPANY;
import static dev.kgx.model.EntityType.ORGANIZATION;
import static dev.kgx.model.EntityType.PERSON;
import static dev.kgx.model.EntityType.PRODUCT;

/**
 * Event classes of the ontology, each with the kinds of entity that may act and be acted on, and the relation the
 * event implies between them (a founding states that its agent founded its object).
 */
public enum EventType implements FactType {
    FOUNDING("Founding", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(ORGANIZATION, COMPANY),
            RelationType.FOUNDED),
    PRODUCT_LAUNCH("ProductLaunch", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(PRODUCT),
            RelationType.DEVELOPS),
    JOINING("Joining", EnumSet.of(PERSON), EnumSet.of(ORGANIZATION, COMPANY), RelationType.WORKS_FOR),
    /** Leaving an organization says the person worked for it. */
    DEPARTURE("Departure", EnumSet.of(PERSON), EnumSet.of(ORGANIZATION, COMPANY), RelationType.WORKS_FOR),
    ACQUISITION("Acquisition", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(ORGANIZATION, COMPANY),
            RelationType.ACQUIRED),
    INVESTMENT("Investment", EnumSet.of(PERSON, ORGANIZATION, COMPANY), EnumSet.of(ORGANIZATION, COMPANY),
            RelationType.INVESTED_IN);

    private final String className;
    private final Set<EntityType> agents;
    private final Set<EntityType> objects;
    private final RelationType implied;

    EventType(String className, Set<EntityType> agents, Set<EntityType> objects, RelationType implied) {
        this.className = className;
        this.agents = agents;
        this.objects = objects;
        this.implied = implied;
    }

    /** The local name of the ontology class. */
    public String className() {
        return className;
    }

    @Override
    public String term() {
        return className;
    }

    @Override
    public Set<EntityType> agentTypes() {
        return agents;
    }

    @Override
    public Set<EntityType> objectTypes() {
        return objects;
    }

    /** The relation between agent and object that the event states. */
    public RelationType implied() {
        return implied;
    }

    /** Whether an investment or acquisition, which usually names an amount of money. */
    public boolean involvesMoney() {
        return this == INVESTMENT || this == ACQUISITION;
    }

    public static EventType fromName(String name) {
        for (EventType t : values()) {
            if (t.className.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type: " + name);
    }
}
