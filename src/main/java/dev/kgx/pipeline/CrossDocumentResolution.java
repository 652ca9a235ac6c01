package dev.kgx.pipeline;

import dev.kgx.ingest.DocumentReader;
import dev.kgx.mention.Cues;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.resolve.CorpusResolver;
import dev.kgx.store.CrossDocumentParts;
import dev.kgx.store.KgxStore;

import java.util.List;

/**
 * What is derived across documents after a change to the store: people of one name told apart, then people
 * named by a given name merged ({@link CorpusResolver}), and the graphs queries see derived again
 * ({@link KgxStore#recomputeDerived}). It needs the cue and lexicon files, never an NLP model, so that
 * {@code kgx remove} runs it without loading one.
 */
public final class CrossDocumentResolution {
    /** A merge can enable another (a node gains a name or an employer): a few rounds settle it. */
    static final int MAX_ROUNDS = 3;

    /**
     * The version of the rules of {@link CorpusResolver} and of its blocking word: raise it when they change, so
     * that stores derive everything again under the new ones.
     */
    static final int RULES_VERSION = 1;

    private final CorpusResolver resolver;
    private final String rules;

    /**
     * @param rules what decides the resolver's splits and merges besides the documents (data files, version), as
     *              a fingerprint ({@link KgxStore.MergeFinder#rules})
     */
    public CrossDocumentResolution(CorpusResolver resolver, String rules) {
        this.resolver = resolver;
        this.rules = rules;
    }

    /** With the standard cues, and the lexicon's entries as the well-known people never split. */
    public static CrossDocumentResolution standard() {
        Lexicon lexicon = Lexicon.load();
        return new CrossDocumentResolution(new CorpusResolver(Cues.load(), key -> lexicon.byId(key) != null),
                "corpus resolver " + RULES_VERSION + "; given names " + digest(GIVEN_NAMES) + "; lexicon "
                        + digest(Lexicon.RESOURCE));
    }

    /** The given names the resolver merges by ({@link Cues#isGivenName}); the lexicon names the well-known. */
    private static final String GIVEN_NAMES = "dev/kgx/lexicon/given-names.txt";

    /** A digest of a data file's lines as kgx reads them (the user's own lines included). */
    private static String digest(String resource) {
        return DocumentReader.sha256(String.join("\n", dev.kgx.Resources.lines(resource))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Derives everything across documents again; returns the merges that are new. */
    public List<EntityMerge> apply(KgxStore store) {
        return store.recomputeDerived(resolver::splits, mergeFinder(resolver, rules), MAX_ROUNDS);
    }

    /**
     * Builds a new store from documents' graphs in N-Quads files ({@link KgxStore#load}), with what is derived
     * across documents; {@code progress} is told each step done, for people to read.
     */
    public KgxStore.Loaded load(KgxStore store, List<java.nio.file.Path> files,
                                java.util.function.Consumer<String> progress) {
        return load(store, files, java.util.Optional.empty(), progress);
    }

    /**
     * A derivation made elsewhere: the lines {@link #deriveComponent} gave for each component, and the
     * {@link #rules} they were made under.
     */
    public record GivenDerivation(String rules, List<String> lines) {
        /** The file of a derivation's folder that says the rules it was made under, written after the lines. */
        public static final String RULES_FILE = "_RULES";
    }

    /**
     * As {@link #load(KgxStore, List, java.util.function.Consumer)}, with the derivation made elsewhere instead of
     * deriving it here.
     *
     * @throws dev.kgx.KgxException.InputException when it was made under other rules than these (nothing changes)
     */
    public KgxStore.Loaded load(KgxStore store, List<java.nio.file.Path> files,
                                java.util.Optional<GivenDerivation> derivation,
                                java.util.function.Consumer<String> progress) {
        derivation.ifPresent(d -> {
            if (!d.rules().equals(rules)) {
                throw new dev.kgx.KgxException.InputException("the derivation given was made under other rules ("
                        + d.rules() + ") than this kgx's (" + rules + "); load without it, and what crosses "
                        + "documents is derived here");
            }
        });
        KgxStore.Loaded loaded = store.load(files, derivation.map(GivenDerivation::lines), resolver::splits,
                mergeFinder(resolver, rules), MAX_ROUNDS, progress);
        if (store.isStale()) { // a document's quads came apart: derived from the store
            return new KgxStore.Loaded(loaded.documents(), loaded.quads(), apply(store));
        }
        return loaded;
    }

    /** What decides the splits and merges besides the documents (data files, version), as a fingerprint. */
    public String rules() {
        return rules;
    }

    /** The nodes by which an encoded person row joins others into a component ({@link CrossDocumentParts#joins}). */
    public java.util.Set<String> joins(String row) {
        return CrossDocumentParts.joins(row, mergeFinder(resolver, rules));
    }

    /** One component's derivation, as lines that {@code kgx load --derived} reads. */
    public List<String> deriveComponent(String component, List<String> rows) {
        return CrossDocumentParts.deriveComponent(component, rows, resolver::splits, mergeFinder(resolver, rules),
                MAX_ROUNDS);
    }

    /** The derivation of every row here, on one machine, in the same lines (what the components' lines add up to). */
    public List<String> deriveAll(List<String> rows) {
        return CrossDocumentParts.deriveAll(rows, resolver::splits, mergeFinder(resolver, rules), MAX_ROUNDS);
    }

    /**
     * The corpus resolver's merges as the store asks for them: with the first word of a name as the word that
     * pairs names, and the fingerprint of the rules they follow.
     */
    public static KgxStore.MergeFinder mergeFinder(CorpusResolver resolver, String rules) {
        return new KgxStore.MergeFinder() {
            @Override
            public List<EntityMerge> find(List<EntityProfile> profiles) {
                return resolver.resolve(profiles);
            }

            @Override
            public String blockingWord(String name) {
                return CorpusResolver.firstWord(name);
            }

            @Override
            public String rules() {
                return rules;
            }
        };
    }
}
