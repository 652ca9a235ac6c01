package dev.kgx.model;

import java.util.Set;

/**
 * What the store knows of one entity node across every document: its key, label, type, all its names, the
 * documents that mention it and the organizations it is tied to as a person (worksFor, joined, left).
 * The input of cross-document resolution.
 */
public record EntityProfile(String key, String label, EntityType type, Set<String> names, Set<String> documents,
                            Set<String> employerKeys) {
    public EntityProfile {
        names = Set.copyOf(names);
        documents = Set.copyOf(documents);
        employerKeys = Set.copyOf(employerKeys);
    }
}
