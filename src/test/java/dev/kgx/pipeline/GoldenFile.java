package dev.kgx.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected extraction of a golden case ({@code expected.txt}), one line per entity, relation or event, and its
 * review against what kgx extracts now. A plain line is extracted and right. A line may be marked: {@code wrong: }
 * kgx extracts it but it is wrong (it stays part of the comparison, so that a fix shows as a change), and
 * {@code missing: } a careful reader expects it but kgx does not extract it (extracting it is a change too). A
 * line may end with a comment after {@code  # } saying why. Marks and comments are kept when the file is rewritten.
 */
final class GoldenFile {
    enum Mark {
        NONE(""), WRONG("wrong: "), MISSING("missing: ");

        final String prefix;

        Mark(String prefix) {
            this.prefix = prefix;
        }
    }

    /** One line: the extraction it describes, its mark, and an optional comment. */
    record Line(String content, Mark mark, String comment) {
        String render() {
            return mark.prefix + content + (comment.isEmpty() ? "" : "  # " + comment);
        }
    }

    /** The kinds of line, in the order the file lists them. */
    private static final List<String> KINDS = List.of("entity", "relation", "event");

    private final Map<String, Line> lines;

    private GoldenFile(Map<String, Line> lines) {
        this.lines = lines;
    }

    static GoldenFile empty() {
        return new GoldenFile(Map.of());
    }

    /** Reads an expected file; an unknown kind of line, or one line listed twice, fails naming the line. */
    static GoldenFile parse(String text) {
        Map<String, Line> lines = new LinkedHashMap<>();
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            if (raw.isBlank()) {
                continue;
            }
            String rest = raw.strip();
            Mark mark = Mark.NONE;
            for (Mark m : List.of(Mark.WRONG, Mark.MISSING)) {
                if (rest.startsWith(m.prefix)) {
                    mark = m;
                    rest = rest.substring(m.prefix.length()).strip();
                }
            }
            String comment = "";
            int hash = rest.indexOf("  # ");
            if (hash >= 0) {
                comment = rest.substring(hash + 4).strip();
                rest = rest.substring(0, hash).strip();
            }
            if (!KINDS.contains(rest.split(" ", 2)[0])) {
                throw new IllegalArgumentException("line " + number + ": neither an entity, a relation nor an event"
                        + " (marks are \"wrong: \" and \"missing: \"): " + raw);
            }
            if (lines.put(rest, new Line(rest, mark, comment)) != null) {
                throw new IllegalArgumentException("line " + number + ": listed twice: " + raw);
            }
        }
        return new GoldenFile(lines);
    }

    /** What changed between the expected file and an extraction, and the file that describes the extraction. */
    record Review(List<String> added, List<String> removed, List<String> nowFound, List<String> noLongerWrong,
                  String rewritten, int lines, int wrong, int missing) {
        boolean changed() {
            return !added.isEmpty() || !removed.isEmpty() || !nowFound.isEmpty() || !noLongerWrong.isEmpty();
        }

        /** The differences, one per line: + extracted now, - no longer extracted. */
        String diff() {
            StringBuilder out = new StringBuilder();
            added.forEach(l -> out.append("  + ").append(l).append('\n'));
            nowFound.forEach(l -> out.append("  + ").append(l).append("   (was marked missing: now found)\n"));
            removed.forEach(l -> out.append("  - ").append(l).append('\n'));
            noLongerWrong.forEach(l -> out.append("  - ").append(l).append("   (was marked wrong: no longer extracted)\n"));
            return out.toString();
        }

        String counts() {
            return lines + " lines, " + wrong + " marked wrong, " + missing + " marked missing";
        }
    }

    /** Compares the lines kgx extracts now with the expected ones. */
    Review review(List<String> extracted) {
        Set<String> now = new LinkedHashSet<>(extracted);
        List<String> added = new ArrayList<>();
        List<String> nowFound = new ArrayList<>();
        for (String l : now) {
            Line expected = lines.get(l);
            if (expected == null) {
                added.add(l);
            } else if (expected.mark() == Mark.MISSING) {
                nowFound.add(l);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> noLongerWrong = new ArrayList<>();
        List<Line> rewritten = new ArrayList<>();
        for (Line l : lines.values()) {
            boolean extractedNow = now.contains(l.content());
            switch (l.mark()) {
                case NONE -> {
                    if (!extractedNow) {
                        removed.add(l.content());
                    }
                }
                case WRONG -> {
                    if (!extractedNow) {
                        noLongerWrong.add(l.content());
                    }
                }
                case MISSING -> {
                    if (!extractedNow) {
                        rewritten.add(l); // still missed
                    }
                }
            }
        }
        for (String l : now) {
            Line expected = lines.get(l);
            // a line still extracted keeps its mark and comment; one that was missing is found now, a plain line
            rewritten.add(expected == null ? new Line(l, Mark.NONE, "")
                    : expected.mark() == Mark.MISSING ? new Line(l, Mark.NONE, expected.comment()) : expected);
        }
        rewritten.sort(Comparator.comparingInt((Line l) -> KINDS.indexOf(l.content().split(" ", 2)[0]))
                .thenComparing(Line::content));
        StringBuilder text = new StringBuilder();
        rewritten.forEach(l -> text.append(l.render()).append('\n'));
        int wrong = (int) rewritten.stream().filter(l -> l.mark() == Mark.WRONG).count();
        int missing = (int) rewritten.stream().filter(l -> l.mark() == Mark.MISSING).count();
        return new Review(added, removed, nowFound, noLongerWrong, text.toString(), rewritten.size(), wrong,
                missing);
    }
}
