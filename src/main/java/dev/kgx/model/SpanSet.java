package dev.kgx.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A set of spans, merged where they overlap, that answers "does this span overlap any?" in logarithmic time: long
 * documents have tens of thousands of mentions.
 */
public final class SpanSet {
    private final TreeMap<Integer, Integer> byBegin = new TreeMap<>();

    /** Adds a span, merging it with those it overlaps. */
    public void add(Span span) {
        int begin = span.begin();
        int end = span.end();
        Map.Entry<Integer, Integer> before = byBegin.floorEntry(begin);
        if (before != null && before.getValue() > begin) {
            begin = before.getKey();
            end = Math.max(end, before.getValue());
            byBegin.remove(before.getKey());
        }
        Map.Entry<Integer, Integer> next = byBegin.ceilingEntry(begin);
        while (next != null && next.getKey() < end) {
            end = Math.max(end, next.getValue());
            byBegin.remove(next.getKey());
            next = byBegin.ceilingEntry(begin);
        }
        byBegin.put(begin, end);
    }

    /** Whether the span shares at least one character with a span of the set. */
    public boolean overlaps(Span span) {
        Map.Entry<Integer, Integer> floor = byBegin.lowerEntry(span.end());
        return floor != null && floor.getValue() > span.begin() && span.length() > 0;
    }
}
