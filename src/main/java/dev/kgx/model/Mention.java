package dev.kgx.model;

/**
 * A stretch of text that names an entity.
 *
 * @param span       where it stands in the normalized text
 * @param text       the normalized text of the span
 * @param type       the type the detector assigns
 * @param detector   which detector proposed it
 * @param reason     why it has this type (lexicon entry, NER tag, context cue…)
 * @param confidence in [0, 1]
 * @param lexiconId  the lexicon entry it matched, or null
 * @param evidence   the kind of evidence behind it, which decides between overlapping proposals
 */
public record Mention(Span span, String text, EntityType type, String detector, String reason, double confidence,
                      String lexiconId, MentionEvidence evidence) {
    /** A mention made after the mention stage (an anaphor standing for an entity), which no ranking sees. */
    public Mention(Span span, String text, EntityType type, String detector, String reason, double confidence,
                   String lexiconId) {
        this(span, text, type, detector, reason, confidence, lexiconId, MentionEvidence.REFERENCE);
    }

    /** The same mention with another type, reason and evidence (typed from a list, propagated…). */
    public Mention retyped(EntityType newType, String newReason, double newConfidence, MentionEvidence newEvidence) {
        return new Mention(span, text, newType, detector, newReason, newConfidence, lexiconId, newEvidence);
    }

    /** The same name where it occurs again in the document (the text there is the same). */
    public Mention at(Span where, String newReason, double newConfidence, MentionEvidence newEvidence) {
        return new Mention(where, text, type, detector, newReason, newConfidence, lexiconId, newEvidence);
    }
}
