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
        subcommands = {ExtractCommand.class, QueryCommand.class, SparqlCommand.class, ExportCommand.class,
                StatsCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 usage error, 3 extraction partly done (some files skipped)."})
public final class KgxCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new KgxCommand());
        cl.setExecutionExceptionHandler(KgxCommand::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        if (e instanceof KgxException) {
            err.println("kgx: " + e.getMessage());
        } else {
            err.println("kgx: unexpected error: " + e);
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }
}
