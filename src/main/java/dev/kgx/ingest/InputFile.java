package dev.kgx.ingest;

import java.nio.file.Path;

/**
 * A file to extract and the path that identifies its document in the store.
 *
 * @param file         where the file is
 * @param documentPath its path relative to the folder it was found in, or its absolute path when it was given by
 *                     name; always with {@code /} between folders
 */
public record InputFile(Path file, String documentPath) {
    /** The absolute, normalized path of the file: it tells a moved or deleted file from one that is still there. */
    public String location() {
        return file.toAbsolutePath().normalize().toString();
    }
}
