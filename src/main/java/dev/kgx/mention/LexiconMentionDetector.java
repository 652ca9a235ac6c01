package dev.kgx.mention;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Mention;
import dev.kgx.model.MentionEvidence;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;
import dev.kgx.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Mentions of well-known entities from the {@link Lexicon}. */
public final class LexiconMentionDetector implements MentionDetector {
    public static final String NAME = "lexicon";

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

    private static final String BUSINESS_REASON = "company of a group: ";

    /**
     * A company of a well-known group named after it and its line of business (京东物流, 阿里云): a separate
     * entity, proposed when the longer name recurs in the document, is followed by a company noun, or names an
     * investment arm (百度资本), which is always a firm of its own.
     */
    private Mention businessOfGroup(String text, Lexicon.Hit hit) {
        if (!hit.entry().type().isOrganization() || !NameKeys.hasHan(hit.span().of(text))) {
            return null;
        }
        Cues.Typing business = cues.businessAfter(text, hit.span().end());
        if (business == null) {
            return null;
        }
        Span span = new Span(hit.span().begin(), business.extendTo());
        String name = span.of(text);
        if (lexicon.byKey(NameKeys.key(name)) != null) {
            return null; // the longer name is itself a lexicon entry (or a name of the group)
        }
        Cues.Typing after = cues.afterCue(text, span.end());
        boolean recurs = text.indexOf(name, text.indexOf(name) + name.length()) >= 0;
        boolean arm = cues.isInvestmentArm(text.substring(hit.span().end(), business.extendTo()));
        if (!recurs && !arm && (after == null || !after.type().isOrganization())) {
            return null;
        }
        return new Mention(span, name, business.type(), NAME, BUSINESS_REASON + hit.entry().id() + ", "
                + business.reason(), 0.7, null, business.evidence());
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
                    + hit.entry().id() + " (" + hit.entry().source() + ")", 0.7, hit.entry().id(), MentionEvidence.LEXICON));
        }
        for (Lexicon.Hit hit : exact) {
            if (NameKeys.hasHan(hit.span().of(text)) && !onTokenBoundaries(doc, hit.span(), text)) {
                continue; // 百度 inside 百度百科 or 京东 inside 京东方 is another name
            }
            Mention business = businessOfGroup(text, hit);
            if (business != null) {
                out.add(business);
            }
            String reason = (hit.needsContext() ? "lexicon (needs context): " : "lexicon: ") + hit.entry().id()
                    + " (" + hit.entry().source() + ")";
            out.add(new Mention(hit.span(), hit.span().of(text), hit.entry().type(), NAME, reason, 0.95,
                    hit.entry().id(), hit.needsContext() ? MentionEvidence.LEXICON_NEEDS_CONTEXT : MentionEvidence.LEXICON));
        }
        return out;
    }
}
