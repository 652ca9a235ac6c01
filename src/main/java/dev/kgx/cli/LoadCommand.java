package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.store.KgxStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code kgx load FILE-OR-DIR...}: documents' graphs written elsewhere, bulk-loaded into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Build a new store from documents' graphs in N-Quads files (.nq, .nq.gz; a folder: every "
                + "such file in it) with TDB2's bulk loader: one named graph per document, as extracted, as a "
                + "distributed run of the extraction writes them. The files are checked in full before anything is "
                + "loaded; what crosses documents is derived as extract derives it. The store must hold no graph "
                + "yet; add articles to an existing store with extract.")
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR", description = "N-Quads files, or folders of them")
    List<Path> inputs;

    @Option(names = "--derived", paramLabel = "DIR", description = "what crosses documents, derived elsewhere: "
            + "kgx-spark's OUT/derived (its files, gzipped or not); used instead of deriving it here")
    Path derived;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    UserDataOptions userData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        userData.apply(spec.commandLine().getErr()); // resolution across documents reads the lexicon
        List<Path> files = nquadsFiles(inputs);
        java.util.Optional<CrossDocumentResolution.GivenDerivation> derivation = derived == null
                ? java.util.Optional.empty() : java.util.Optional.of(derivation(derived));
        long start = System.nanoTime();
        try (KgxStore store = KgxStore.open(storeOptions.store())) {
            PrintWriter err = spec.commandLine().getErr();
            KgxStore.Loaded loaded = CrossDocumentResolution.standard().load(store, files, derivation, step -> {
                err.println("kgx: " + step);
                err.flush();
            });
            out.printf(Locale.ROOT, "loaded: %d documents, %d quads from %d file(s), with what crosses documents "
                            + "(%d merges), in %.1f s; store: %s%n", loaded.documents(), loaded.quads(), files.size(),
                    loaded.merges().size(), (System.nanoTime() - start) / 1e9, storeOptions.store());
        }
        return ExitCodes.OK;
    }

    /**
     * A derivation's folder: the rules it was made under ({@value CrossDocumentResolution.GivenDerivation#RULES_FILE}, which kgx-spark writes last) and the
     * lines of every other file (not those Spark marks as its own: _SUCCESS, .crc).
     */
    static CrossDocumentResolution.GivenDerivation derivation(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": no such folder (--derived names kgx-spark's OUT/derived)");
        }
        String rulesFile = CrossDocumentResolution.GivenDerivation.RULES_FILE;
        String rules;
        try {
            rules = Files.readString(dir.resolve(rulesFile), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new InputException(dir + ": not a derivation kgx-spark finished (no " + rulesFile + " file; "
                    + "--derived names kgx-spark's OUT/derived)", e);
        }
        List<String> lines = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.list(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("_") || name.startsWith(".")) {
                    continue;
                }
                try (java.io.InputStream raw = Files.newInputStream(f);
                     java.io.InputStream in = name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw) {
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().forEach(lines::add);
                }
            }
        } catch (java.io.IOException e) {
            throw new InputException(dir + ": cannot be read: " + e.getMessage(), e);
        }
        return new CrossDocumentResolution.GivenDerivation(rules, lines);
    }

    /** The N-Quads files named, and those inside the folders named, in order of path. */
    static List<Path> nquadsFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(LoadCommand::isNquads).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(input + ": cannot be read (" + e.getMessage() + ")", e);
                }
            } else if (Files.isRegularFile(input)) {
                if (!isNquads(input)) {
                    throw new InputException(input + ": not an N-Quads file (.nq, .nquads, optionally .gz)");
                }
                files.add(input);
            } else {
                throw new InputException(input + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new InputException("no N-Quads files (.nq, .nquads, optionally .gz) in " + inputs);
        }
        return files;
    }

    private static boolean isNquads(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nquads") || name.endsWith(".nq.gz")
                || name.endsWith(".nquads.gz");
    }
}
