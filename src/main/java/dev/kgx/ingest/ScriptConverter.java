package dev.kgx.ingest;

/**
 * Converts Traditional Chinese characters to Simplified ones. Implemented with HanLP's converter in
 * {@code dev.kgx.nlp}; ingest only needs this one operation.
 */
public interface ScriptConverter {
    /** The text in Simplified characters; may differ in length where a phrase maps to a longer or shorter one. */
    String toSimplified(String text);
}
