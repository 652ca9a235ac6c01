package dev.kgx.model;

import java.util.Locale;

/**
 * The field of work an occupation belongs to. Two descriptions of a person conflict when their fields do not meet
 * (a biologist and a chief executive): cross-document resolution then keeps two people of one name apart. The
 * local names are the ontology's individuals of {@code kgx:WorkField}.
 */
public enum WorkField {
    BUSINESS("BusinessField"),
    SCIENCE("ScienceField"),
    POLITICS("PoliticsField"),
    SPORT("SportField"),
    ARTS("ArtsField"),
    MEDIA("MediaField"),
    LAW("LawField"),
    MEDICINE("MedicineField"),
    RELIGION("ReligionField"),
    MILITARY("MilitaryField");

    private final String localName;

    WorkField(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology individual. */
    public String localName() {
        return localName;
    }

    /** The field a data file names in lower case ({@code science}). */
    public static WorkField fromName(String name) {
        for (WorkField f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field of work: " + name + " (one of "
                + java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList() + ")");
    }

    /** The field an ontology individual's local name names, or null. */
    public static WorkField fromLocalName(String localName) {
        for (WorkField f : values()) {
            if (f.localName.equals(localName)) {
                return f;
            }
        }
        return null;
    }
}
