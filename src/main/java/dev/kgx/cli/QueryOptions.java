package dev.kgx.cli;

import picocli.CommandLine.Option;

/** How a query's result is printed and how long it may run: shared by {@code query} and {@code sparql}. */
public final class QueryOptions {
    @Option(names = "--format", defaultValue = "table",
            description = "SELECT results as table, csv, tsv, json or xml (default ${DEFAULT-VALUE}); "
                    + "CONSTRUCT and DESCRIBE print Turtle")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "stop the query after this many seconds (0: no limit)")
    long timeout;
}
