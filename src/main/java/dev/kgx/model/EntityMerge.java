package dev.kgx.model;

/** A decision of cross-document resolution: the node {@code fromKey} is the same entity as {@code toKey}. */
public record EntityMerge(String fromKey, String toKey, String toLabel, String reason) {
}
