package dev.kgx.lang;

import dev.kgx.model.FactType;

/**
 * A syntactic configuration in which a trigger relates two entities, written as a TokensRegex pattern over a
 * sentence whose entity mentions are single tokens ({@code lang/<language>/frames.tsv}). Group {@code $a} holds the
 * agent (or agents, in a list), {@code $o} the object(s), {@code $t} the trigger. A frame either takes the triggers
 * of one kind, or states a fixed fact with no trigger word ("X 的 Y" between an organization and a product).
 *
 * @param name          rule name, recorded as the evidence's extractor
 * @param kind          the kind of trigger the frame takes, or null for a fixed fact
 * @param fixed         the fact a frame without trigger states, or null
 * @param scope         which facts the frame suits: all, symmetric relations only ("X 与 Y 竞争" would misread
 *                      "X 与 Y 共同投资"), events only ("X 从 Y 获得投资": a noun naming a happening), or
 *                      relations only (a role noun: "X 创始人 Y"; "X 投资 Y" is no role)
 * @param confidence    the frame's own confidence; a fact takes the lower of frame and trigger
 * @param pattern       the TokensRegex pattern, with the profile's macros and {@code $AGENT}, {@code $OBJECT},
 *                      {@code $NOT_AGENT}, {@code $NOT_OBJECT} and {@code $TRIGGER} bound per trigger group
 */
public record Frame(String name, TriggerKind kind, FactType fixed, Scope scope, double confidence,
                    String pattern) {
    /** Which facts a frame suits. */
    public enum Scope { ALL, SYMMETRIC, EVENTS, RELATIONS }

    public Frame {
        if ((kind == null) == (fixed == null)) {
            throw new IllegalArgumentException("frame " + name + " needs either a trigger kind or a fixed fact");
        }
    }
}
