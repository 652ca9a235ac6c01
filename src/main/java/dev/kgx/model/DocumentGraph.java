package dev.kgx.model;

import java.util.List;

/**
 * Everything extracted from one document: the input of the RDF mapping.
 *
 * @param descriptions what the document says its people do
 * @param warnings     what the user should know about how the document was read (overlong sentences cut…)
 */
public record DocumentGraph(SourceDocument source, List<Entity> entities, List<Relation> relations,
                            List<Event> events, List<PersonDescription> descriptions, List<String> warnings) {
    public DocumentGraph {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        descriptions = List.copyOf(descriptions);
        warnings = List.copyOf(warnings);
    }

    /** A graph whose people are not described. */
    public DocumentGraph(SourceDocument source, List<Entity> entities, List<Relation> relations, List<Event> events,
                         List<String> warnings) {
        this(source, entities, relations, events, List.of(), warnings);
    }
}
