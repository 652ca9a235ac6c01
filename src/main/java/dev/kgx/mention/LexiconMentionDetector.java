package dev.kgx.mention;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Mention;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;
import dev.kgx.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Mentions of well-known entities from the {@link Lexicon}. */
public final class LexiconMentionDetector implements MentionDetector {
    public static final String NAME = "lexicon";
    /** Reason prefix marking a hit that counts only with a company cue or in a list of organizations. */
    public static final String NEEDS_CONTEXT = "lexicon (needs context): ";

    private final Lexicon lexicon;
    private final Cues cues;

    public LexiconMentionDetector(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /**
     * A Chinese name must start where a token starts and end where one ends, or be followed within its token by a
     * cue word (百度 in a token 百度公司): the segmenter has then seen it as a word of its own.
     */
    private boolean onTokenBoundaries(AnalyzedDocument doc, Span span, String text) {
        Sentence s = doc.sentenceAt(span);
        if (s == null || s.tokens().isEmpty()) {
            return true;
        }
        boolean begins = false;
        boolean ends = false;
        for (Token t : s.tokens()) {
            begins |= t.span().begin() == span.begin();
            boolean straddlesEnd = t.span().begin() < span.end() && span.end() < t.span().end();
            ends |= t.span().end() == span.end() || straddlesEnd && cues.afterCue(text, span.end()) != null;
        }
        return begins && ends;
    }

    @Override
    public List<Mention> detect(AnalyzedDocument doc) {
        String text = doc.source().text();
        List<Mention> out = new ArrayList<>();
        List<Lexicon.Hit> exact = lexicon.find(text);
        dev.kgx.model.SpanSet found = new dev.kgx.model.SpanSet();
        exact.forEach(h -> found.add(h.span()));
        for (Lexicon.Hit hit : lexicon.findMisspelled(text, found::overlaps)) {
            out.add(new Mention(hit.span(), hit.span().of(text), hit.entry().type(), NAME, "lexicon (spelling variant): "
                    + hit.entry().id() + " (" + hit.entry().source() + ")", 0.7, hit.entry().id()));
        }
        for (Lexicon.Hit hit : exact) {
            if (NameKeys.hasHan(hit.span().of(text)) && !onTokenBoundaries(doc, hit.span(), text)) {
                continue; // 网易 inside 网易号 or 知乎 inside 知乎日报 is another name
            }
            String reason = (hit.needsContext() ? NEEDS_CONTEXT : "lexicon: ") + hit.entry().id()
                    + " (" + hit.entry().source() + ")";
            out.add(new Mention(hit.span(), hit.span().of(text), hit.entry().type(), NAME, reason, 0.95,
                    hit.entry().id()));
        }
        return out;
    }
}
