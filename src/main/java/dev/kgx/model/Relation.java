package dev.kgx.model;

/**
 * A binary relation between two entities of a document, with its evidence.
 *
 * @param subjectKey key of the subject entity
 * @param predicate  local name of the ontology property ({@code worksFor}, {@code develops}…)
 * @param objectKey  key of the object entity
 */
public record Relation(String subjectKey, String predicate, String objectKey, Evidence evidence) {
}
