package dev.kgx;

import dev.kgx.cli.KgxCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the kgx command line in-process, the picocli way, and keeps what it printed. */
public final class Cli {
    private Cli() {
    }

    public record Run(int code, String out, String err) {
    }

    public static Run run(String... args) {
        CommandLine cl = KgxCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
