package dev.kgx.model;

/**
 * A binary relation between two entities of a document, with its evidence.
 *
 * @param subjectKey key of the subject entity
 * @param predicate  the relation
 * @param objectKey  key of the object entity
 */
public record Relation(String subjectKey, RelationType predicate, String objectKey, Evidence evidence) {
}
