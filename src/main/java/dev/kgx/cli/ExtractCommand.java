package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.ingest.DocumentPaths;
import dev.kgx.ingest.DocumentReader;
import dev.kgx.ingest.FormatDetector;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import dev.kgx.ingest.InputFile;
import dev.kgx.model.InputFormat;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.TemporalValue;
import dev.kgx.pipeline.BatchExtraction;
import dev.kgx.pipeline.Pipeline;
import dev.kgx.store.KgxStore;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code kgx extract PATH...}: articles into the store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, relations and events from articles (.txt, .md, .html, .htm, .pdf and "
                + ".docx files; folders recursively; - reads standard input) into the store. Each document gets its own named graph; unchanged files are "
                + "skipped. Afterwards, people named only by a given name are merged with the one person of other "
                + "documents whose full name starts with it and who shares an organization with them; each merge "
                + "is printed (see the saved query merged-entities).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders, or - for standard input")
    List<Path> paths;

    @Option(names = "--name", paramLabel = "NAME", description = "the document path of what - reads (default: "
            + "stdin.txt, .html, .pdf or .docx by its content); its extension says its format, and extracting "
            + "again under the same name replaces it")
    String stdinName;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    UserDataOptions userData;

    @Option(names = "--force", description = "extract again even when a file is unchanged")
    boolean force;

    @Option(names = "--prune", description = "remove the documents of the folders (and files) given whose files "
            + "are gone")
    boolean prune;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "keep only facts with confidence at least X (0 to 1; default ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "documents analysed at once (default: one per processor)")
    int threads;

    @Option(names = "--no-dependencies",
            description = "leave CoreNLP's dependency parser out: a faster start (about 3 s), and facts come only "
                    + "from the frames over the words, not also from the parse of sentences that name two entities "
                    + "around a trigger word")
    boolean noDependencies;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = PublicationDateConverter.class,
            description = "the publication date of every file of this run (also YYYY-MM or YYYY when only that "
                    + "is known): relative dates (今日, 去年12月, \"announced Tuesday\", \"in July\") are "
                    + "resolved against it. A Markdown file's front-matter date (date:, published:) wins over it; "
                    + "without either, a date stated near the top of the text is used, else relative dates stay "
                    + "undated.")
    TemporalValue published;

    /**
     * Reads {@code --published}; a value that is no calendar date is a usage error (exit code 2). The Spark job's
     * command line reads its option of the same name with it too.
     */
    public static final class PublicationDateConverter implements CommandLine.ITypeConverter<TemporalValue> {
        @Override
        public TemporalValue convert(String value) {
            return TemporalValue.tryParse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a date: give the publication date as YYYY-MM-DD (e.g. 2024-05-17), "
                            + "or YYYY-MM or YYYY"));
        }
    }

    /** When a progress bar replaces the line per document. */
    enum Progress { AUTO, ALWAYS, NEVER }

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "a progress bar with rate and time left on standard error: auto (on a terminal, where it "
                    + "replaces the line per document; the default), always, never")
    Progress progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.checkMinConfidence(minConfidence);
        if (threads <= 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        userData.apply(err);
        List<String> notRead = new ArrayList<>();
        List<Path> fileArguments = paths.stream().filter(p -> !p.toString().equals("-")).toList();
        boolean stdin = fileArguments.size() < paths.size();
        if (paths.size() - fileArguments.size() > 1) {
            throw new InputException("- (standard input) is given more than once");
        }
        if (stdinName != null && !stdin) {
            throw new InputException("--name names what - reads from standard input, and no - is given");
        }
        List<InputFile> files = new ArrayList<>(DocumentPaths.collect(fileArguments, why -> {
            notRead.add(why);
            err.println(why);
            err.flush();
        }));
        if (stdin) {
            InputFile piped = standardInput();
            if (files.stream().anyMatch(f -> f.documentPath().equals(piped.documentPath()))) {
                throw new InputException("--name " + piped.documentPath() + " is also the path of a file of this "
                        + "run: give another name");
            }
            files.add(piped);
        }
        if (files.isEmpty() && !prune) {
            throw new InputException("no " + InputFormat.allExtensions() + " files under " + paths);
        }
        Pipeline pipeline = Pipeline.standard(!noDependencies);
        BatchExtraction.Summary summary;
        boolean terminal = System.console() != null;
        boolean bar = progress == Progress.ALWAYS || progress == Progress.AUTO && terminal && files.size() > 1;
        boolean lines = !(bar && terminal);
        try (KgxStore store = KgxStore.open(storeOptions.store())) {
            ProgressBar progressBar = bar ? progressBar(files.size(), terminal, err) : null;
            try {
                summary = new BatchExtraction(pipeline, threads, published).run(files, store, force, minConfidence,
                    new BatchExtraction.Listener() {
                        @Override
                        public void analysisDone() {
                            // the models take about 1.5 GB of the heap; the derivation over a large store needs it
                            dev.kgx.nlp.NlpModels.shared().release();
                        }

                        @Override
                        public void firstAnalysis() {
                            err.println("kgx: loading the NLP models (once per run; 10 to 30 s)...");
                            err.flush();
                        }

                        private void step() {
                            if (progressBar != null) {
                                progressBar.step();
                            }
                        }

                        @Override
                        public void extracted(int index, int total, Path file, DocumentGraph g, double seconds) {
                            step();
                            if (!lines) {
                                g.warnings().forEach(w -> err.printf(Locale.ROOT, "%n%s: warning: %s%n", file, w));
                                return;
                            }
                            out.printf(Locale.ROOT, "[%d/%d] %s: %s, %d entities, %d relations, %d events (%.2f s)%n",
                                    index, total, file, g.source().language().tag(), g.entities().size(),
                                    g.relations().size(), g.events().size(), seconds);
                            g.warnings().forEach(w -> err.printf(Locale.ROOT, "[%d/%d] %s: warning: %s%n", index,
                                    total, file, w));
                            out.flush();
                            err.flush();
                        }

                        @Override
                        public void unchanged(int index, int total, Path file) {
                            step();
                            if (!lines) {
                                return;
                            }
                            out.printf(Locale.ROOT, "[%d/%d] %s: unchanged, skipped (use --force to extract again)%n",
                                    index, total, file);
                        }

                        @Override
                        public void moved(int index, int total, Path file, Set<String> from) {
                            out.printf(Locale.ROOT, "[%d/%d] %s: moved from %s (same bytes; the old document goes)%n",
                                    index, total, file, String.join(", ", from));
                        }

                        @Override
                        public void skipped(int index, int total, Path file, String reason) {
                            step();
                            err.printf(Locale.ROOT, "[%d/%d] %s: skipped: %s%n", index, total, file, reason);
                            err.flush();
                        }
                    });
            } finally {
                if (progressBar != null) {
                    progressBar.close(); // done before the summary lines
                }
            }
            if (prune) {
                List<String> removed = new BatchExtraction(pipeline, threads).prune(fileArguments, files, store);
                removed.forEach(r -> out.println("pruned: " + r + " (its file is gone)"));
                out.printf(Locale.ROOT, "pruned %d document(s)%n", removed.size());
            }
            summary.merges().forEach(m -> out.printf(Locale.ROOT, "merged across documents: %s into %s: %s%n",
                    m.fromKey(), m.toKey(), m.reason()));
            validate(store, summary.documents(), out);
            KgxStore.Compaction compaction = store.compactIfGrown();
            if (compaction != null) {
                out.printf(Locale.ROOT, "store compacted: %.1f MB -> %.1f MB (it had grown past twice its live size)%n",
                        compaction.before() / 1e6, compaction.after() / 1e6);
            }
        }
        out.printf(Locale.ROOT, "documents: %d extracted, %d unchanged, %d skipped; entities: %d; relations: %d; "
                        + "events: %d; %.1f s (storing %.2f s, across documents %.2f s); store: %s%n",
                summary.extracted(), summary.unchanged(), summary.skipped().size() + notRead.size(),
                summary.entities(), summary.relations(), summary.events(), summary.seconds(),
                summary.storingSeconds(), summary.acrossSeconds(), storeOptions.store());
        if (!summary.skipped().isEmpty() || !notRead.isEmpty()) {
            out.println("skipped:");
            notRead.forEach(s -> out.println("  " + s));
            summary.skipped().forEach(s -> out.println("  " + s));
            return ExitCodes.PARTIAL;
        }
        return ExitCodes.OK;
    }

    /**
     * A bar on standard error counting documents, with their rate and the time left: redrawn in place on a
     * terminal, a line per update elsewhere (a log).
     */
    private static ProgressBar progressBar(int total, boolean terminal, PrintWriter err) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("extract").setInitialMax(total)
                .setUnit(" docs", 1).showSpeed(new java.text.DecimalFormat("0.0")).setUpdateIntervalMillis(terminal ? 500 : 5000)
                .setStyle(ProgressBarStyle.ASCII);
        if (!terminal) {
            builder.setConsumer(new DelegatingProgressBarConsumer(line -> {
                err.println(line);
                err.flush();
            }));
        }
        return builder.build();
    }

    /** What standard input holds, named by --name or by its format. */
    private InputFile standardInput() {
        byte[] bytes;
        try {
            bytes = System.in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new InputException("standard input cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new InputException("standard input is empty (- reads an article from it)");
        }
        // without a name, one per content: two different articles piped in never replace each other
        String name = stdinName != null ? stdinName : "stdin-" + DocumentReader.sha256(bytes).substring(0, 12)
                + "." + FormatDetector.detect(bytes).extension();
        if (name.isBlank() || name.startsWith("/") || name.contains("\\")) {
            throw new InputException("--name must be a relative document path such as feed/item.html, not " + name);
        }
        if (InputFormat.ofName(name) == null) {
            throw new InputException("--name " + name + " needs an extension that says the format ("
                    + InputFormat.allExtensions() + ")");
        }
        return InputFile.fromStandardInput(name, bytes);
    }

    /** Validates the graphs of the documents of this run (what a run adds; the rest was validated when added). */
    private static void validate(KgxStore store, List<String> documents, PrintWriter out) {
        if (documents.isEmpty()) {
            return;
        }
        try (InputStream shapes = ExtractCommand.class.getResourceAsStream("/dev/kgx/ontology/shapes.ttl")) {
            if (shapes == null) {
                out.println("SHACL: shapes not found in the build; validation skipped");
                return;
            }
            ValidationReport report = store.validate(shapes, documents);
            if (report.conforms()) {
                out.println("SHACL: " + (documents.size() == 1 ? "the document of this run conforms"
                        : "the " + documents.size() + " documents of this run conform") + " to ontology/shapes.ttl");
            } else {
                out.println("SHACL: " + report.getEntries().size() + " violation(s) of ontology/shapes.ttl:");
                int n = 0;
                for (ReportEntry e : report.getEntries()) {
                    if (n++ == 10) {
                        out.println("  ...");
                        break;
                    }
                    out.println("  " + e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ")
                            + e.message());
                }
            }
        } catch (IOException e) {
            out.println("SHACL: cannot read shapes: " + e.getMessage());
        }
    }
}
