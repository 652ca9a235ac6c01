package dev.kgx.model;

/**
 * A half-open character range {@code [begin, end)} in some text. Which text is said by whoever holds the span:
 * stages work on the normalized text of a {@link SourceDocument}, evidence points into the original file.
 */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public Span shift(int delta) {
        return new Span(begin + delta, end + delta);
    }

    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }
}
