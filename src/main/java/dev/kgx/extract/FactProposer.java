package dev.kgx.extract;

import java.util.List;

/**
 * An extractor of facts from one sentence: a pattern engine, a parse reader, general knowledge, or later a
 * statistical model. It only proposes; {@link FactAssembly} checks types, dates and amounts and decides.
 */
public interface FactProposer {
    List<FactProposal> propose(SentenceContext context);
}
