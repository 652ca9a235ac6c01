package dev.kgx.model;

import java.util.Arrays;

/**
 * Maps every character position of a normalized text to a position in the original text it was derived from.
 * Position {@code i} of the normalized text came from original position {@code starts[i]}; the extra entry at
 * the end maps the end of the text. The map never decreases, so a normalized span maps to the smallest original
 * span that covers everything it was made from.
 */
public final class OffsetMap {
    private final int[] starts;
    private final int originalLength;

    /**
     * @param starts         for each normalized position, the original position it came from, plus one entry for
     *                       the end of the text (equal to {@code originalLength})
     * @param originalLength length of the original text
     */
    public OffsetMap(int[] starts, int originalLength) {
        if (starts.length == 0 || starts[starts.length - 1] != originalLength) {
            throw new IllegalArgumentException("offset map must end at the original length");
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("offset map decreases at " + i);
            }
        }
        this.starts = starts.clone();
        this.originalLength = originalLength;
    }

    /** The map of a text that normalization left unchanged. */
    public static OffsetMap identity(int length) {
        int[] starts = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            starts[i] = i;
        }
        return new OffsetMap(starts, length);
    }

    public int normalizedLength() {
        return starts.length - 1;
    }

    public int originalLength() {
        return originalLength;
    }

    /** The original span that the normalized span was made from. */
    public Span toOriginal(Span normalized) {
        if (normalized.end() > normalizedLength()) {
            throw new IndexOutOfBoundsException("span " + normalized + " beyond text of length " + normalizedLength());
        }
        int begin = starts[normalized.begin()];
        int end = normalized.length() == 0 ? begin : originalEndOf(normalized.end() - 1);
        return new Span(begin, end);
    }

    /** End (exclusive) in the original of the characters that normalized position {@code i} came from. */
    private int originalEndOf(int i) {
        int next = i + 1;
        while (next < starts.length - 1 && starts[next] == starts[i]) {
            next++;
        }
        return starts[next];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap other && other.originalLength == originalLength
                && Arrays.equals(other.starts, starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts) * 31 + originalLength;
    }
}
