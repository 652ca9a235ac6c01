package dev.kgx.ingest;

import dev.kgx.model.InputFormat;
import dev.kgx.KgxException.InputException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The documents under the paths a user gives, each with the path that identifies it: a file inside a folder given
 * is known by its path relative to that folder ({@code deeper/x.txt}), a file given by name by its absolute path.
 * Two files never share a document: a run whose files would is refused before anything is read.
 */
public final class DocumentPaths {
    /** The character Java puts for bytes of a file name that are not UTF-8. */
    private static final char REPLACEMENT = '\uFFFD';

    private DocumentPaths() {
    }

    /**
     * The files kgx reads ({@link InputFormat}: .txt, .md, .html, .pdf, .docx…) under the paths, in order of
     * their document paths.
     *
     * @param unreadable told of each file left out, with the reason (a symbolic-link loop, a name that is not
     *                   UTF-8)
     * @throws InputException when a path does not exist, when Java reads file names in a charset other than
     *                        UTF-8, or when two files would be one document
     */
    public static List<InputFile> collect(List<Path> paths, Consumer<String> unreadable) {
        requireUtf8FileNames();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InputException(p + ": no such file or folder");
            }
        }
        Map<String, List<InputFile>> byDocument = new TreeMap<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                add(new InputFile(p, slashes(p.toAbsolutePath().normalize())), byDocument, unreadable);
                continue;
            }
            Path root = p;
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                                if (attrs.isRegularFile() && InputFormat.ofName(name) != null) {
                                    add(new InputFile(file, slashes(root.relativize(file))), byDocument, unreadable);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                String why = e instanceof FileSystemLoopException ? "symbolic link loop"
                                        : e.getClass().getSimpleName() + ": " + e.getMessage();
                                unreadable.accept(file + ": not read (" + why + ")");
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                throw new InputException(p + ": cannot be listed: " + e.getMessage(), e);
            }
        }
        List<String> clashes = byDocument.entrySet().stream()
                .filter(e -> e.getValue().stream().map(f -> f.file().toAbsolutePath().normalize()).distinct()
                        .count() > 1)
                .map(e -> e.getKey() + " (" + e.getValue().stream().map(f -> f.file().toString())
                        .distinct().collect(Collectors.joining(", ")) + ")")
                .toList();
        if (!clashes.isEmpty()) {
            throw new InputException("two files would be one document, which is known by its path inside the "
                    + "folder given: " + String.join("; ", clashes) + ". Extract those folders into separate "
                    + "stores, or give the folder that holds them both");
        }
        List<InputFile> out = new ArrayList<>();
        byDocument.values().forEach(files -> out.add(files.get(0)));
        return out;
    }

    private static void add(InputFile f, Map<String, List<InputFile>> byDocument, Consumer<String> unreadable) {
        if (f.documentPath().indexOf(REPLACEMENT) >= 0) {
            unreadable.accept(f.file() + ": not read (its name is not UTF-8, so it cannot be told from other "
                    + "such names; rename it)");
            return;
        }
        byDocument.computeIfAbsent(f.documentPath(), k -> new ArrayList<>()).add(f);
    }

    private static boolean isUtf8(String charsetName) {
        try {
            return Charset.forName(charsetName).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** A path with {@code /} between its parts, whatever the platform's separator. */
    static String slashes(Path p) {
        List<String> parts = new ArrayList<>();
        if (p.getRoot() != null) {
            parts.add(p.getRoot().toString().replace('\\', '/').replaceAll("/$", ""));
        }
        p.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /**
     * File names are bytes; Java decodes them with the charset of the locale it started in. Under a POSIX
     * locale that is ASCII, and every Chinese name decodes to the same question marks: refuse rather than store
     * different files as one document. The launcher starts Java with a UTF-8 locale.
     */
    private static void requireUtf8FileNames() {
        String jnu = System.getProperty("sun.jnu.encoding");
        if (jnu != null && !isUtf8(jnu)) {
            throw new InputException("Java reads file names as " + jnu + ", not UTF-8, so names in Chinese "
                    + "would be garbled: run kgx through its launcher, or with a UTF-8 locale (LC_ALL=C.UTF-8)");
        }
    }
}
