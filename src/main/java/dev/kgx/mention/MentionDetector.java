package dev.kgx.mention;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Mention;

import java.util.List;

/**
 * A source of entity mentions. Detectors propose; {@link CombinedMentionDetector} weighs their proposals.
 * A proposed mention may have a null type when the detector found a name but no evidence of its kind.
 */
public interface MentionDetector {
    List<Mention> detect(AnalyzedDocument doc);
}
