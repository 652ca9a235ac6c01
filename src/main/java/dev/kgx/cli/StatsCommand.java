package dev.kgx.cli;

import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code kgx stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the store's nodes per class, triples per property, and entities and facts per document.")
public final class StatsCommand implements Callable<Integer> {
    static final String PER_CLASS = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?count) ?class
            """;
    static final String PER_PROPERTY = """
            SELECT ?property (COUNT(*) AS ?count) WHERE { ?s ?property ?o } GROUP BY ?property ORDER BY DESC(?count) ?property
            """;
    /** Each count in its own group, so that they never multiply into each other's rows. */
    static final String PER_DOCUMENT = """
            PREFIX kgx: <https://kgx.dev/ontology#>
            SELECT ?file ?language ?entities ?events ?evidence WHERE {
              ?doc a kgx:Document ; kgx:path ?file ; kgx:language ?language .
              { SELECT ?doc (COUNT(DISTINCT ?e) AS ?entities) WHERE {
                  ?doc a kgx:Document . OPTIONAL { ?e kgx:mentionedIn ?doc ; kgx:key ?key } } GROUP BY ?doc }
              { SELECT ?doc (COUNT(DISTINCT ?event) AS ?events) WHERE {
                  ?doc a kgx:Document . OPTIONAL { ?event kgx:mentionedIn ?doc ; kgx:evidence ?any } } GROUP BY ?doc }
              { SELECT ?doc (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
                  ?doc a kgx:Document . OPTIONAL { ?ev kgx:inDocument ?doc } } GROUP BY ?doc }
            } ORDER BY ?file
            """;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KgxStore store = KgxStore.openExisting(storeOptions.store())) {
            QueryRunner.warnIfStale(store, spec.commandLine().getErr());
            out.println("Nodes per class:");
            QueryRunner.run(store, PER_CLASS, "table", QueryLimits.DEFAULT, out);
            out.println("Triples per property:");
            QueryRunner.run(store, PER_PROPERTY, "table", QueryLimits.DEFAULT, out);
            out.println("Per document (evidence = pieces of evidence for relations and events):");
            QueryRunner.run(store, PER_DOCUMENT, "table", QueryLimits.DEFAULT, out);
        }
        return ExitCodes.OK;
    }
}
