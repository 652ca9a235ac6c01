package dev.kgx.store;

/**
 * What a query may do: how long it may run, and whether it may call remote SPARQL endpoints.
 *
 * @param timeoutSeconds the query is stopped after this many seconds (always a limit: a large cross join or a
 *                       catastrophic regular expression would otherwise run until memory or patience ends)
 * @param allowService   whether {@code SERVICE <url>} may send requests to other hosts ({@code --allow-service})
 */
public record QueryLimits(long timeoutSeconds, boolean allowService) {
    /** The limit a query gets unless told otherwise: long enough for any saved query on a large store. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 60;

    public static final QueryLimits DEFAULT = new QueryLimits(DEFAULT_TIMEOUT_SECONDS, false);

    public QueryLimits {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("a query's timeout must be positive, not " + timeoutSeconds);
        }
    }
}
