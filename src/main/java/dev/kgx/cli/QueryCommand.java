package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.store.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kgx query NAME|FILE.rq}: runs a saved query. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query from the queries folder by name, or a .rq file.")
public final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "saved query name or .rq file")
    String name;

    @Option(names = "--list", description = "list the saved queries with their descriptions")
    boolean list;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a query parameter (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--queries", paramLabel = "DIR",
            description = "saved-query folder (default: $KGX_QUERIES, else ./queries, else kgx's own)")
    Path queries;

    @Mixin
    QueryOptions queryOptions;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = queryFolder();
        if (list) {
            for (SavedQuery q : SavedQuery.list(folder)) {
                String params = q.params().entrySet().stream()
                        .map(p -> " [--param " + p.getKey() + "=…" + (p.getValue().startsWith("(optional)")
                                ? " (optional)" : "") + "]")
                        .collect(java.util.stream.Collectors.joining("", q.params().isEmpty() ? "" : " ", ""));
                out.printf("%-28s %s%s%n", q.name(), q.title().isEmpty() ? q.description() : q.title(), params);
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (name == null) {
            throw new InputException("name a saved query (see kgx query --list) or give a .rq file");
        }
        SavedQuery query = name.endsWith(".rq") && Files.isRegularFile(Path.of(name))
                ? SavedQuery.load(Path.of(name)) : SavedQuery.find(folder, name);
        QueryRunner.run(storeOptions.store(), query.bind(params), queryOptions.format, queryOptions.limits(),
                queryOptions.page(), out, spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    private Path queryFolder() {
        if (queries != null) {
            return queries;
        }
        String env = System.getenv("KGX_QUERIES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        if (Files.isDirectory(Path.of("queries"))) {
            return Path.of("queries");
        }
        String home = System.getProperty("kgx.home");
        return home != null ? Path.of(home, "queries") : Path.of("queries");
    }
}
