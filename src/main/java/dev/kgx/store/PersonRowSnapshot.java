package dev.kgx.store;

import dev.kgx.model.WorkField;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A copy of every document's person rows ({@link DerivedState.PersonRow}) in one file beside the store, read in
 * one sequential pass. The sources database stays the record: each row there is a literal of its own, and reading
 * 500,000 of them back (one node-table read each) took about a third of a derivation. The file is only used when
 * the sources name it by its id (the SHA-256 of its content, so that the same rows give the same id whatever
 * happened before); the derivation removes that id whenever it changes rows, and records the new one once it has
 * written the file again, so that a run killed in between reads the rows from the sources.
 */
final class PersonRowSnapshot {
    /** The file's name in the store's folder. */
    static final String FILE = "kgx-person-rows";
    private static final int FORMAT = 2;
    /** Longer than any row: a length beyond it is a damaged file, not a reason to allocate gigabytes. */
    private static final int MAX_STRING = 1 << 24;

    private PersonRowSnapshot() {
    }

    /** The rows by document graph, or null when there is no file of this id (or it cannot be read). */
    static Map<Node, List<DerivedState.PersonRow>> read(Path storeDir, String id) {
        Path file = storeDir.resolve(FILE);
        if (id == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream digest = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha256());
             DataInputStream in = new DataInputStream(digest)) {
            if (in.readInt() != FORMAT) {
                return null;
            }
            int graphs = in.readInt();
            Map<Node, List<DerivedState.PersonRow>> out = new HashMap<>(graphs * 2);
            // one instance of each string: a document's path, an employer's key, a common name repeat in thousands
            // of rows, and the rows stay in memory through the derivation (fewer objects, shorter collections)
            Map<String, String> pool = new HashMap<>();
            for (int i = 0; i < graphs; i++) {
                Node g = NodeFactory.createURI(string(in));
                int n = in.readInt();
                List<DerivedState.PersonRow> rows = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    rows.add(row(in, pool));
                }
                out.put(g, rows);
            }
            digest.on(false);
            String content = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            return content.equals(id) && in.readUTF().equals(id) ? out : null;
        } catch (IOException | RuntimeException e) {
            return null; // truncated or damaged: the sources have the rows
        }
    }

    /**
     * Writes the rows, graphs in order (into a temporary file first, then moved over the old one); returns the
     * file's id.
     */
    static String write(Path storeDir, Map<Node, List<DerivedState.PersonRow>> rowsByGraph) throws IOException {
        Path file = storeDir.resolve(FILE);
        Path temporary = storeDir.resolve(FILE + ".tmp");
        String id;
        try (OutputStream raw = Files.newOutputStream(temporary);
             DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(raw, 1 << 16), sha256());
             DataOutputStream out = new DataOutputStream(digest)) {
            out.writeInt(FORMAT);
            out.writeInt(rowsByGraph.size());
            Map<String, List<DerivedState.PersonRow>> inOrder = new TreeMap<>();
            rowsByGraph.forEach((g, rows) -> inOrder.put(g.getURI(), rows));
            for (var e : inOrder.entrySet()) {
                string(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (DerivedState.PersonRow row : e.getValue()) {
                    row(out, row);
                }
            }
            out.flush();
            digest.on(false);
            id = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            out.writeUTF(id); // last: a file cut short has no id
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * One row, field by field (sets in order, so that the same rows make the same file): read back without the
     * splitting and unescaping of the sources' one-literal form, which took as long as the rest of the reading.
     */
    private static void row(DataOutputStream out, DerivedState.PersonRow row) throws IOException {
        string(out, row.document());
        string(out, row.key());
        strings(out, row.labels());
        strings(out, new java.util.TreeSet<>(row.otherNames()));
        strings(out, new java.util.TreeSet<>(row.employerKeys()));
        strings(out, row.fields().stream().map(Enum::name).sorted().toList());
    }

    private static DerivedState.PersonRow row(DataInputStream in, Map<String, String> pool) throws IOException {
        String document = pooled(string(in), pool);
        String key = pooled(string(in), pool);
        List<String> labels = strings(in, pool);
        List<String> otherNames = strings(in, pool);
        List<String> employerKeys = strings(in, pool);
        List<String> fields = strings(in, pool);
        // immutable already: the row keeps them as they are instead of copying them
        return new DerivedState.PersonRow(document, key, List.copyOf(labels), Set.copyOf(otherNames),
                Set.copyOf(employerKeys), fields.isEmpty() ? Set.of()
                : java.util.EnumSet.copyOf(fields.stream().map(WorkField::valueOf).toList()));
    }

    private static String pooled(String s, Map<String, String> pool) {
        String known = pool.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    private static void strings(DataOutputStream out, java.util.Collection<String> items) throws IOException {
        out.writeInt(items.size());
        for (String item : items) {
            string(out, item);
        }
    }

    private static List<String> strings(DataInputStream in, Map<String, String> pool) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("not a number of names: " + n);
        }
        List<String> out = new ArrayList<>(Math.min(n, 16));
        for (int i = 0; i < n; i++) {
            out.add(pooled(string(in), pool));
        }
        return out;
    }

    /** A string of any length (writeUTF stops at 64 KB). */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("not a string's length: " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
