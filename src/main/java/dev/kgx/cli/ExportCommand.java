package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.store.KgxStore;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                store.export(rdf, buf);
                spec.commandLine().getOut().print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                // write beside the target and move into place, so a failed export never leaves half a file
                Path dir = output.toAbsolutePath().getParent();
                Path tmp = Files.createTempFile(dir, ".kgx-export", ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    store.export(rdf, out);
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getErr().println("kgx: wrote " + output);
            }
        }
        return ExitCodes.OK;
    }
}
