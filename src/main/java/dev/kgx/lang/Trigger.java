package dev.kgx.lang;

import dev.kgx.model.FactType;

import java.util.List;

/**
 * A word or phrase that states a fact when it stands between two entities in one of its kind's frames.
 *
 * @param words      the phrase as the tokenizer cuts it (one word in Chinese, "chief executive" in English)
 * @param type       the relation or event it states
 * @param kind       how it relates the two entities
 * @param inverse    whether the frame's roles are swapped ("GM hired X": X joins GM; "Y, the parent of X")
 * @param namedOwner whether the sentence must name what the role belongs to: a bare "记者 X" or "analyst X" is
 *                   no role at the organization the text is about, as a bare "CEO X" is
 * @param confidence how sure a fact stated by it is
 */
public record Trigger(List<String> words, FactType type, TriggerKind kind, boolean inverse, boolean namedOwner,
                      double confidence) {
    public Trigger {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a trigger needs a word");
        }
    }

    public String phrase() {
        return String.join(" ", words);
    }
}
