package dev.kgx.extract;

import dev.kgx.model.FactType;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;

/**
 * A fact one extractor proposes from one sentence, before fact assembly decides on it: the entities may not
 * suit the fact, the object may be left to the document ("他于6月底辞职"), the date is not yet chosen.
 *
 * @param type       the relation or event
 * @param agentKey   the subject or agent entity, or null when the sentence does not name it
 * @param objectKey  the object entity, or null when the sentence leaves it implicit
 * @param sentence   the sentence that states it
 * @param anchor     the words that state it (the trigger, or the whole match), in the normalized text: the date
 *                   nearest to them is the event's
 * @param extent     the words of the whole statement, entities included: a date right after it is still the
 *                   event's ("foi comprada pela Microsoft em 2019")
 * @param extractor  which extractor and rule proposed it, recorded as the evidence's extractor
 * @param confidence in [0, 1]
 * @param viaAnaphor whether a pronoun or description stood for one of the entities
 */
public record FactProposal(FactType type, String agentKey, String objectKey, Sentence sentence, Span anchor,
                           Span extent, String extractor, double confidence, boolean viaAnaphor) {
    public FactProposal {
        if (agentKey == null && objectKey == null) {
            throw new IllegalArgumentException("a fact needs at least one entity");
        }
    }
}
