package dev.kgx.pipeline;

import dev.kgx.KgxException;
import dev.kgx.KgxException.InputException;
import dev.kgx.ingest.DocumentReader;
import dev.kgx.ingest.InputFile;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.TemporalValue;
import dev.kgx.store.KgxStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extracts a list of files into a store. Unchanged files (same SHA-256 as stored) are skipped before any analysis;
 * the others are analysed on several threads that share the models, and stored one by one, in input order, each in
 * its own write transaction. A file that cannot be read or analysed is skipped with its reason and never stops the
 * batch.
 */
public final class BatchExtraction {
    /** What happened to each file, as it happens. */
    public interface Listener {
        void extracted(int index, int total, Path file, DocumentGraph graph, double seconds);

        void unchanged(int index, int total, Path file);

        void skipped(int index, int total, Path file, String reason);

        /** The file is a document the store holds under another path whose file is gone: a rename or a move. */
        default void moved(int index, int total, Path file, Set<String> from) {
        }

        /** The first document to analyse is about to be: the NLP models load now, once per process. */
        default void firstAnalysis() {
        }

        /**
         * Every document of the run is analysed and stored; what crosses documents is derived next, and needs no
         * NLP model (a command that ends here may let the models go and give their memory to the derivation).
         */
        default void analysisDone() {
        }
    }

    /**
     * What a run did; {@code merges} are the cross-document merges made after the documents were stored;
     * {@code storingSeconds} the time spent writing documents into the store and {@code acrossSeconds} deriving
     * what crosses documents (what a large store costs beyond the analysis); {@code documents} the paths stored.
     */
    public record Summary(int extracted, int unchanged, List<String> skipped, int entities, int relations,
                          int events, double seconds, List<EntityMerge> merges, double storingSeconds,
                          double acrossSeconds, List<String> documents) {
    }

    /**
     * What the documents of a run state, each fact once however many documents state it, as the store holds it:
     * so the summary's counts are of one kind (distinct entities, distinct relations, distinct events).
     */
    private static final class Found {
        final Set<String> entities = new HashSet<>();
        final Set<List<String>> relations = new HashSet<>();
        final Set<List<String>> events = new HashSet<>();
        final List<String> documents = new ArrayList<>();
        long storingNanos;

        void add(DocumentGraph g) {
            documents.add(g.source().path());
            g.entities().stream().map(Entity::key).forEach(entities::add);
            g.relations().forEach(r -> relations.add(r.predicate().symmetric()
                    && r.subjectKey().compareTo(r.objectKey()) > 0
                    ? List.of(r.objectKey(), r.predicate().term(), r.subjectKey())
                    : List.of(r.subjectKey(), r.predicate().term(), r.objectKey())));
            g.events().forEach(e -> events.add(java.util.Arrays.asList(e.type().className(), e.agentKey(),
                    e.objectKey())));
        }

        void rename(String from, String to) {
            if (entities.remove(from)) {
                entities.add(to);
            }
            replaceIn(relations, from, to);
            replaceIn(events, from, to);
        }

        private static void replaceIn(Set<List<String>> facts, String from, String to) {
            List<List<String>> renamed = new ArrayList<>();
            facts.removeIf(f -> {
                if (!f.contains(from)) {
                    return false;
                }
                renamed.add(f.stream().map(k -> from.equals(k) ? to : k).toList());
                return true;
            });
            facts.addAll(renamed);
        }
    }

    private record Pending(int index, InputFile input, Set<String> replacing, Future<Result> result) {
        Path file() {
            return input.file();
        }
    }

    private record Result(DocumentGraph graph, String error, double seconds) {
    }

    /** A document extracted and not yet stored, and when its extraction ended ({@link System#nanoTime}). */
    private record Done(Pending pending, Result result, long at) {
    }

    /**
     * Extracted documents are stored together in one pair of write transactions, up to this many, or once the
     * first of them has waited {@link #MAX_WAIT_NANOS}: each transaction copies the B+tree blocks it changes (one
     * document per transaction left about 4.8 MB of copies each, and half of a run went to storing). A run killed
     * loses at most these few seconds of extraction, done again by the next run.
     */
    static final int DOCUMENTS_PER_COMMIT = 32;
    static final long MAX_WAIT_NANOS = 2_000_000_000L;

    private final Pipeline pipeline;
    private final int threads;
    private final TemporalValue published;

    public BatchExtraction(Pipeline pipeline, int threads) {
        this(pipeline, threads, null);
    }

    /**
     * @param published the publication date of every file of the run ({@code kgx extract --published}), or null;
     *                  a Markdown file's front-matter date wins over it
     */
    public BatchExtraction(Pipeline pipeline, int threads, TemporalValue published) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.published = published;
    }

    public Summary run(List<InputFile> files, KgxStore store, boolean force, double minConfidence,
                       Listener listener) {
        long start = System.nanoTime();
        int total = files.size();
        List<String> skipped = new ArrayList<>();
        Found found = new Found();
        int[] counts = new int[2]; // extracted, unchanged
        Deque<Pending> pending = new ArrayDeque<>();
        List<Done> done = new ArrayList<>();
        String settings = pipeline.settings(minConfidence, published);
        Set<String> inRun = new HashSet<>();
        files.forEach(f -> inRun.add(f.documentPath()));
        boolean analysing = false;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kgx-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < total; i++) {
                InputFile input = files.get(i);
                Path file = input.file();
                byte[] bytes;
                try {
                    bytes = input.bytes();
                } catch (IOException e) {
                    String why = file + ": cannot be read (" + e.getClass().getSimpleName() + ")";
                    skipped.add(why);
                    listener.skipped(i + 1, total, file, why);
                    continue;
                }
                String path = input.documentPath();
                String hash = DocumentReader.sha256(bytes);
                String storedHash = store.documentHash(path);
                if (!force && hash.equals(storedHash) && settings.equals(store.documentSettings(path))) {
                    counts[1]++;
                    listener.unchanged(i + 1, total, file);
                    continue;
                }
                Set<String> movedFrom = storedHash != null ? Set.of() : movedFrom(hash, store, inRun);
                if (!movedFrom.isEmpty()) {
                    listener.moved(i + 1, total, file, movedFrom);
                }
                if (!analysing) {
                    analysing = true;
                    listener.firstAnalysis();
                }
                pending.add(new Pending(i + 1, input, movedFrom, pool.submit(() -> analyse(path, bytes, file,
                        minConfidence))));
                while (pending.size() > threads) {
                    finish(pending.poll(), total, listener, skipped, done);
                    if (done.size() >= DOCUMENTS_PER_COMMIT
                            || !done.isEmpty() && System.nanoTime() - done.get(0).at() >= MAX_WAIT_NANOS) {
                        storeDone(done, total, store, settings, listener, found, counts);
                    }
                }
            }
            while (!pending.isEmpty()) {
                finish(pending.poll(), total, listener, skipped, done);
            }
            storeDone(done, total, store, settings, listener, found, counts);
        } finally {
            pool.shutdownNow();
        }
        listener.analysisDone();
        // derived data is recomputed when documents changed, and when an earlier run was stopped before it was
        long across = System.nanoTime();
        List<EntityMerge> merges = counts[0] > 0 || store.isStale() ? pipeline.resolveAcrossDocuments(store)
                : List.of();
        double acrossSeconds = (System.nanoTime() - across) / 1e9;
        for (EntityMerge m : merges) {
            found.rename(m.fromKey(), m.toKey());
        }
        return new Summary(counts[0], counts[1], skipped, found.entities.size(), found.relations.size(),
                found.events.size(), (System.nanoTime() - start) / 1e9, merges, found.storingNanos / 1e9,
                acrossSeconds, List.copyOf(found.documents));
    }

    /**
     * Removes the stored documents whose files were read from under the paths given ({@code roots}: folders, or
     * files given by name) and are gone, unless this run extracted them; then resolves across documents again.
     *
     * @return the paths of the documents removed
     */
    public List<String> prune(List<Path> roots, List<InputFile> extracted, KgxStore store) {
        Set<String> inRun = new HashSet<>();
        extracted.forEach(f -> inRun.add(f.documentPath()));
        List<String> gone = new ArrayList<>();
        for (KgxStore.StoredDocument d : store.documents()) {
            if (d.sourceFile() != null && !inRun.contains(d.path()) && under(Path.of(d.sourceFile()), roots)
                    && Files.notExists(Path.of(d.sourceFile()))) {
                gone.add(d.path());
            }
        }
        List<String> removed = store.removeDocuments(gone);
        if (!removed.isEmpty() || store.isStale()) {
            pipeline.resolveAcrossDocuments(store);
        }
        return removed;
    }

    private static boolean under(Path file, List<Path> roots) {
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (file.equals(r) || file.startsWith(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The documents a new file continues: stored with the same bytes under a path that is not in this run, read
     * from a file that is no longer there. Re-extracting under the new path and dropping the old graph in the same
     * transaction gives what a fresh build of the folder gives.
     */
    private static Set<String> movedFrom(String hash, KgxStore store, Set<String> inRun) {
        Set<String> from = new java.util.TreeSet<>();
        for (KgxStore.StoredDocument d : store.documentsWithHash(hash)) {
            if (!inRun.contains(d.path()) && d.sourceFile() != null && Files.notExists(Path.of(d.sourceFile()))) {
                from.add(d.path());
            }
        }
        return from;
    }

    private Result analyse(String path, byte[] bytes, Path file, double minConfidence) {
        long t0 = System.nanoTime();
        try {
            DocumentGraph graph = pipeline.extract(pipeline.read(path, bytes, file.toString(), published),
                    minConfidence);
            return new Result(graph, null, (System.nanoTime() - t0) / 1e9);
        } catch (InputException e) {
            return new Result(null, e.getMessage(), 0);
        } catch (RuntimeException e) {
            return new Result(null, file + ": extraction failed: " + e, 0);
        }
    }

    private void finish(Pending p, int total, Listener listener, List<String> skipped, List<Done> done) {
        Result r;
        try {
            r = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgxException("extraction interrupted", e);
        } catch (ExecutionException e) {
            r = new Result(null, p.file() + ": extraction failed: " + e.getCause(), 0);
        }
        if (r.graph() == null) {
            skipped.add(r.error());
            listener.skipped(p.index(), total, p.file(), r.error());
            return;
        }
        done.add(new Done(p, r, System.nanoTime()));
    }

    /** Stores the documents extracted so far in one pair of transactions, then reports each. */
    private void storeDone(List<Done> done, int total, KgxStore store, String settings, Listener listener,
                           Found found, int[] counts) {
        if (done.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        pipeline.store(store, done.stream().map(d -> new Pipeline.Extracted(d.result().graph(),
                d.pending().input().location(), d.pending().replacing())).toList(), settings);
        long nanos = System.nanoTime() - t0;
        found.storingNanos += nanos;
        for (Done d : done) {
            counts[0]++;
            found.add(d.result().graph());
            listener.extracted(d.pending().index(), total, d.pending().file(), d.result().graph(),
                    d.result().seconds() + nanos / 1e9 / done.size());
        }
        done.clear();
    }
}
