package dev.kgx.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to extract and the path that identifies its document in the store; or text read from standard input
 * ({@code kgx extract -}), which has a document path but no file.
 *
 * @param file         where the file is (for standard input, its name, never read)
 * @param documentPath its path relative to the folder it was found in, or its absolute path when it was given by
 *                     name, or the name given to standard input; always with {@code /} between folders
 * @param content      the bytes read from standard input, or null for a file
 */
public record InputFile(Path file, String documentPath, byte[] content) {
    public InputFile(Path file, String documentPath) {
        this(file, documentPath, null);
    }

    /** Bytes read from standard input, known as {@code name}. */
    public static InputFile fromStandardInput(String name, byte[] bytes) {
        return new InputFile(Path.of(name), name, bytes.clone()); // the name is what messages show
    }

    /**
     * The absolute, normalized path of the file: it tells a moved or deleted file from one that is still there.
     * Null for standard input, which is never taken as moved or gone.
     */
    public String location() {
        return content != null ? null : file.toAbsolutePath().normalize().toString();
    }

    /** The bytes to extract. */
    public byte[] bytes() throws IOException {
        return content != null ? content.clone() : Files.readAllBytes(file);
    }
}
