package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.store.QueryLimits;
import picocli.CommandLine.Option;

/** How a query's result is printed and what it may do: shared by {@code query} and {@code sparql}. */
public final class QueryOptions {
    @Option(names = "--format", defaultValue = "table",
            description = "SELECT and ASK results as table, csv, tsv, json or xml (default ${DEFAULT-VALUE}); "
                    + "CONSTRUCT and DESCRIBE graphs as turtle (the default), ntriples, jsonld, rdfxml or trig")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + QueryLimits.DEFAULT_TIMEOUT_SECONDS,
            description = "stop the query after this many seconds (default ${DEFAULT-VALUE}); the process ends a "
                    + "query still running shortly after (a regular expression ARQ cannot interrupt)")
    long timeout;

    @Option(names = "--allow-service",
            description = "let SERVICE <url> send the query to another SPARQL endpoint (refused by default)")
    boolean allowService;

    /** The limits the options give; a timeout that is not a positive number of seconds is an input error. */
    QueryLimits limits() {
        if (timeout <= 0) {
            throw new InputException("--timeout must be a positive number of seconds, not " + timeout);
        }
        return new QueryLimits(timeout, allowService);
    }
}
