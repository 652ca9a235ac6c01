package dev.kgx.extract;

import java.util.List;

/**
 * A pattern that matched a sentence.
 *
 * @param rule       engine and rule name, recorded as the evidence's extractor
 * @param emits      what the rule states: relation names and {@code event:Type}
 * @param confidence the rule's confidence
 * @param subjects   entity keys in the subject (or agent) role, in order
 * @param objects    entity keys in the object role, in order; empty when the sentence leaves it implicit
 * @param viaAnaphor whether an anaphor stood for one of the entities
 * @param begin      start of the matched words in the normalized text (to find the date stated nearest)
 * @param end        end of the matched words
 */
public record PatternMatch(String rule, List<String> emits, double confidence, List<String> subjects,
                           List<String> objects, boolean viaAnaphor, int begin, int end) {
}
