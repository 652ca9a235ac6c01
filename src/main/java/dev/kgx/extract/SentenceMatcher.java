package dev.kgx.extract;

import java.util.List;

/** A pattern engine (TokensRegex, Semgrex…) that finds pattern matches in one sentence. */
public interface SentenceMatcher {
    List<PatternMatch> match(SentenceContext context);
}
