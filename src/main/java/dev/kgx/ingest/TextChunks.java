package dev.kgx.ingest;

import dev.kgx.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts normalized text into the pieces the analysis stage reads: non-blank lines, each at most
 * {@link #MAX_CHUNK} characters (a longer line, such as a page without line breaks, is cut at its last sentence
 * punctuation before the limit, or at the limit), and Chinese sentences within them. Spans keep their offsets in
 * the text and never split a surrogate pair.
 */
public final class TextChunks {
    /** Longest stretch handed to the NLP models at once. */
    public static final int MAX_CHUNK = 2000;

    private TextChunks() {
    }

    /** How many sentences are longer than {@link #MAX_CHUNK} and will be cut without a sentence boundary. */
    public static int overlongSentences(String text) {
        int count = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '\n' || "。!?!?;;.".indexOf(c) >= 0 ? 0 : run + 1;
            if (run == MAX_CHUNK + 1) {
                count++;
            }
        }
        return count;
    }

    /** A Chinese sentence ends at 。!? (full-width or not), with any closing quotation marks after it. */
    private static final java.util.regex.Pattern CHINESE_SENTENCE_END =
            java.util.regex.Pattern.compile("[。!?！？]+[”’\"」』)）]*");

    /**
     * Chinese sentences, split here rather than by CoreNLP: its splitter works on segmenter tokens and lets
     * sentences run together when the segmenter glues the full stop to the next word. Each is analysed as one
     * sentence.
     */
    public static List<Span> chineseSentences(String text) {
        List<Span> out = new ArrayList<>();
        for (Span chunk : lines(text)) {
            java.util.regex.Matcher m = CHINESE_SENTENCE_END.matcher(text).region(chunk.begin(), chunk.end());
            int start = chunk.begin();
            while (m.find()) {
                addTrimmed(text, start, m.end(), out);
                start = m.end();
            }
            addTrimmed(text, start, chunk.end(), out);
        }
        return out;
    }

    private static void addTrimmed(String text, int begin, int end, List<Span> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Span(begin, end));
        }
    }

    /** Non-blank lines of the text, each cut into pieces of at most {@link #MAX_CHUNK} characters. */
    public static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            cutLine(text, start, end, out);
            start = end + 1;
        }
        return out;
    }

    private static void cutLine(String text, int begin, int end, List<Span> out) {
        while (begin < end) {
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            if (begin >= end) {
                return;
            }
            int cut = end;
            if (end - begin > MAX_CHUNK) {
                cut = begin + MAX_CHUNK;
                for (int i = begin + MAX_CHUNK; i > begin + MAX_CHUNK / 2; i--) {
                    if ("。!?!?;;.".indexOf(text.charAt(i - 1)) >= 0) {
                        cut = i;
                        break;
                    }
                }
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--; // never split a surrogate pair
                }
            }
            int trimmed = cut;
            while (trimmed > begin && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > begin) {
                out.add(new Span(begin, trimmed));
            }
            begin = cut;
        }
    }
}
