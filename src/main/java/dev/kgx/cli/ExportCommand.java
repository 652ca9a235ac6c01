package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.store.KgxStore;
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

/** {@code kgx export}: the graph as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as RDF. Turtle, N-Triples and JSON-LD hold the merged graph; TriG and "
                + "N-Quads keep one named graph per document.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "turtle",
            description = "turtle, trig, nquads, ntriples or jsonld (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RDFFormat rdf = switch (format.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> RDFFormat.TURTLE_PRETTY;
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "nquads", "nq" -> RDFFormat.NQUADS_UTF8;
            case "ntriples", "nt" -> RDFFormat.NTRIPLES_UTF8;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD_PRETTY;
            default -> throw new InputException("unknown --format " + format
                    + " (turtle, trig, nquads, ntriples or jsonld)");
        };
        try (KgxStore store = KgxStore.openExisting(storeOptions.store())) {
            if (output == null) {
                // streamed: a large store is never held in memory as text
                java.io.PrintWriter writer = spec.commandLine().getOut();
                OutputStream out = org.apache.commons.io.output.WriterOutputStream.builder().setWriter(writer)
                        .setCharset(java.nio.charset.StandardCharsets.UTF_8).get();
                store.export(rdf, out);
                out.flush();
                writer.flush();
            } else {
                writeFile(store, rdf);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Writes beside the target and moves into place, so a failed export never leaves half a file; the file gets
     * the permissions a newly created file gets (the umask's), or keeps those of the file it replaces.
     */
    private void writeFile(KgxStore store, RDFFormat rdf) throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new InputException(output + " is a folder: give a file name for -o");
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new InputException(output + ": the folder " + dir + " does not exist");
        }
        Path tmp = dir.resolve(".kgx-export-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                store.export(rdf, out);
            }
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            if (e instanceof IOException io) {
                throw new InputException(output + ": cannot be written (" + io.getMessage() + ")", io);
            }
            throw e;
        }
        spec.commandLine().getErr().println("kgx: wrote " + output);
    }
}
