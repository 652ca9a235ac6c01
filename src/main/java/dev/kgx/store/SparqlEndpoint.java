package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import dev.kgx.KgxException.StoreException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The store served over HTTP by an embedded Apache Jena Fuseki: SPARQL 1.1 Query and the Graph Store protocol,
 * over the union of the documents' graphs (what {@code kgx query} sees), the kgx prefixes known to every query,
 * each query within the same limits as on the command line ({@link QueryLimits}, {@link QueryGuard}). Read-only
 * unless updates are allowed.
 */
public final class SparqlEndpoint implements AutoCloseable {
    /** The dataset's name in the URLs: {@code http://HOST:PORT/kgx/sparql}. */
    public static final String NAME = "kgx";

    /** Where and how it serves. */
    public record Settings(int port, String bind, boolean allowUpdate, QueryLimits limits) {
        /** Addresses that mean this machine alone. */
        static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");
        /** Addresses that mean every interface. */
        static final Set<String> EVERY_INTERFACE = Set.of("0.0.0.0", "::", "*");

        public Settings {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
            if (!LOOPBACK.contains(bind) && !EVERY_INTERFACE.contains(bind)) {
                throw new IllegalArgumentException("--bind is 127.0.0.1 (this machine only, the default) or 0.0.0.0 "
                        + "(every interface), not " + bind);
            }
        }
    }

    private final FusekiServer server;
    private final Settings settings;

    private SparqlEndpoint(FusekiServer server, Settings settings) {
        this.server = server;
        this.settings = settings;
    }

    /** Starts serving an open store; it stays open while the endpoint runs. */
    public static SparqlEndpoint start(KgxStore store, Settings settings) {
        DatasetGraph dsg = store.datasetGraph();
        Context context = dsg.getContext();
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, Long.toString(settings.limits().timeoutSeconds() * 1000));
        context.set(Service.httpServiceAllowed, settings.limits().allowService());
        context.set(ARQConstants.registryFunctions, QueryGuard.functions());
        context.set(ARQConstants.registryPropertyFunctions, QueryGuard.propertyFunctions());
        try {
            FusekiServer server = FusekiServer.create()
                    .port(settings.port())
                    .loopback(Settings.LOOPBACK.contains(settings.bind()))
                    .registerOperation(Operation.Query, new GuardedQuery(settings.limits().allowService()))
                    .add("/" + NAME, dsg, settings.allowUpdate())
                    .enablePing(true)
                    .addFilter("/*", new SameMachineOnly(Settings.LOOPBACK.contains(settings.bind())))
                    .build();
            server.start();
            return new SparqlEndpoint(server, settings);
        } catch (RuntimeException e) {
            throw new StoreException("cannot serve on port " + settings.port() + ": " + KgxStore.rootMessage(e), e);
        }
    }

    /** The port it listens on (the one the system chose when asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The dataset's base URL; the query endpoint is {@code url() + "/sparql"}. */
    public String url() {
        String host = Settings.LOOPBACK.contains(settings.bind()) ? "127.0.0.1" : "localhost";
        return "http://" + host + ":" + port() + "/" + NAME;
    }

    /** Waits until the server stops (the process is interrupted). */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The PREFIX lines of the kgx prefixes, put before every query so that it may use them undeclared. */
    static String prefixDeclarations() {
        Map<String, String> prefixes = KgxStore.prefixMap();
        return prefixes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * Refuses what a web page in the user's browser could send (a request with another site's {@code Origin}: a
     * form posting {@code DROP ALL} to localhost) and, when serving the loopback, requests for another host name
     * (DNS rebinding: evil.example resolved to 127.0.0.1). Programs (curl, RDFConnection) send neither.
     */
    static final class SameMachineOnly implements jakarta.servlet.Filter {
        private final boolean loopback;

        SameMachineOnly(boolean loopback) {
            this.loopback = loopback;
        }

        static boolean local(String hostAndPort) {
            String host = hostAndPort.startsWith("[") ? hostAndPort.substring(0, hostAndPort.indexOf(']') + 1)
                    : hostAndPort.replaceFirst(":\\d+$", "");
            return Set.of("127.0.0.1", "localhost", "[::1]").contains(host.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            var http = (jakarta.servlet.http.HttpServletRequest) request;
            String origin = http.getHeader("Origin");
            String host = http.getHeader("Host");
            String why = null;
            if (origin != null && !origin.equals("null") && !local(origin.replaceFirst("^https?://", ""))) {
                why = "a request from the web page of " + origin + " is refused";
            } else if (origin != null && origin.equals("null")) {
                why = "a request from a sandboxed page or a file is refused";
            } else if (loopback && host != null && !local(host)) {
                why = "this endpoint serves this machine: the host name " + host + " is refused";
            }
            if (why != null) {
                ((jakarta.servlet.http.HttpServletResponse) response).sendError(403, why);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Fuseki's query operation, with the kgx prefixes and the checks of {@link QueryGuard}. */
    private static final class GuardedQuery extends SPARQL_QueryDataset {
        private final boolean allowService;

        GuardedQuery(boolean allowService) {
            this.allowService = allowService;
        }

        @Override
        protected void execute(String queryString, HttpAction action) {
            super.execute(prefixDeclarations() + queryString, action);
        }

        @Override
        protected void validateQuery(HttpAction action, Query query) {
            super.validateQuery(action, query);
            try {
                QueryGuard.check(query, allowService);
            } catch (QueryException e) {
                ServletOps.errorBadRequest(e.getMessage());
            }
        }
    }
}
