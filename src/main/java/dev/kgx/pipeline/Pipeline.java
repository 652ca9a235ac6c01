package dev.kgx.pipeline;

import dev.kgx.extract.DependencyFrameProposer;
import dev.kgx.extract.FactAssembly;
import dev.kgx.extract.FactProposer;
import dev.kgx.extract.FactExtractor;
import dev.kgx.extract.PersonDescriptions;
import dev.kgx.extract.ProductKnowledge;
import dev.kgx.ingest.DocumentReader;
import dev.kgx.ingest.TextChunks;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.mention.MentionDetector;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityMerge;
import dev.kgx.model.Event;
import dev.kgx.model.Mention;
import dev.kgx.model.Relation;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.TemporalValue;
import dev.kgx.nlp.Analyzer;
import dev.kgx.nlp.CoreNlpStructureParser;
import dev.kgx.nlp.ProfileAnalyzer;
import dev.kgx.nlp.StructureParser;
import dev.kgx.nlp.NlpModels;
import dev.kgx.nlp.SurfaceFrameProposer;
import dev.kgx.rdf.GraphMapper;
import dev.kgx.resolve.CorpusResolver;
import dev.kgx.resolve.EntityResolver;
import dev.kgx.resolve.RuleBasedEntityResolver;
import dev.kgx.store.KgxStore;

import java.util.List;

/**
 * The extraction pipeline, wired in reading order: ingest, analyze, mentions, resolve, facts, RDF, store.
 * Build one per process: it holds the NLP models.
 */
public final class Pipeline {
    private final DocumentReader reader;
    private final Analyzer analyzer;
    private final MentionDetector mentions;
    private final EntityResolver resolver;
    private final StructureParser parser;
    private final FactExtractor facts;

    private final PersonDescriptions descriptions = new PersonDescriptions();
    private final GraphMapper mapper = new GraphMapper();
    private final CrossDocumentResolution acrossDocuments = CrossDocumentResolution.standard();

    /**
     * The options that shape what this pipeline extracts, beyond the file's bytes: a document extracted with
     * other ones is extracted again.
     */
    public String settings(double minConfidence, TemporalValue published) {
        return "min-confidence=" + minConfidence + "; dependencies=" + (parser != StructureParser.NONE)
                + "; published=" + (published == null ? "-" : published.lexical())
                + (dev.kgx.Resources.userDataFiles().isEmpty() ? ""
                : "; user-data=" + dev.kgx.Resources.userDataFingerprint());
    }

    /**
     * A confidence below which facts are left out ({@code --min-confidence}) must be a number from 0 to 1.
     *
     * @throws dev.kgx.KgxException.InputException when it is not (NaN included)
     */
    public static void checkMinConfidence(double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new dev.kgx.KgxException.InputException("--min-confidence must be a number from 0 to 1, not "
                    + minConfidence);
        }
    }

    public Pipeline(DocumentReader reader, Analyzer analyzer, MentionDetector mentions, EntityResolver resolver,
                    StructureParser parser, FactExtractor facts) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.mentions = mentions;
        this.resolver = resolver;
        this.parser = parser;
        this.facts = facts;
    }

    /** The standard pipeline on CoreNLP and HanLP, dependency parsing included. Models load lazily. */
    public static Pipeline standard() {
        return standard(true);
    }

    /**
     * The standard pipeline on CoreNLP and HanLP. Models load lazily, on the first document.
     *
     * @param dependencies parse sentences that name two entities around a trigger word and propose facts from the
     *                     trigger's dependency roles; {@code kgx extract --no-dependencies} leaves it out, which
     *                     makes a cold run about three seconds faster and loses what only the parse finds
     *                     (README, How extraction works)
     */
    public static Pipeline standard(boolean dependencies) {
        NlpModels models = NlpModels.shared();
        Lexicon lexicon = Lexicon.load();
        ProductKnowledge products = ProductKnowledge.load();
        StructureParser parser = dependencies ? new CoreNlpStructureParser(models) : StructureParser.NONE;
        return new Pipeline(new DocumentReader(models.scriptConverter()), new ProfileAnalyzer(models),
                CombinedMentionDetector.standard(), new RuleBasedEntityResolver(lexicon),
                parser, new FactAssembly(proposers(products, dependencies), products));
    }

    /**
     * The fact extractors, each proposing from every sentence: trigger frames over the words, trigger roles over the
     * dependency parse (when sentences are parsed), and general knowledge of who makes well-known products. A
     * further backend (statistical, or a language model) is one more proposer here.
     */
    private static List<FactProposer> proposers(ProductKnowledge products, boolean dependencies) {
        return dependencies
                ? List.of(new SurfaceFrameProposer(), new DependencyFrameProposer(), products)
                : List.of(new SurfaceFrameProposer(), products);
    }

    /** Reads a document from bytes already read; {@code where} names it in messages. */
    public SourceDocument read(String path, byte[] bytes, String where) {
        return reader.read(path, bytes, where, null);
    }

    /**
     * Reads a document from bytes already read, with the publication date given for it ({@code kgx extract
     * --published}, or null); a Markdown file's own front-matter date wins over it.
     */
    public SourceDocument read(String path, byte[] bytes, String where, TemporalValue published) {
        return reader.read(path, bytes, where, published);
    }

    /** Everything kgx extracts from one document, facts below {@code minConfidence} left out. */
    public DocumentGraph extract(SourceDocument doc, double minConfidence) {
        AnalyzedDocument analyzed = analyzer.analyze(doc);
        List<Mention> found = mentions.detect(analyzed);
        List<Entity> entities = resolver.resolve(analyzed, found);
        AnalyzedDocument parsed = parser.parse(analyzed, entities);
        FactExtractor.Facts f = facts.extract(parsed, entities);
        List<Relation> relations = f.relations().stream()
                .filter(r -> r.evidence().confidence() >= minConfidence).toList();
        List<Event> events = f.events().stream()
                .filter(e -> e.evidence().confidence() >= minConfidence).toList();
        int overlong = TextChunks.overlongSentences(doc.text());
        List<String> warnings = new java.util.ArrayList<>(doc.warnings());
        if (overlong > 0) {
            warnings.add(overlong + " sentence(s) longer than " + TextChunks.MAX_CHUNK
                    + " characters were cut into pieces of at most that length");
        }
        return new DocumentGraph(doc, entities, relations, events, descriptions.find(analyzed, entities), warnings);
    }

    /**
     * Cross-document resolution over the whole store, after documents were added or removed: derives the merges
     * {@link CorpusResolver} finds from the documents' graphs as extracted, and the graphs queries see from them
     * ({@link KgxStore#recomputeDerived}); returns the merges that are new.
     */
    public List<EntityMerge> resolveAcrossDocuments(KgxStore store) {
        return acrossDocuments.apply(store);
    }

    /** A document's graph, the file it was read from, and the documents it replaces. */
    public record Extracted(DocumentGraph graph, String sourceFile, java.util.Set<String> replacing) {
    }

    /**
     * Replaces the documents' graphs in the store with what was extracted from them (each read from its
     * {@code sourceFile}), and removes the documents they replace (a moved file's old path), all in one pair of
     * transactions.
     */
    public void store(KgxStore store, java.util.List<Extracted> documents, String settings) {
        store.replaceDocuments(documents.stream().map(d -> new KgxStore.DocumentGraphToStore(d.graph().source().path(),
                map(d.graph(), d.sourceFile(), settings), d.replacing())).toList());
    }

    /**
     * A document's graph in RDF, as {@link #store} stores it: read from {@code sourceFile} (the file's absolute
     * path, or the URI of one that is not local; null for standard input), extracted with {@code settings}.
     */
    public org.apache.jena.rdf.model.Model map(DocumentGraph graph, String sourceFile, String settings) {
        return mapper.map(graph, sourceFile, settings);
    }
}
