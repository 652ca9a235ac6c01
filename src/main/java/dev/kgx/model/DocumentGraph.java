package dev.kgx.model;

import java.util.List;

/** Everything extracted from one document: the input of the RDF mapping. */
public record DocumentGraph(SourceDocument source, List<Entity> entities, List<Relation> relations,
                            List<Event> events) {
    public DocumentGraph {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }
}
