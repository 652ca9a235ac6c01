package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import dev.kgx.store.SparqlEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code kgx serve}: the store as a SPARQL endpoint, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over HTTP (embedded Apache Jena Fuseki): SPARQL 1.1 Query at "
                + "/kgx/sparql and the Graph Store protocol at /kgx/get, over what 'kgx query' sees, the kgx "
                + "prefixes known. Read-only and on this machine only unless told otherwise. Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "port to listen on (default ${DEFAULT-VALUE}; "
            + "0 lets the system choose)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "127.0.0.1: this machine only (default); 0.0.0.0: every interface")
    String bind;

    @Option(names = "--allow-update", description = "accept SPARQL Update and Graph Store writes (refused by "
            + "default). What is written into a document's graph is replaced when kgx derives it again; a graph "
            + "of your own is kept")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + QueryLimits.DEFAULT_TIMEOUT_SECONDS,
            description = "stop each query after this many seconds (default ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--allow-service",
            description = "let SERVICE <url> send queries to other SPARQL endpoints (refused by default)")
    boolean allowService;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (timeout <= 0) {
            throw new InputException("--timeout must be a positive number of seconds, not " + timeout);
        }
        SparqlEndpoint.Settings settings;
        try {
            settings = new SparqlEndpoint.Settings(port, bind, allowUpdate, new QueryLimits(timeout, allowService));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        KgxStore store = allowUpdate ? KgxStore.openExistingToChange(storeOptions.store())
                : KgxStore.openExisting(storeOptions.store());
        SparqlEndpoint endpoint;
        try {
            endpoint = SparqlEndpoint.start(store, settings);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.close();
            store.close();
        }));
        PrintWriter out = spec.commandLine().getOut();
        out.println("serving " + storeOptions.store() + " at " + endpoint.url() + "/sparql (SPARQL query), "
                + endpoint.url() + "/get (graph store" + (allowUpdate ? "; updates at " + endpoint.url()
                + "/update and " + endpoint.url() + "/data)" : ", read-only)")
                + "; Ctrl-C stops");
        out.flush();
        endpoint.join();
        return ExitCodes.OK;
    }
}
