package dev.kgx.model;

import java.util.Set;

/**
 * What a document says a person does: the occupation words next to one of the person's mentions ("a marine
 * biologist", 首席执行官) and the fields of work they belong to.
 *
 * @param entityKey  the person's key in the document
 * @param occupation the occupation as the text writes it
 * @param fields     its fields of work, never empty
 */
public record PersonDescription(String entityKey, String occupation, Set<WorkField> fields) {
    public PersonDescription {
        fields = Set.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an occupation without a field of work: " + occupation);
        }
    }
}
