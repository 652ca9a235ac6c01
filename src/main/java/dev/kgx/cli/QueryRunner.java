package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.store.KgxStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Runs a SPARQL query on a store and prints its result in the chosen format. */
final class QueryRunner {
    private QueryRunner() {
    }

    static void run(Path storeDir, String sparql, String format, long timeoutSeconds, PrintWriter out) {
        KgxStore.parse(sparql); // a malformed query is reported before the store is touched
        try (KgxStore store = KgxStore.openExisting(storeDir)) {
            run(store, sparql, format, timeoutSeconds, out);
        }
    }

    static void run(KgxStore store, String sparql, String format, long timeoutSeconds, PrintWriter out) {
        Query parsed = KgxStore.parse(sparql);
        String text = store.query(sparql, timeoutSeconds, qe -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            if (parsed.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format.toLowerCase(Locale.ROOT)) {
                    case "table" -> ResultSetFormatter.out(buf, rs, parsed.getPrefixMapping());
                    case "csv" -> ResultSetMgr.write(buf, rs, ResultSetLang.RS_CSV);
                    case "tsv" -> ResultSetMgr.write(buf, rs, ResultSetLang.RS_TSV);
                    case "json" -> ResultSetMgr.write(buf, rs, ResultSetLang.RS_JSON);
                    case "xml" -> ResultSetMgr.write(buf, rs, ResultSetLang.RS_XML);
                    default -> throw new InputException("unknown --format " + format
                            + " (table, csv, tsv, json or xml)");
                }
            } else if (parsed.isAskType()) {
                buf.writeBytes((qe.execAsk() + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                Model m = parsed.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(buf, m, Lang.TURTLE);
            }
            return buf.toString(StandardCharsets.UTF_8);
        });
        out.print(text);
        out.flush();
    }
}
