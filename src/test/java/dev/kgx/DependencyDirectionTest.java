package dev.kgx;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keeps the layering: NLP libraries only under nlp/, Jena only under rdf/, store/ and cli/, model/ pure. */
class DependencyDirectionTest {
    @Test
    void librariesAreImportedOnlyWhereTheyBelong() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/dev/kgx");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getParent() == null ? "" : root.relativize(f).getParent().toString();
                String src = Files.readString(f);
                if ((src.contains("import edu.stanford.") || src.contains("import com.hankcs.")) && !pkg.equals("nlp")) {
                    violations.add(f + " uses an NLP library outside nlp/");
                }
                if (src.contains("import org.apache.jena.") && !Set3.JENA.contains(pkg)) {
                    violations.add(f + " uses Jena outside rdf/, store/, cli/");
                }
                if (pkg.equals("model") && src.contains("import org.") ) {
                    violations.add(f + " makes model/ depend on a library");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static final class Set3 {
        static final java.util.Set<String> JENA = java.util.Set.of("rdf", "store", "cli");
    }
}
