package dev.kgx.pipeline;

import dev.kgx.mention.Cues;
import dev.kgx.mention.Lexicon;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.EntityProfile;
import dev.kgx.resolve.CorpusResolver;
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

    private final CorpusResolver resolver;

    public CrossDocumentResolution(CorpusResolver resolver) {
        this.resolver = resolver;
    }

    /** With the standard cues, and the lexicon's entries as the well-known people never split. */
    public static CrossDocumentResolution standard() {
        Lexicon lexicon = Lexicon.load();
        return new CrossDocumentResolution(new CorpusResolver(Cues.load(), key -> lexicon.byId(key) != null));
    }

    /** Derives everything across documents again; returns the merges that are new. */
    public List<EntityMerge> apply(KgxStore store) {
        return store.recomputeDerived(resolver::splits, new KgxStore.MergeFinder() {
            @Override
            public List<EntityMerge> find(List<EntityProfile> profiles) {
                return resolver.resolve(profiles);
            }

            @Override
            public String blockingWord(String name) {
                return CorpusResolver.firstWord(name);
            }
        }, MAX_ROUNDS);
    }
}
