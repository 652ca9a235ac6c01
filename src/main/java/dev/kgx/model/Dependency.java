package dev.kgx.model;

/**
 * A dependency between two tokens of a sentence (indices into {@link Sentence#tokens()}, from 0).
 *
 * @param governor  the head token, or -1 for the root
 * @param dependent the dependent token
 * @param relation  the relation name as the parser gives it ({@code nsubj}, {@code dobj}, {@code nmod:prep}…)
 */
public record Dependency(int governor, int dependent, String relation) {
}
