package dev.kgx.cli;

import dev.kgx.store.KgxStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code kgx compact}: the store rewritten without the space old versions of its data took. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrite the store with only its live data, every index packed (each block full), and "
                + "delete the old files. "
                + "extract does this by itself when the store has grown past twice its size after the last "
                + "compaction.")
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KgxStore store = KgxStore.openExistingToChange(storeOptions.store())) {
            KgxStore.Compaction c = store.compact();
            spec.commandLine().getOut().printf(Locale.ROOT, "compacted %s: %.1f MB -> %.1f MB%n",
                    storeOptions.store(), c.before() / 1e6, c.after() / 1e6);
        }
        return ExitCodes.OK;
    }
}
