package dev.kgx.model;

import java.util.Set;

/**
 * What one document says of a person node: the organizations it ties them to (works for, joined, left) and the
 * fields of work of what it says they do. The input of telling apart two people of one name.
 */
public record PersonInDocument(String key, String label, String document, Set<String> employerKeys,
                               Set<WorkField> fields) {
    public PersonInDocument {
        employerKeys = Set.copyOf(employerKeys);
        fields = Set.copyOf(fields);
    }

    /** A person whose document says nothing of what they do. */
    public PersonInDocument(String key, String label, String document, Set<String> employerKeys) {
        this(key, label, document, employerKeys, Set.of());
    }
}
