package dev.kgx.model;

import java.util.Set;

/**
 * One name, two people: the node {@code key} of some documents is another person than the node of that key in
 * the others, so in {@code documents} it becomes {@code newKey}.
 *
 * @param reason why, for {@code kgx:mergeReason} of the new node (the employers that do not overlap)
 */
public record EntitySplit(String key, String newKey, String label, Set<String> documents, String reason) {
    public EntitySplit {
        documents = Set.copyOf(documents);
    }
}
