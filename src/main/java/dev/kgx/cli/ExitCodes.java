package dev.kgx.cli;

/** The exit codes of every kgx command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something failed: bad input, a malformed query, a store that cannot be opened. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong (picocli's default). */
    public static final int USAGE = 2;
    /** Extraction stored some documents but skipped others, each named in the output. */
    public static final int PARTIAL = 3;

    private ExitCodes() {
    }
}
