package dev.kgx.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The kgx ontology ({@code ontology/kgx.ttl}) as constants, named exactly as its local names. */
public final class KGX {
    public static final String NS = "https://kgx.dev/ontology#";
    /** Base of the IRIs kgx mints for documents, entities, facts and evidence. */
    public static final String ID = "https://kgx.dev/id/";

    private KGX() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Document = cls("Document");
    public static final Resource Entity = cls("Entity");
    public static final Resource Person = cls("Person");
    public static final Resource Organization = cls("Organization");
    public static final Resource Company = cls("Company");
    public static final Resource Product = cls("Product");
    public static final Resource Event = cls("Event");
    public static final Resource Founding = cls("Founding");
    public static final Resource ProductLaunch = cls("ProductLaunch");
    public static final Resource Joining = cls("Joining");
    public static final Resource Departure = cls("Departure");
    public static final Resource Acquisition = cls("Acquisition");
    public static final Resource Investment = cls("Investment");
    public static final Resource Assertion = cls("Assertion");
    public static final Resource Evidence = cls("Evidence");
    public static final Resource WorkField = cls("WorkField");

    // documents
    public static final Property fileName = prop("fileName");
    public static final Property path = prop("path");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property extractedWith = prop("extractedWith");
    public static final Property dateStart = prop("dateStart");
    public static final Property dateEnd = prop("dateEnd");
    public static final Property sha256 = prop("sha256");
    public static final Property charset = prop("charset");
    public static final Property language = prop("language");
    public static final Property characters = prop("characters");
    public static final Property mediaType = prop("mediaType");
    public static final Property text = prop("text");

    // entities
    public static final Property mentionedIn = prop("mentionedIn");
    public static final Property key = prop("key");
    public static final Property typeReason = prop("typeReason");
    public static final Property mergeReason = prop("mergeReason");
    public static final Property occupation = prop("occupation");
    public static final Property workField = prop("workField");

    // the entity index: one summary per entity across documents, in a graph of its own (derived, never extracted)
    /** The name of that graph (a graph, not a term of the ontology). */
    public static final String ENTITY_INDEX = NS + "entityIndex";
    public static final Property documentCount = prop("documentCount");
    public static final Property lookupName = prop("lookupName");
    public static final Property allNames = prop("allNames");

    // relations between entities
    public static final Property worksFor = prop("worksFor");
    public static final Property founded = prop("founded");
    public static final Property develops = prop("develops");
    public static final Property competesWith = prop("competesWith");
    public static final Property acquired = prop("acquired");
    public static final Property investedIn = prop("investedIn");
    public static final Property educatedAt = prop("educatedAt");
    public static final Property partOf = prop("partOf");

    // events
    public static final Property agent = prop("agent");
    public static final Property object = prop("object");
    public static final Property date = prop("date");
    public static final Property place = prop("place");
    public static final Property amount = prop("amount");

    // provenance
    public static final Property evidence = prop("evidence");
    public static final Property inDocument = prop("inDocument");
    public static final Property sentence = prop("sentence");
    public static final Property beginOffset = prop("beginOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property extractor = prop("extractor");
    public static final Property confidence = prop("confidence");

    /** The property of a relation. */
    public static Property relation(dev.kgx.model.RelationType type) {
        return switch (type) {
            case WORKS_FOR -> worksFor;
            case FOUNDED -> founded;
            case DEVELOPS -> develops;
            case COMPETES_WITH -> competesWith;
            case ACQUIRED -> acquired;
            case INVESTED_IN -> investedIn;
            case EDUCATED_AT -> educatedAt;
            case PART_OF -> partOf;
        };
    }

    /** The individual of a field of work. */
    public static Resource field(dev.kgx.model.WorkField field) {
        return ResourceFactory.createResource(NS + field.localName());
    }

    /** The class of an event. */
    public static Resource event(dev.kgx.model.EventType type) {
        return switch (type) {
            case FOUNDING -> Founding;
            case PRODUCT_LAUNCH -> ProductLaunch;
            case JOINING -> Joining;
            case DEPARTURE -> Departure;
            case ACQUISITION -> Acquisition;
            case INVESTMENT -> Investment;
        };
    }
}
