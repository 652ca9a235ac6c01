package dev.kgx.model;

/** Event classes of the ontology. */
public enum EventType {
    FOUNDING("Founding"),
    PRODUCT_LAUNCH("ProductLaunch"),
    JOINING("Joining"),
    DEPARTURE("Departure"),
    ACQUISITION("Acquisition"),
    INVESTMENT("Investment");

    private final String className;

    EventType(String className) {
        this.className = className;
    }

    public String className() {
        return className;
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
