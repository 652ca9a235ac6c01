package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.export.HtmlReport;
import dev.kgx.model.EntityGraph;
import dev.kgx.store.EntityGraphReader;
import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kgx report -o report.html}: the graph as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML file (no network): an interactive drawing of the graph with "
                + "a search box, a timeline of events, the entities with their names in every script, and each "
                + "fact with its evidence sentences.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "report.html",
            description = "the HTML file to write (default ${DEFAULT-VALUE})")
    Path output;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new InputException(output + " is a folder: give a file name for -o");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new InputException(output + ": the folder " + target.getParent() + " does not exist");
        }
        EntityGraph graph;
        Map<String, List<EntityGraph.Evidence>> evidence;
        int documents;
        try (KgxStore store = KgxStore.openExisting(storeOptions.store())) {
            EntityGraphReader reader = new EntityGraphReader(store, QueryLimits.DEFAULT);
            graph = reader.read();
            evidence = reader.evidence();
            documents = reader.documents();
        }
        long events = graph.nodes().stream().filter(EntityGraph.Node::event).count();
        String summary = String.format(Locale.ROOT, "%d documents · %d entities · %d relations · %d events — %s",
                documents, graph.nodes().size() - events, graph.edges().stream()
                        .filter(e -> !e.predicate().equals("agent") && !e.predicate().equals("object")).count(),
                events, storeOptions.store());
        Path tmp = Files.createTempFile(target.getParent(), ".kgx-report-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                HtmlReport.write(graph, evidence, summary, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        spec.commandLine().getErr().println("kgx: wrote " + output + " (" + summary.substring(0,
                summary.indexOf(" —")) + ")");
        return ExitCodes.OK;
    }
}
