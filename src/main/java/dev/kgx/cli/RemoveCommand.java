package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.store.KgxStore;
import dev.kgx.store.KgxStore.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code kgx remove DOC...}: documents out of the store. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove documents and everything extracted from them. A DOC is a document's path as the "
                + "store knows it (kgx stats lists them), or the file it was read from. Nothing is removed when a "
                + "DOC is not in the store.")
public final class RemoveCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DOC", description = "document paths or files")
    List<String> documents;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    UserDataOptions userData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        userData.apply(spec.commandLine().getErr()); // resolution across documents reads the lexicon
        try (KgxStore store = KgxStore.openExistingToChange(storeOptions.store())) {
            List<StoredDocument> stored = store.documents();
            Set<String> paths = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String doc : documents) {
                String path = find(doc, stored);
                if (path == null) {
                    unknown.add(doc);
                } else {
                    paths.add(path);
                }
            }
            if (!unknown.isEmpty()) {
                throw new InputException("not in the store at " + storeOptions.store() + ": "
                        + String.join(", ", unknown) + " (kgx stats lists its documents); nothing was removed");
            }
            List<String> removed = store.removeDocuments(paths);
            removed.forEach(p -> out.println("removed: " + p));
            CrossDocumentResolution.standard().apply(store);
            out.printf(Locale.ROOT, "documents: %d removed; store: %s%n", removed.size(), storeOptions.store());
        }
        return ExitCodes.OK;
    }

    /** The stored document a DOC names: its path, else the document read from that file; or null. */
    private static String find(String doc, List<StoredDocument> stored) {
        for (StoredDocument d : stored) {
            if (d.path().equals(doc)) {
                return d.path();
            }
        }
        String file = Path.of(doc).toAbsolutePath().normalize().toString();
        for (StoredDocument d : stored) {
            if (file.equals(d.sourceFile())) {
                return d.path();
            }
        }
        return null;
    }
}
