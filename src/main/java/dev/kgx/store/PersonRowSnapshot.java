package dev.kgx.store;

import dev.kgx.model.WorkField;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private static final int FORMAT = 3;
    private static final int DIGEST_BYTES = 32;

    private PersonRowSnapshot() {
    }

    /*
     * The format: FORMAT; the strings (their number, then each as its UTF-8 length and bytes), each once; the graphs
     * (their number, then each as its IRI's string, its number of rows and the rows); each row as string numbers
     * (document, key, then labels, other names, employers and fields, each list led by its length); last, the
     * SHA-256 of all that. Integers are 4 bytes, big-endian. A string table instead of the strings in every row:
     * a path, a key, a common name or an employer recurs in thousands of rows, and is read (and kept in memory
     * through the derivation) once.
     */

    /** The rows by document graph, or null when there is no file of this id (or it cannot be read). */
    static Map<Node, List<DerivedState.PersonRow>> read(Path storeDir, String id) {
        Path file = storeDir.resolve(FILE);
        if (id == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            // one read and one digest of the whole file: read through a digest stream integer by integer, the
            // reading of 500,000 rows took a second (27 MB at 100,000 documents; a file past what one array holds
            // is not one this kgx wrote)
            if (Files.size(file) > Integer.MAX_VALUE - 64) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < DIGEST_BYTES + 8) {
                return null;
            }
            MessageDigest digest = sha256();
            digest.update(bytes, 0, bytes.length - DIGEST_BYTES);
            byte[] content = digest.digest();
            if (!HexFormat.of().formatHex(content).equals(id) || !java.util.Arrays.equals(content, 0, DIGEST_BYTES,
                    bytes, bytes.length - DIGEST_BYTES, bytes.length)) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - DIGEST_BYTES);
            if (in.getInt() != FORMAT) {
                return null;
            }
            String[] strings = new String[count(in)];
            for (int i = 0; i < strings.length; i++) {
                int length = count(in);
                strings[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            WorkField[] fields = new WorkField[strings.length];
            int graphs = count(in);
            Map<Node, List<DerivedState.PersonRow>> out = new HashMap<>(graphs * 2);
            for (int i = 0; i < graphs; i++) {
                Node g = NodeFactory.createURI(strings[index(in, strings)]);
                int n = count(in);
                List<DerivedState.PersonRow> rows = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    rows.add(row(in, strings, fields));
                }
                out.put(g, rows);
            }
            return in.hasRemaining() ? null : out;
        } catch (IOException | RuntimeException e) {
            return null; // damaged: the sources have the rows
        }
    }

    /**
     * Writes the rows, graphs in order (into a temporary file first, then moved over the old one); returns the
     * file's id.
     */
    static String write(Path storeDir, Map<Node, List<DerivedState.PersonRow>> rowsByGraph) throws IOException {
        Map<String, List<DerivedState.PersonRow>> inOrder = new TreeMap<>();
        rowsByGraph.forEach((g, rows) -> inOrder.put(g.getURI(), rows));
        Map<String, Integer> numbers = new HashMap<>();
        java.io.ByteArrayOutputStream stringBytes = new java.io.ByteArrayOutputStream();
        DataOutputStream strings = new DataOutputStream(stringBytes);
        java.io.ByteArrayOutputStream rowBytes = new java.io.ByteArrayOutputStream();
        DataOutputStream rows = new DataOutputStream(rowBytes);
        java.util.function.ToIntFunction<String> number = s -> numbers.computeIfAbsent(s, k -> {
            byte[] utf8 = k.getBytes(StandardCharsets.UTF_8);
            try {
                strings.writeInt(utf8.length);
                strings.write(utf8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return numbers.size();
        });
        rows.writeInt(inOrder.size());
        for (var e : inOrder.entrySet()) {
            rows.writeInt(number.applyAsInt(e.getKey()));
            rows.writeInt(e.getValue().size());
            for (DerivedState.PersonRow row : e.getValue()) {
                row(rows, row, number);
            }
        }
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream(stringBytes.size()
                + rowBytes.size() + 64);
        DataOutputStream out = new DataOutputStream(whole);
        out.writeInt(FORMAT);
        out.writeInt(numbers.size());
        stringBytes.writeTo(out);
        rowBytes.writeTo(out);
        byte[] content = whole.toByteArray();
        byte[] digest = sha256().digest(content);
        Path file = storeDir.resolve(FILE);
        Path temporary = storeDir.resolve(FILE + ".tmp");
        try (OutputStream raw = Files.newOutputStream(temporary)) {
            raw.write(content);
            raw.write(digest); // last: a file cut short has no digest of what it holds
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** One row, field by field (sets in order, so that the same rows make the same file). */
    private static void row(DataOutputStream out, DerivedState.PersonRow row,
                            java.util.function.ToIntFunction<String> number) throws IOException {
        out.writeInt(number.applyAsInt(row.document()));
        out.writeInt(number.applyAsInt(row.key()));
        strings(out, row.labels(), number);
        strings(out, new java.util.TreeSet<>(row.otherNames()), number);
        strings(out, new java.util.TreeSet<>(row.employerKeys()), number);
        strings(out, row.fields().stream().map(Enum::name).sorted().toList(), number);
    }

    private static void strings(DataOutputStream out, java.util.Collection<String> items,
                                java.util.function.ToIntFunction<String> number) throws IOException {
        out.writeInt(items.size());
        for (String item : items) {
            out.writeInt(number.applyAsInt(item));
        }
    }

    private static DerivedState.PersonRow row(ByteBuffer in, String[] strings, WorkField[] fields) {
        String document = strings[index(in, strings)];
        String key = strings[index(in, strings)];
        List<String> labels = List.of(strings(in, strings));
        Set<String> otherNames = Set.of(strings(in, strings));
        Set<String> employerKeys = Set.of(strings(in, strings));
        int n = count(in);
        Set<WorkField> workFields = n == 0 ? Set.of() : java.util.EnumSet.noneOf(WorkField.class);
        for (int i = 0; i < n; i++) {
            int s = index(in, strings);
            if (fields[s] == null) {
                fields[s] = WorkField.valueOf(strings[s]);
            }
            workFields.add(fields[s]);
        }
        // immutable already: the row keeps them as they are instead of copying them
        return new DerivedState.PersonRow(document, key, labels, otherNames, employerKeys, workFields);
    }

    private static String[] strings(ByteBuffer in, String[] strings) {
        String[] out = new String[count(in)];
        for (int i = 0; i < out.length; i++) {
            out[i] = strings[index(in, strings)];
        }
        return out;
    }

    /** A number of items, never more than the bytes left could hold (a damaged file allocates nothing huge). */
    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("not a number of items: " + n);
        }
        return n;
    }

    private static int index(ByteBuffer in, String[] strings) {
        int i = in.getInt();
        if (i < 0 || i >= strings.length) {
            throw new IllegalStateException("not a string's number: " + i);
        }
        return i;
    }
}
