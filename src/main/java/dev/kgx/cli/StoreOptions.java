package dev.kgx.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store} option shared by every command. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: $KGX_STORE, else ./kgx-store)")
    Path store;

    @Option(names = "--verbose", description = "print stack traces of errors")
    boolean verbose;

    Path store() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("KGX_STORE");
        return Path.of(env != null && !env.isBlank() ? env : "kgx-store");
    }
}
