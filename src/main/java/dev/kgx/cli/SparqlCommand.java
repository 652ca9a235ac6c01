package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code kgx sparql 'QUERY'}: an ad-hoc query. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = "Run an ad-hoc SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all documents.")
public final class SparqlCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "the query text")
    String query;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "read the query from a file")
    Path file;

    @Mixin
    QueryOptions queryOptions;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((query == null) == (file == null)) {
            throw new InputException("give the query as an argument or with -f FILE (one of them)");
        }
        String text = query;
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }
        QueryRunner.run(storeOptions.store(), text, queryOptions.format, queryOptions.limits(), queryOptions.page(),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
