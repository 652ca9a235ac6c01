package dev.kgx.model;

/**
 * A name proposed by a recognizer of the analysis stage (HanLP's person, transliterated-name, Japanese-name and
 * organization recognizers), before mention detection weighs it.
 *
 * @param span   where it stands in the normalized text
 * @param text   the name
 * @param nature the recognizer's tag (HanLP natures such as {@code nr}, {@code nrf}, {@code nrj}, {@code nt})
 */
public record NameCandidate(Span span, String text, String nature) {
}
