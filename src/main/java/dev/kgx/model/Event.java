package dev.kgx.model;

/**
 * A dated happening between entities of a document.
 *
 * @param type      the event class
 * @param agentKey  key of the entity that acts (may be null when the text does not name it)
 * @param objectKey key of the entity acted on
 * @param date      when, or null when the text does not say
 * @param amount    money involved, normalized ("USD 300000000"), or null
 */
public record Event(EventType type, String agentKey, String objectKey, TemporalValue date, String amount,
                    Evidence evidence) {
}
