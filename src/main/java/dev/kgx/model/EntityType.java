package dev.kgx.model;

/** The kinds of entity kgx extracts; local names of the ontology's classes. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COMPANY("Company"),
    PRODUCT("Product");

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** The local name of the ontology class. */
    public String className() {
        return className;
    }

    public boolean isOrganization() {
        return this == ORGANIZATION || this == COMPANY;
    }

    public static EntityType fromName(String name) {
        for (EntityType t : values()) {
            if (t.className.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}
