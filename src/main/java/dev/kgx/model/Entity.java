package dev.kgx.model;

import java.util.List;
import java.util.Set;

/**
 * One real-world thing as found in one document: every mention that names it and the key that identifies it
 * across documents.
 *
 * @param key         the canonical key; the same key in two documents is the same entity
 * @param type        the type decided from the mentions
 * @param label       the preferred name
 * @param names       every surface form seen, with its language
 * @param mentions    the mentions in the document
 * @param typeReason  why it has this type
 * @param mergeReason why its mentions were taken as one entity (the resolution rules that applied)
 */
public record Entity(String key, EntityType type, String label, Set<Name> names, List<Mention> mentions,
                     String typeReason, String mergeReason) {
    public Entity {
        names = Set.copyOf(names);
        mentions = List.copyOf(mentions);
    }

    /** A surface form with the language tag of the text it was seen in. */
    public record Name(String form, String languageTag) {
    }
}
