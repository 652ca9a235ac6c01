package dev.kgx.extract;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Mention;
import dev.kgx.model.Sentence;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sentence as the pattern engines see it: its entity mentions in order (anaphors standing for their
 * antecedents included), the entity each of these mentions names, and which mentions are anaphors.
 */
public record SentenceContext(AnalyzedDocument doc, Sentence sentence, List<Mention> mentions,
                              Map<Mention, Entity> owner, Set<Mention> anaphoric) {

    /** The entity a token overlaps, or null. */
    public Mention mentionAt(int begin, int end) {
        for (Mention m : mentions) {
            if (m.span().begin() < end && begin < m.span().end()) {
                return m;
            }
        }
        return null;
    }
}
