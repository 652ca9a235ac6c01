package dev.kgx.model;

import java.util.Set;

/**
 * What one document says of a person node: the organizations it ties them to (works for, joined, left). The
 * input of telling apart two people of one name.
 */
public record PersonInDocument(String key, String label, String document, Set<String> employerKeys) {
    public PersonInDocument {
        employerKeys = Set.copyOf(employerKeys);
    }
}
