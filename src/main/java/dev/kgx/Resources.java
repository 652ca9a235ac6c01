package dev.kgx;

import dev.kgx.KgxException.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reads kgx's data files: UTF-8 lines, with blank lines and {@code #} comments left out. A user's own data
 * ({@code extract --lexicon DIR}, or {@code ~/.config/kgx/}) adds lines to them without a rebuild: a file of the
 * user's folder at the path of a built-in one under {@code dev/kgx/} ({@code lexicon/entities.tsv},
 * {@code lang/en/triggers.tsv}…) is read after it, in the same format. The folders are set once per process,
 * before anything is loaded.
 */
public final class Resources {
    /** Where kgx's data files are, in the jar. */
    static final String DATA = "dev/kgx/";
    /** Files whose lines are settings, not entries: another value for one would be a second setting. */
    private static final Set<String> NOT_EXTENSIBLE = Set.of("language.tsv", "dependencies.tsv");

    private static volatile List<Path> userData = List.of();

    private Resources() {
    }

    public static List<String> lines(String resource) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (is the build complete?)");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            read(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        if (resource.startsWith(DATA)) {
            for (Path dir : userData) {
                Path file = dir.resolve(resource.substring(DATA.length()));
                if (Files.isRegularFile(file)) {
                    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        read(r, out);
                    } catch (IOException e) {
                        throw new InputException(file + ": cannot be read as UTF-8 (" + e.getMessage() + ")", e);
                    }
                }
            }
        }
        return out;
    }

    private static void read(BufferedReader r, List<String> out) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
    }

    /**
     * Sets the folders of the user's own data, checked first: every file in them must be at the path of a data
     * file kgx reads (a misspelt name would otherwise be ignored in silence).
     */
    public static void useUserData(List<Path> dirs) {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir + ": no such folder (--lexicon names a folder of your own data files)");
            }
            for (Path file : files(dir)) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (!(relative.startsWith("lexicon/") || relative.startsWith("lang/") || relative.startsWith("ingest/"))
                        || Resources.class.getClassLoader().getResource(DATA + relative) == null
                        || NOT_EXTENSIBLE.contains(file.getFileName().toString())) {
                    throw new InputException(file + ": not a data file kgx reads from your folder (a file there "
                            + "takes the path of a built-in one under lexicon/, lang/ or ingest/: "
                            + "lexicon/entities.tsv, lang/en/triggers.tsv…; see README, Your own lexicon)");
                }
            }
        }
        userData = List.copyOf(dirs);
    }

    /** The user's data files in use. */
    public static List<Path> userDataFiles() {
        List<Path> out = new ArrayList<>();
        userData.forEach(dir -> out.addAll(files(dir)));
        return out;
    }

    /**
     * A digest of the user's data (each file's path and bytes), or "-" without any: documents extracted with
     * other data are extracted again.
     */
    public static String userDataFingerprint() {
        if (userData.isEmpty()) {
            return "-";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path dir : userData) {
                for (Path file : files(dir)) {
                    digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new InputException("your data files cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<Path> files(Path dir) {
        try (var walk = Files.walk(dir)) {
            // hidden files and folders (.git, .DS_Store) are no data
            return walk.filter(Files::isRegularFile).filter(f -> java.util.stream.StreamSupport
                    .stream(dir.relativize(f).spliterator(), false).noneMatch(p -> p.toString().startsWith(".")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
