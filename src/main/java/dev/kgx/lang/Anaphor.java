package dev.kgx.lang;

import dev.kgx.model.EntityType;

/**
 * A word that refers back to an entity named earlier ({@code lang/<language>/anaphors.tsv}): the kind of entity
 * it stands for and how many sentences back its antecedent may stand, or, for a first-person pronoun, the
 * article's author as a byline names him ({@code byline}).
 */
public record Anaphor(String word, EntityType type, int reach, boolean byline) {
}
