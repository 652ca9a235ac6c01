package dev.kgx.model;

import java.util.List;

/**
 * Everything extracted from one document: the input of the RDF mapping.
 *
 * @param warnings what the user should know about how the document was read (overlong sentences cut…)
 */
public record DocumentGraph(SourceDocument source, List<Entity> entities, List<Relation> relations,
                            List<Event> events, List<String> warnings) {
    public DocumentGraph {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
