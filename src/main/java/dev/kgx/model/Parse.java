package dev.kgx.model;

import java.util.List;

/**
 * The dependency parse of a sentence, over the sentence's tokens with each entity mention joined into one token
 * (so that a name is one node of the tree, as a parser trained on treebank words expects).
 *
 * @param tokens       the parsed tokens, in order; a mention's token spans the whole mention
 * @param dependencies the dependencies between them (indices into {@code tokens})
 */
public record Parse(List<Token> tokens, List<Dependency> dependencies) {
    public Parse {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The index of the token that starts at or covers the offset, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            Span s = tokens.get(i).span();
            if (s.begin() <= offset && offset < s.end()) {
                return i;
            }
        }
        return -1;
    }
}
