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

    /**
     * What a language needs is read from its profile (lang/<language>/), chosen once per document: no stage asks
     * which language a document is in. Only the identifier, which decides it, names languages; the old
     * TokensRegex matcher, which is being removed, still asks.
     */
    @Test
    void noStageBranchesOnTheDocumentsLanguage() throws IOException {
        java.util.regex.Pattern fork = java.util.regex.Pattern.compile(
                "isChinese\\(\\)|Language\\.(CHINESE_SIMPLIFIED|CHINESE_TRADITIONAL|ENGLISH|PORTUGUESE|OTHER)\\b"
                        + "|case (CHINESE_SIMPLIFIED|CHINESE_TRADITIONAL|PORTUGUESE)\\b");
        java.util.Set<String> allowed = java.util.Set.of("model/Language.java", "ingest/LanguageIdentifier.java",
                "nlp/TokensRegexSentenceMatcher.java");
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/dev/kgx");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!allowed.contains(name) && fork.matcher(Files.readString(f)).find()) {
                    violations.add(name + " branches on a language; read it from the LanguageProfile instead");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static final class Set3 {
        static final java.util.Set<String> JENA = java.util.Set.of("rdf", "store", "cli");
    }
}
