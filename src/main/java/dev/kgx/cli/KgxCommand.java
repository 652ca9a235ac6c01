package dev.kgx.cli;

import dev.kgx.KgxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code kgx} command line: a thin layer that parses options, calls the library and maps failures to exit
 * codes (see {@link ExitCodes}).
 */
@Command(name = "kgx", mixinStandardHelpOptions = true, version = "kgx 0.1.0",
        description = "Turns news articles into a knowledge graph in Apache Jena TDB2, and queries it.",
        subcommands = {ExtractCommand.class, LoadCommand.class, RemoveCommand.class, CompactCommand.class, QueryCommand.class, SparqlCommand.class, ExportCommand.class,
                StatsCommand.class, ServeCommand.class, EvalCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class,
                picocli.AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 usage error, 3 extraction partly done (some files skipped)."})
public final class KgxCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Heap held back for the message when memory runs out: without it, printing the message fails too. */
    private static byte[] reserve = new byte[4 << 20];

    public static void main(String[] args) {
        QueryRunner.exitOnRunawayQueries();
        int code;
        try {
            code = newCommandLine().execute(args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            System.err.println("kgx: " + outOfMemory());
            code = ExitCodes.FAILURE;
        } catch (InternalError e) {
            // TDB2 writes through memory-mapped files: a full disk surfaces as an InternalError
            System.err.println("kgx: " + writeFailed(e));
            code = ExitCodes.FAILURE;
        }
        System.exit(code);
    }

    /** The one line that memory exhaustion prints: what the limit is and what to do. */
    static String outOfMemory() {
        return "out of memory (heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): ask for "
                + "less (a LIMIT, a narrower pattern, fewer files at once) or give Java more with "
                + "KGX_JAVA_OPTS=-Xmx…";
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new KgxCommand());
        cl.setExecutionExceptionHandler(KgxCommand::handle);
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --progress auto
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        if (e instanceof KgxException) {
            err.println("kgx: " + e.getMessage());
        } else if (causedByOutOfMemory(e)) {
            reserve = null;
            err.println("kgx: " + outOfMemory());
        } else if (isWriteFailure(e)) {
            err.println("kgx: " + writeFailed(e));
        } else {
            err.println("kgx: unexpected error: " + e);
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    /** What a failed write says: the likely cause, and that committed data is intact. */
    static String writeFailed(Throwable e) {
        return "writing failed (" + rootCause(e) + "): the disk is probably full. What was committed before is "
                + "intact; free some space and run the command again";
    }

    /** A full disk: an I/O error saying so, or the InternalError of a write through a memory-mapped file. */
    static boolean isWriteFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InternalError || t.getMessage() != null && t.getMessage().contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
