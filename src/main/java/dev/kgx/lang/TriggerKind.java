package dev.kgx.lang;

/**
 * How a trigger word relates the two entities of its fact, which decides where the frames look for them.
 */
public enum TriggerKind {
    /** A verb: the agent is its subject, the object its object ("X 收购 Y", "X acquired Y"). */
    VERB,
    /**
     * A verb whose subject, when no object follows, is what is acted on ("星河汽车正式成立", "Zentrix 上线",
     * "the phone was launched"); with an object it reads as {@link #VERB}.
     */
    ERGATIVE,
    /** A verb that names the object as a place before it ("在 X 任职", "worked at X"). */
    LOCATIVE,
    /**
     * A noun for a role or a part: the agent is what the noun describes, the object what the noun belongs to
     * ("X 创始人 Y", "Y, chief executive of X", "X 旗下 Y").
     */
    NOUN;

    public static TriggerKind fromName(String name) {
        for (TriggerKind k : values()) {
            if (k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown trigger kind: " + name + " (verb, ergative, locative, noun)");
    }
}
