package dev.kgx.store;

import dev.kgx.model.WorkField;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonRowSnapshotTest {
    private static final Node A = NodeFactory.createURI("https://kgx.dev/id/doc/a.txt");
    private static final Node B = NodeFactory.createURI("https://kgx.dev/id/doc/b.txt");

    private static Map<Node, List<DerivedState.PersonRow>> rows() {
        return Map.of(
                A, List.of(new DerivedState.PersonRow("a.txt", "maria lopez", List.of("Maria Lopez"),
                        Set.of("玛丽亚·洛佩斯"), Set.of("acme"), Set.of())),
                B, List.of(new DerivedState.PersonRow("b.txt", "diana", List.of("Diana", "Di\u0001ana\\"),
                        Set.of(), Set.of("acme", "globex"), Set.of(WorkField.values()[0]))));
    }

    @Test
    void rowsReadBackAsWrittenUnderTheIdOfTheirContent(@TempDir Path dir) throws Exception {
        String id = PersonRowSnapshot.write(dir, rows());
        assertEquals(rows(), PersonRowSnapshot.read(dir, id));
        assertEquals(id, PersonRowSnapshot.write(dir, rows()), "the same rows, the same id");
        assertNull(PersonRowSnapshot.read(dir, "another id"), "a file the sources do not name is not used");
        assertNull(PersonRowSnapshot.read(dir, null));
    }

    @Test
    void aDamagedOrMissingFileIsNotUsed(@TempDir Path dir) throws Exception {
        assertNull(PersonRowSnapshot.read(dir, "any"), "no file");
        String id = PersonRowSnapshot.write(dir, rows());
        Path file = dir.resolve(PersonRowSnapshot.FILE);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 10));
        assertNull(PersonRowSnapshot.read(dir, id), "cut short");
        byte[] flipped = whole.clone();
        flipped[12] ^= 0x20;
        Files.write(file, flipped);
        assertNull(PersonRowSnapshot.read(dir, id), "a byte changed");
        byte[] huge = whole.clone();
        huge[8] = 0x7f; // the first string's length: two gigabytes
        Files.write(file, huge);
        assertNull(PersonRowSnapshot.read(dir, id), "a length no row has");
    }
}
