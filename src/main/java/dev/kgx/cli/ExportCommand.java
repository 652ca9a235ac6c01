package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.export.GraphFiles;
import dev.kgx.model.EntityGraph;
import dev.kgx.store.EntityGraphReader;
import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import org.apache.jena.riot.RDFFormat;
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
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code kgx export}: the graph as RDF, or as a property graph for graph tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as RDF (Turtle, N-Triples and JSON-LD hold the merged graph; TriG and "
                + "N-Quads keep one named graph per document), or as a property graph for graph tools: GraphML, "
                + "GEXF, or CSV (nodes.csv and edges.csv in the folder given with -o).")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "turtle",
            description = "turtle, trig, nquads, ntriples, jsonld, graphml, gexf or csv (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE instead of standard output (for csv: a folder, created if needed)")
    Path output;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    /** What writes the export into a stream. */
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        GraphFiles.Format graphFormat = GraphFiles.Format.fromName(format);
        if (graphFormat != null) {
            return exportGraph(graphFormat);
        }
        RDFFormat rdf = switch (format.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> RDFFormat.TURTLE_PRETTY;
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "nquads", "nq" -> RDFFormat.NQUADS_UTF8;
            case "ntriples", "nt" -> RDFFormat.NTRIPLES_UTF8;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD_PRETTY;
            default -> throw new InputException("unknown --format " + format
                    + " (turtle, trig, nquads, ntriples, jsonld, graphml, gexf or csv)");
        };
        try (KgxStore store = KgxStore.openExisting(storeOptions.store())) {
            write(out -> store.export(rdf, out));
        }
        return ExitCodes.OK;
    }

    private Integer exportGraph(GraphFiles.Format graphFormat) throws IOException {
        if (graphFormat == GraphFiles.Format.CSV && output == null) {
            throw new InputException("--format csv writes two files, nodes.csv and edges.csv: give the folder "
                    + "for them with -o");
        }
        if (graphFormat == GraphFiles.Format.CSV && Files.exists(output) && !Files.isDirectory(output)) {
            throw new InputException(output + " is a file: --format csv writes nodes.csv and edges.csv into the "
                    + "folder given with -o");
        }
        EntityGraph graph;
        try (KgxStore store = KgxStore.openExisting(storeOptions.store())) {
            graph = new EntityGraphReader(store, QueryLimits.DEFAULT).read();
        }
        switch (graphFormat) {
            case GRAPHML -> write(out -> GraphFiles.graphMl(graph, out));
            case GEXF -> write(out -> GraphFiles.gexf(graph, out));
            case CSV -> {
                Files.createDirectories(output);
                writeFile(output.resolve("nodes.csv"), out -> GraphFiles.nodesCsv(graph, out));
                writeFile(output.resolve("edges.csv"), out -> GraphFiles.edgesCsv(graph, out));
            }
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "kgx: %d nodes (%d events), %d edges%n",
                graph.nodes().size(), graph.nodes().stream().filter(EntityGraph.Node::event).count(),
                graph.edges().size());
        return ExitCodes.OK;
    }

    /** To standard output (streamed: a large store is never held in memory as text), or to the -o file. */
    private void write(Body body) throws IOException {
        if (output == null) {
            java.io.PrintWriter writer = spec.commandLine().getOut();
            OutputStream out = org.apache.commons.io.output.WriterOutputStream.builder().setWriter(writer)
                    .setCharset(java.nio.charset.StandardCharsets.UTF_8).get();
            body.write(out);
            out.flush();
            writer.flush();
        } else {
            writeFile(output, body);
        }
    }

    /**
     * Writes beside the target and moves into place, so a failed export never leaves half a file; the file gets
     * the permissions a newly created file gets (the umask's), or keeps those of the file it replaces.
     */
    private void writeFile(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new InputException(file + " is a folder: give a file name for -o");
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new InputException(file + ": the folder " + dir + " does not exist");
        }
        Path tmp = dir.resolve(".kgx-export-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                body.write(out);
            }
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            if (e instanceof IOException io) {
                throw new InputException(file + ": cannot be written (" + io.getMessage() + ")", io);
            }
            throw e;
        }
        spec.commandLine().getErr().println("kgx: wrote " + file);
    }
}
