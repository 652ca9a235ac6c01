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
 */
public record Mention(Span span, String text, EntityType type, String detector, String reason, double confidence,
                      String lexiconId) {
}
