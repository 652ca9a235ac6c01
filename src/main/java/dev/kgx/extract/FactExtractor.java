package dev.kgx.extract;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Event;
import dev.kgx.model.Relation;

import java.util.List;

/** The relation and event stage: facts between a document's entities, each with its evidence. */
public interface FactExtractor {
    Facts extract(AnalyzedDocument doc, List<Entity> entities);

    /** What a fact extractor found. */
    record Facts(List<Relation> relations, List<Event> events) {
        public Facts {
            relations = List.copyOf(relations);
            events = List.copyOf(events);
        }
    }
}
