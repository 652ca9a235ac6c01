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

    @Option(names = "--limit", paramLabel = "ROWS",
            description = "print at most this many rows of a SELECT result (a page), and say how many there are")
    Long limit;

    @Option(names = "--offset", paramLabel = "ROWS", defaultValue = "0",
            description = "skip this many rows first (with --limit: the page after them; default ${DEFAULT-VALUE})")
    long offset;

    /** The page of rows the options ask for; a negative limit or offset is an input error. */
    QueryRunner.Page page() {
        if (limit != null && limit < 0 || offset < 0) {
            throw new InputException("--limit and --offset take a number of rows (0 or more)");
        }
        return limit == null && offset == 0 ? QueryRunner.Page.ALL : new QueryRunner.Page(offset,
                limit == null ? Long.MAX_VALUE : limit);
    }

    /** The limits the options give; a timeout that is not a positive number of seconds is an input error. */
    QueryLimits limits() {
        if (timeout <= 0) {
            throw new InputException("--timeout must be a positive number of seconds, not " + timeout);
        }
        return new QueryLimits(timeout, allowService);
    }
}
