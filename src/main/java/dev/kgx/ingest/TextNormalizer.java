package dev.kgx.ingest;

import dev.kgx.model.OffsetMap;

import java.text.Normalizer;

/**
 * Normalizes decoded text for analysis while keeping a map back to the original characters: line endings become
 * {@code \n}, each code point is put in NFKC form (full-width letters and digits become ASCII), and Chinese text is
 * converted from Traditional to Simplified characters. Every later stage works on the normalized text; evidence
 * offsets are mapped back through the {@link OffsetMap}.
 */
public final class TextNormalizer {
    private final ScriptConverter converter;

    public TextNormalizer(ScriptConverter converter) {
        this.converter = converter;
    }

    /** The normalized text and its offset map. */
    public record Normalized(String text, OffsetMap offsets) {
    }

    /**
     * @param original      decoded file contents
     * @param toSimplified  whether to convert Traditional characters to Simplified ones
     */
    public Normalized normalize(String original, boolean toSimplified) {
        return normalize(original, 0, toSimplified);
    }

    /**
     * Normalizes the original from position {@code from} on (what comes before, such as a Markdown file's front
     * matter, is not text to analyse); the offset map still points into the whole original.
     */
    public Normalized normalize(String original, int from, boolean toSimplified) {
        StringBuilder out = new StringBuilder(original.length() - from);
        IntList starts = new IntList(original.length() - from + 1);
        int i = from;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\r') {
                // CRLF and lone CR both become one LF that maps to the CR
                out.append('\n');
                starts.add(i);
                i += (i + 1 < original.length() && original.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            String piece = new String(Character.toChars(cp));
            String folded = Normalizer.normalize(piece, Normalizer.Form.NFKC);
            if (folded.isEmpty()) {
                folded = piece; // never drop a character: offsets must stay explainable
            }
            out.append(folded);
            for (int k = 0; k < folded.length(); k++) {
                starts.add(i);
            }
            i += width;
        }
        starts.add(original.length());
        String text = out.toString();
        if (toSimplified) {
            text = convertKeepingLength(text);
        }
        return new Normalized(text, new OffsetMap(starts.toArray(), original.length()));
    }

    /**
     * Converts line by line with the phrase-aware converter; a line whose conversion changes its length is
     * converted character by character instead, so that positions stay the same.
     */
    private String convertKeepingLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            String converted = converter.toSimplified(line);
            if (converted.length() != line.length()) {
                converted = convertCharByChar(line);
            }
            out.append(converted);
            if (nl < 0) {
                break;
            }
            out.append('\n');
            lineStart = nl + 1;
        }
        return out.toString();
    }

    private String convertCharByChar(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            String one = String.valueOf(line.charAt(i));
            String converted = Character.isSurrogate(line.charAt(i)) ? one : converter.toSimplified(one);
            out.append(converted.length() == 1 ? converted : one);
        }
        return out.toString();
    }

    /** A growable int array; avoids boxing a value per character. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(capacity, 16)];
        }

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
