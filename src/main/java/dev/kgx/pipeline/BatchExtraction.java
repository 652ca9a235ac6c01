package dev.kgx.pipeline;

import dev.kgx.KgxException;
import dev.kgx.KgxException.InputException;
import dev.kgx.ingest.DocumentReader;
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
    }

    /** The outcome of a batch. */
    /** What a run did; {@code merges} are the cross-document merges made after the documents were stored. */
    public record Summary(int extracted, int unchanged, List<String> skipped, int entities, int relations,
                          int events, double seconds, List<EntityMerge> merges) {
    }

    private record Pending(int index, Path file, Future<Result> result) {
    }

    private record Result(DocumentGraph graph, String error, double seconds) {
    }

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

    public Summary run(List<Path> files, KgxStore store, boolean force, double minConfidence, Listener listener) {
        long start = System.nanoTime();
        int total = files.size();
        List<String> skipped = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        int[] counts = new int[4]; // extracted, unchanged, relations, events
        Deque<Pending> pending = new ArrayDeque<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kgx-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < total; i++) {
                Path file = files.get(i);
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    String why = file + ": cannot be read (" + e.getClass().getSimpleName() + ")";
                    skipped.add(why);
                    listener.skipped(i + 1, total, file, why);
                    continue;
                }
                String fileName = file.getFileName().toString();
                if (!force && DocumentReader.sha256(bytes).equals(store.documentHash(fileName))) {
                    counts[1]++;
                    listener.unchanged(i + 1, total, file);
                    continue;
                }
                pending.add(new Pending(i + 1, file, pool.submit(() -> analyse(fileName, bytes, file,
                        minConfidence))));
                while (pending.size() > threads) {
                    finish(pending.poll(), total, store, listener, skipped, entities, counts);
                }
            }
            while (!pending.isEmpty()) {
                finish(pending.poll(), total, store, listener, skipped, entities, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        List<EntityMerge> merges = counts[0] > 0 ? pipeline.resolveAcrossDocuments(store) : List.of();
        for (EntityMerge m : merges) {
            if (entities.remove(m.fromKey())) {
                entities.add(m.toKey());
            }
        }
        return new Summary(counts[0], counts[1], skipped, entities.size(), counts[2], counts[3],
                (System.nanoTime() - start) / 1e9, merges);
    }

    private Result analyse(String fileName, byte[] bytes, Path file, double minConfidence) {
        long t0 = System.nanoTime();
        try {
            DocumentGraph graph = pipeline.extract(pipeline.read(fileName, bytes, file.toString(), published),
                    minConfidence);
            return new Result(graph, null, (System.nanoTime() - t0) / 1e9);
        } catch (InputException e) {
            return new Result(null, e.getMessage(), 0);
        } catch (RuntimeException e) {
            return new Result(null, file + ": extraction failed: " + e, 0);
        }
    }

    private void finish(Pending p, int total, KgxStore store, Listener listener, List<String> skipped,
                        Set<String> entities, int[] counts) {
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
        long t0 = System.nanoTime();
        pipeline.store(store, r.graph());
        counts[0]++;
        counts[2] += r.graph().relations().size();
        counts[3] += r.graph().events().size();
        r.graph().entities().stream().map(Entity::key).forEach(entities::add);
        listener.extracted(p.index(), total, p.file(), r.graph(), r.seconds() + (System.nanoTime() - t0) / 1e9);
    }
}
