package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a SPARQL query on a store and streams its result in the chosen format: CSV, TSV, JSON and XML rows are
 * written as they are found, never held in memory (a table needs every row to size its columns).
 */
final class QueryRunner {
    /** Formats of SELECT and ASK results. */
    static final Set<String> FORMATS = Set.of("table", "csv", "tsv", "json", "xml");
    /** Formats of CONSTRUCT and DESCRIBE graphs ("table", the default, prints Turtle). */
    static final Set<String> GRAPH_FORMATS = Set.of("turtle", "ntriples", "jsonld", "rdfxml", "trig");

    /**
     * How long after its timeout a query may still run before the process ends it. ARQ stops a query between
     * solutions; one regular expression that backtracks catastrophically never returns to it.
     */
    static final long RUNAWAY_GRACE_MILLIS = 2000;

    private static volatile boolean exitOnRunaway;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kgx-query-watchdog");
        t.setDaemon(true);
        return t;
    });

    private QueryRunner() {
    }

    /**
     * Makes a query that outlives its timeout end the process with the timeout message (exit code 1). Only the
     * command-line entry point asks for it: a library caller keeps its process.
     */
    static void exitOnRunawayQueries() {
        exitOnRunaway = true;
    }

    /**
     * The rows of a SELECT result to print: from {@code offset}, at most {@code limit}. The rest are still
     * counted, so that a page can say how many rows there are in all.
     */
    record Page(long offset, long limit) {
        static final Page ALL = new Page(0, Long.MAX_VALUE);
    }

    static void run(Path storeDir, String sparql, String format, QueryLimits limits, Page page, PrintWriter out,
                    PrintWriter err) {
        checkFormat(KgxStore.parse(sparql), format); // a bad query or format is reported before the store is touched
        try (KgxStore store = KgxStore.openExisting(storeDir)) {
            warnIfStale(store, err);
            long[] counted = run(store, sparql, format, limits, page, out);
            if (!page.equals(Page.ALL) && counted != null) {
                long last = page.offset() + counted[0];
                if (counted[0] == 0) {
                    err.printf(Locale.ROOT, "kgx: no rows after row %d: %d in all%n", page.offset(), counted[1]);
                } else {
                    List<String> notes = new ArrayList<>();
                    if (counted[2] == 1) {
                        notes.add("counting stopped at the " + limits.timeoutSeconds() + " s timeout");
                    }
                    if (last < counted[1]) {
                        notes.add("--offset " + last + " for the next page");
                    }
                    err.printf(Locale.ROOT, "kgx: rows %d-%d of %s%d%s%n", page.offset() + 1, last,
                            counted[2] == 1 ? "at least " : "", counted[1],
                            notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
                }
                err.flush();
            }
        }
    }

    /** Says so when the last extract or remove stopped before deriving the merges across documents. */
    static void warnIfStale(KgxStore store, PrintWriter err) {
        if (store.isStale()) {
            err.println("kgx: note: the last extract or remove on this store did not finish (or an older kgx made "
                    + "it); merges across documents and the entity index may be out of date until the next "
                    + "'kgx extract' completes");
            err.flush();
        }
    }

    static void run(KgxStore store, String sparql, String format, QueryLimits limits, PrintWriter out) {
        run(store, sparql, format, limits, Page.ALL, out);
    }

    /** Runs a query, printing one page of a SELECT result; returns the rows printed and the rows in all (SELECT). */
    static long[] run(KgxStore store, String sparql, String format, QueryLimits limits, Page page,
                      PrintWriter out) {
        Query parsed = KgxStore.parse(sparql);
        checkFormat(parsed, format);
        ScheduledFuture<?> watchdog = exitOnRunaway ? WATCHDOG.schedule(() -> {
            System.err.println("kgx: " + KgxStore.timeoutMessage(limits.timeoutSeconds()));
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.FAILURE);
        }, TimeUnit.SECONDS.toMillis(limits.timeoutSeconds()) + RUNAWAY_GRACE_MILLIS, TimeUnit.MILLISECONDS) : null;
        try (OutputStream stream = WriterOutputStream.builder().setWriter(new NonClosing(out))
                .setCharset(StandardCharsets.UTF_8).get()) {
            return store.query(sparql, limits, qe -> {
                String f = format.toLowerCase(Locale.ROOT);
                if (parsed.isSelectType()) {
                    long[] counts = new long[3];
                    ResultSet all = qe.execSelect();
                    ResultSet rs = page.equals(Page.ALL) ? all : firstRows(all, page, counts);
                    switch (f) {
                        case "table" -> TextTable.write(rs, parsed.getPrefixMapping(), out);
                        case "csv" -> ResultSetMgr.write(stream, rs, ResultSetLang.RS_CSV);
                        case "tsv" -> ResultSetMgr.write(stream, rs, ResultSetLang.RS_TSV);
                        case "json" -> ResultSetMgr.write(stream, rs, ResultSetLang.RS_JSON);
                        default -> ResultSetMgr.write(stream, xmlSafe(rs), ResultSetLang.RS_XML);
                    }
                    if (!page.equals(Page.ALL)) {
                        // the page is out before the rest is counted, which can take until the timeout
                        flush(stream);
                        out.flush();
                        countRest(all, counts);
                    }
                    return counts;
                } else if (parsed.isAskType()) {
                    boolean answer = qe.execAsk();
                    switch (f) {
                        case "table" -> write(stream, answer + "\n");
                        case "csv" -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_CSV);
                        case "tsv" -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_TSV);
                        case "json" -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_JSON);
                        default -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_XML);
                    }
                } else {
                    Model m = parsed.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    m.setNsPrefixes(parsed.getPrefixMapping());
                    RDFDataMgr.write(stream, m, switch (f) {
                        case "ntriples" -> RDFFormat.NTRIPLES_UTF8;
                        case "jsonld" -> RDFFormat.JSONLD_PRETTY;
                        case "rdfxml" -> RDFFormat.RDFXML_PRETTY;
                        case "trig" -> RDFFormat.TRIG_PRETTY;
                        default -> RDFFormat.TURTLE_PRETTY;
                    });
                }
                return (long[]) null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            out.flush();
        }
    }

    /**
     * The rows of a page of a result set, read at once: those before the offset skipped and counted, then at most
     * the page's limit kept (a page is printed whole anyway: the table format measures its columns first). Sets
     * {@code counts} to the rows kept and the rows read so far.
     */
    private static ResultSet firstRows(ResultSet rows, Page page, long[] counts) {
        while (counts[1] < page.offset() && rows.hasNext()) {
            rows.nextBinding();
            counts[1]++;
        }
        List<org.apache.jena.sparql.engine.binding.Binding> kept = new ArrayList<>();
        while (kept.size() < page.limit() && rows.hasNext()) {
            kept.add(rows.nextBinding());
            counts[1]++;
        }
        counts[0] = kept.size();
        return org.apache.jena.sparql.engine.ResultSetStream.create(
                org.apache.jena.sparql.core.Var.varList(rows.getResultVars()), kept.iterator());
    }

    private static void flush(OutputStream stream) {
        try {
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the rows after a page into {@code counts[1]}; {@code counts[2]} is 1 if the timeout stopped it. */
    private static void countRest(ResultSet rows, long[] counts) {
        try {
            while (rows.hasNext()) {
                rows.nextBinding();
                counts[1]++;
            }
        } catch (org.apache.jena.query.QueryCancelledException e) {
            counts[2] = 1;
        }
    }

    /**
     * XML 1.0 has no way to write most control characters, not even as character references ({@code &#x000C;}
     * makes the document not well-formed): in literals they become U+FFFD, so that every XML parser reads the
     * result. Tab, line feed and carriage return stay.
     */
    static ResultSet xmlSafe(ResultSet rs) {
        java.util.Iterator<org.apache.jena.sparql.engine.binding.Binding> rows = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return rs.hasNext();
            }

            @Override
            public org.apache.jena.sparql.engine.binding.Binding next() {
                var in = rs.nextBinding();
                var out = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
                in.forEach((v, n) -> out.add(v, xmlSafe(n)));
                return out.build();
            }
        };
        return org.apache.jena.sparql.engine.ResultSetStream.create(
                org.apache.jena.sparql.core.Var.varList(rs.getResultVars()), rows);
    }

    private static org.apache.jena.graph.Node xmlSafe(org.apache.jena.graph.Node n) {
        if (!n.isLiteral()) {
            return n;
        }
        String lexical = n.getLiteralLexicalForm();
        String safe = dev.kgx.XmlText.safe(lexical);
        if (safe.equals(lexical)) {
            return n;
        }
        return n.getLiteralLanguage().isEmpty()
                ? org.apache.jena.graph.NodeFactory.createLiteralDT(safe, n.getLiteralDatatype())
                : org.apache.jena.graph.NodeFactory.createLiteralLang(safe, n.getLiteralLanguage());
    }

    /** SELECT and ASK take result formats; CONSTRUCT and DESCRIBE graph formats ("table" prints Turtle). */
    private static void checkFormat(Query query, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (graph ? !(f.equals("table") || GRAPH_FORMATS.contains(f)) : !FORMATS.contains(f)) {
            throw new InputException("--format " + format + " is not one for a " + (graph
                    ? "CONSTRUCT or DESCRIBE query (turtle, ntriples, jsonld, rdfxml or trig)"
                    : (query.isAskType() ? "ASK" : "SELECT") + " query (table, csv, tsv, json or xml)"));
        }
    }

    private static void write(OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command's writer stays open when the stream over it closes: picocli owns it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
