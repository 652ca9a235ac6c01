package dev.kgx.mention;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Mention;

import java.util.ArrayList;
import java.util.List;

/** Mentions of well-known entities from the {@link Lexicon}. */
public final class LexiconMentionDetector implements MentionDetector {
    public static final String NAME = "lexicon";
    /** Reason prefix marking a hit that counts only with a company cue or in a list of organizations. */
    public static final String NEEDS_CONTEXT = "lexicon (needs context): ";

    private final Lexicon lexicon;

    public LexiconMentionDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Mention> detect(AnalyzedDocument doc) {
        String text = doc.source().text();
        List<Mention> out = new ArrayList<>();
        for (Lexicon.Hit hit : lexicon.find(text)) {
            String reason = (hit.needsContext() ? NEEDS_CONTEXT : "lexicon: ") + hit.entry().id()
                    + " (" + hit.entry().source() + ")";
            out.add(new Mention(hit.span(), hit.span().of(text), hit.entry().type(), NAME, reason, 0.95,
                    hit.entry().id()));
        }
        return out;
    }
}
