package dev.kgx.cli;

import dev.kgx.Resources;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --lexicon DIR}: the user's own entities, cue words and trigger words, in files laid out as kgx's own
 * ({@code lexicon/entities.tsv}, {@code lang/zh/triggers.tsv}…). Without it, {@code $XDG_CONFIG_HOME/kgx} (else
 * {@code ~/.config/kgx}) is read when it exists.
 */
public final class UserDataOptions {
    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "your own data files (entities, cue words, trigger words…) in the layout of kgx's: "
                    + "lexicon/entities.tsv, lang/en/triggers.tsv… (default: ~/.config/kgx when it exists)")
    List<Path> lexicon;

    /** Reads the user's folders before anything loads; says which are used. */
    void apply(PrintWriter err) {
        List<Path> dirs = new ArrayList<>();
        if (lexicon != null) {
            dirs.addAll(lexicon);
        } else {
            Path config = defaultFolder();
            if (config != null && Files.isDirectory(config)) {
                dirs.add(config);
            }
        }
        Resources.useUserData(dirs);
        List<Path> files = Resources.userDataFiles();
        if (!files.isEmpty()) {
            err.println("kgx: your data: " + files.size() + " file(s) from " + dirs);
            err.flush();
        }
    }

    private static Path defaultFolder() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "kgx");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".config", "kgx");
    }
}
