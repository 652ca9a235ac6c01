package dev.kgx.bench;

import dev.kgx.extract.ProductKnowledge;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.mention.Lexicon;
import dev.kgx.mention.NameKeys;
import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Evidence;
import dev.kgx.model.FactType;
import dev.kgx.model.Language;
import dev.kgx.model.Mention;
import dev.kgx.model.MentionEvidence;
import dev.kgx.model.OffsetMap;
import dev.kgx.model.PersonDescription;
import dev.kgx.model.Relation;
import dev.kgx.model.RelationType;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.TemporalValue;
import dev.kgx.model.WorkField;
import dev.kgx.rdf.GraphMapper;
import dev.kgx.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic corpus for benchmarks of store size and query latency: per-document graphs shaped exactly as
 * {@code kgx extract} writes them, made without any NLP. Each document is a {@link DocumentGraph} built by hand
 * (entities, relations, events, person descriptions, evidence pointing into an assembled text) and mapped with
 * {@link GraphMapper}; the N-Quads put each document's triples in the named graph {@link Iris#document}.
 * <p>
 * What makes it realistic:
 * <ul>
 *   <li>an entity universe that grows with the corpus ({@link #universeSize}): the lexicon's well-known entries at
 *       the head, then synthetic people, companies, organizations and products, each named in Simplified and
 *       Traditional Chinese and in Latin script;</li>
 *   <li>documents draw entities by rank with a Zipf–Mandelbrot law (exponent 1, offset 30), so a few entities appear in a large share
 *       of the documents; a person brings their employer, a product its maker;</li>
 *   <li>keys made as {@code RuleBasedEntityResolver} makes them: the lexicon id, else the key of the longest
 *       Latin-script name the document uses, else of its Chinese name. One synthetic entity therefore has a
 *       Chinese key in Chinese documents and a Latin key in English and Portuguese ones, as real extraction gives;</li>
 *   <li>work for cross-document resolution, rarely: a few common full names are shared by several people with
 *       different employers (splits), and a few Western people are named by their given name alone in some
 *       documents while others give the full name, with the same employer (merges).</li>
 * </ul>
 * Documents are numbered; document {@code n} depends only on the seed, {@code n} and the universe size, so
 * {@code --first} makes other documents than an earlier run, about the same entities (entity {@code i} is the same
 * in a universe of any size). Memory stays bounded: the universe, and a batch of documents at a time.
 * <p>
 * Usage: {@code ScaleCorpusGenerator --documents N --out FILE.nq[.gz] [--seed 42] [--first 0]}. Prints
 * {@code documents=N quads=Q characters=C seconds=S}. Not a test: run with the test class path.
 */
public final class ScaleCorpusGenerator {
    /** The extract options a document graph records, as {@code Pipeline.settings} writes them. */
    static final String SETTINGS = "min-confidence=0.0; dependencies=true; published=-";
    /** The universe never has fewer entities than this, so that small corpora do not recur too much. */
    static final int MIN_UNIVERSE = 3000;
    private static final String SOURCE_FOLDER = "/archive/";

    private final long seed;
    private final Universe universe;
    private final GraphMapper mapper = new GraphMapper();

    /** A generator whose universe has {@code universeSize} entities. */
    public ScaleCorpusGenerator(long seed, int universeSize) {
        this.seed = seed;
        this.universe = new Universe(seed, universeSize, Lexicon.load(), ProductKnowledge.load());
    }

    /** The universe for documents {@code first} to {@code first + documents - 1}: half an entity a document. */
    public static int universeSize(int first, int documents) {
        return Math.max(MIN_UNIVERSE, (int) Math.min(Integer.MAX_VALUE, ((long) first + documents) / 2));
    }

    /** The path of document {@code number}, as {@code extract} would store it. */
    public static String path(int number) {
        return String.format(Locale.ROOT, "gen/%07d.txt", number);
    }

    /** What a run wrote. */
    public record Summary(int documents, long quads, long characters) {
    }

    public static void main(String[] args) throws IOException {
        Integer documents = null;
        Path out = null;
        long seed = 42;
        int first = 0;
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--documents" -> documents = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--first" -> first = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (documents == null || out == null) {
                throw new IllegalArgumentException("--documents and --out are required");
            }
            if (documents < 0 || first < 0) {
                throw new IllegalArgumentException("--documents and --first cannot be negative");
            }
        } catch (RuntimeException e) {
            System.err.println("ScaleCorpusGenerator: " + e.getMessage() + "\nusage: ScaleCorpusGenerator "
                    + "--documents N --out FILE.nq[.gz] [--seed 42] [--first 0]");
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        Summary s = write(out, seed, first, documents);
        System.out.printf(Locale.ROOT, "documents=%d quads=%d characters=%d seconds=%.1f%n", s.documents(), s.quads(),
                s.characters(), (System.nanoTime() - t0) / 1e9);
    }

    /** Writes documents {@code first} to {@code first + documents - 1} to a file, gzipped when its name ends in .gz. */
    public static Summary write(Path file, long seed, int first, int documents) throws IOException {
        ScaleCorpusGenerator generator = new ScaleCorpusGenerator(seed, universeSize(first, documents));
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.getFileName().toString().endsWith(".gz")
                     ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16)) {
            return generator.write(out, first, documents);
        }
    }

    /**
     * Streams the documents as N-Quads, one named graph each, in the order of their numbers. Documents are made and
     * mapped in parallel, a batch at a time, so that memory stays bounded.
     */
    public Summary write(OutputStream out, int first, int documents) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        stream.start();
        long quads = 0;
        long characters = 0;
        for (int batch = first; batch < first + documents; batch += BATCH) {
            List<MappedDocument> mapped = IntStream.range(batch, Math.min(batch + BATCH, first + documents))
                    .parallel().mapToObj(this::mapped).toList();
            for (MappedDocument d : mapped) {
                for (Triple t : d.triples()) {
                    stream.quad(Quad.create(d.graph(), t));
                }
                quads += d.triples().size();
                characters += d.characters();
            }
        }
        stream.finish();
        return new Summary(documents, quads, characters);
    }

    private static final int BATCH = 256;

    /** A document's graph as it is written. */
    private record MappedDocument(Node graph, List<Triple> triples, int characters) {
    }

    /**
     * Document {@code number} mapped to RDF, its triples sorted: the order a Jena graph gives depends on the order of
     * insertion, which follows the iteration order of {@code Set.copyOf} sets, which changes from one JVM to the next.
     */
    private MappedDocument mapped(int number) {
        DocumentGraph graph = document(number);
        Model m = mapper.map(graph, SOURCE_FOLDER + graph.source().path(), SETTINGS);
        List<Triple> triples = m.getGraph().find().toList();
        triples.sort(TRIPLE_ORDER);
        return new MappedDocument(NodeFactory.createURI(Iris.document(graph.source().path())), triples,
                graph.source().original().length());
    }

    private static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    /** Document {@code number}: a function of the seed, the number and the universe only. */
    public DocumentGraph document(int number) {
        return new DocumentMaker(universe, rng(seed, DOCUMENT_SALT ^ number), path(number)).make();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Randomness: every entity and every document has its own stream, so neither depends on what came before.

    private static final long DOCUMENT_SALT = 0x5DEECE66DL << 20;
    private static final long LEXICON_SALT = -0x3C6EF372FE94F82BL;

    static SplittableRandom rng(long seed, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    /**
     * The offset of the Zipf–Mandelbrot law entities are drawn by: with none (pure Zipf, exponent 1) the first
     * entity is in about 80% of the documents, far more than any entity of a real news archive; with 30 the first
     * is in about a fifth (people bring their employers along) and the fifth in a sixth, as the dominant companies
     * of a year of technology news are.
     */
    static final double ZIPF_OFFSET = 30;

    /** A rank in [0, n) with probability about proportional to 1 / (rank + 1 + ZIPF_OFFSET): Zipf–Mandelbrot. */
    static int zipf(SplittableRandom r, int n) {
        double q = ZIPF_OFFSET + 1;
        int rank = (int) Math.floor(q * Math.pow((n + q) / q, r.nextDouble()) - q);
        return Math.max(0, Math.min(n - 1, rank));
    }

    private static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    // ---------------------------------------------------------------------------------------------------------
    // The universe of entities.

    private enum Origin { LEXICON, CHINESE, WESTERN }

    /** An occupation with its words in each language and its fields of work. */
    private record Occupation(String en, String zh, String pt, Set<WorkField> fields) {
        Occupation(String en, String zh, String pt, WorkField... fields) {
            this(en, zh, pt, Set.of(fields));
        }

        String in(String folder) {
            return switch (folder) {
                case "zh" -> zh;
                case "pt" -> pt;
                default -> en;
            };
        }
    }

    /**
     * One real-world thing of the universe. Its index is its frequency rank. Links to other things (employer,
     * maker…) point to lower indexes, so that a thing never depends on the size of the universe.
     */
    private static final class Thing {
        final int index;
        final EntityType type;
        final Origin origin;
        Lexicon.Entry entry;
        /** Simplified Chinese name, or null when the name is written in Latin letters everywhere. */
        String han;
        String latin;
        /** A Chinese company's brand, its short name (星河 of 星河科技), or null. */
        String hanShort;
        /** A Western person's given and family names. */
        String given;
        String family;
        /** Head nouns of an organization's or product's name, for the reasons mention detection gives. */
        String hanHead;
        String latinHead;
        boolean university;
        /** A Western organization that Chinese text writes in Latin letters ("Scale AI"), not transliterated. */
        boolean latinInChinese;
        int employer = -1;
        int maker = -1;
        int parent = -1;
        int school = -1;
        Occupation occupation;
        boolean founder;
        boolean knownByGivenName;
        int foundedYear;

        Thing(int index, EntityType type, Origin origin) {
            this.index = index;
            this.type = type;
            this.origin = origin;
        }

        boolean isOrganization() {
            return type.isOrganization();
        }

        /** Whether Chinese and Latin-script documents give it the same key (a lexicon id, a Latin name). */
        boolean sameKeyInEveryScript() {
            return origin == Origin.LEXICON || latinInChinese || han == null;
        }
    }

    /** The entities documents draw from, by frequency rank. */
    private static final class Universe {
        final List<Thing> things = new ArrayList<>();
        private final List<Integer> companies = new ArrayList<>();
        private final List<Integer> organizations = new ArrayList<>();
        private final List<Integer> universities = new ArrayList<>();
        private final Set<String> usedKeys = new HashSet<>();
        private final Set<String> givenNamesInUse = new HashSet<>();
        private final Lexicon lexicon;

        Universe(long seed, int size, Lexicon lexicon, ProductKnowledge products) {
            this.lexicon = lexicon;
            // the common names are kept for the people who share them on purpose
            for (String[] c : Names.COMMON_CHINESE) {
                claim(c[1], c[0]);
            }
            for (String[] c : Names.COMMON_WESTERN) {
                claim(c[0] + " " + c[1], Names.given(c[0])[1] + "·" + Names.family(c[1])[1]);
            }
            List<Lexicon.Entry> entries = new ArrayList<>(lexicon.entries());
            SplittableRandom shuffle = rng(seed, LEXICON_SALT);
            for (int i = entries.size() - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                Lexicon.Entry t = entries.get(i);
                entries.set(i, entries.get(j));
                entries.set(j, t);
            }
            // the well-known entries take every other rank at the head, as they do in real news
            Map<String, Integer> lexiconIndex = new HashMap<>();
            for (int i = 0; i < size; i++) {
                SplittableRandom r = rng(seed, i);
                Thing t;
                if (i % 2 == 0 && i / 2 < entries.size()) {
                    t = fromLexicon(i, entries.get(i / 2), r);
                    lexiconIndex.put(t.entry.id(), i);
                } else {
                    t = synthetic(i, r);
                }
                things.add(t);
                if (t.type == EntityType.COMPANY) {
                    companies.add(i);
                } else if (t.type == EntityType.ORGANIZATION) {
                    organizations.add(i);
                    if (t.university) {
                        universities.add(i);
                    }
                }
            }
            for (Thing t : things) {
                if (t.origin == Origin.LEXICON && t.type == EntityType.PRODUCT) {
                    String developer = products.developerOf(t.entry.id());
                    Integer d = developer == null ? null : lexiconIndex.get(developer);
                    if (d != null && things.get(d).isOrganization()) {
                        t.maker = d;
                    }
                }
            }
        }

        Thing get(int i) {
            return things.get(i);
        }

        int size() {
            return things.size();
        }

        int draw(SplittableRandom r) {
            return zipf(r, things.size());
        }

        private Thing fromLexicon(int index, Lexicon.Entry e, SplittableRandom r) {
            Thing t = new Thing(index, e.type(), Origin.LEXICON);
            t.entry = e;
            t.han = e.names().stream().filter(NameKeys::hasHan).findFirst().orElse(null);
            t.latin = e.names().stream().filter(n -> !NameKeys.hasHan(n)).findFirst().orElse(e.label());
            t.foundedYear = 1970 + r.nextInt(50);
            t.university = e.type() == EntityType.ORGANIZATION && (e.label().contains("University")
                    || e.label().contains("大学"));
            return t;
        }

        private Thing synthetic(int index, SplittableRandom r) {
            double x = r.nextDouble();
            EntityType type = x < 0.5 ? EntityType.PERSON : x < 0.76 ? EntityType.COMPANY
                    : x < 0.85 ? EntityType.ORGANIZATION : EntityType.PRODUCT;
            Origin origin = r.nextDouble() < 0.6 ? Origin.CHINESE : Origin.WESTERN;
            Thing t = new Thing(index, type, origin);
            switch (type) {
                case PERSON -> person(t, r);
                case COMPANY -> company(t, r);
                case ORGANIZATION -> organization(t, r);
                case PRODUCT -> product(t, r);
            }
            return t;
        }

        private void person(Thing t, SplittableRandom r) {
            boolean homonym = r.nextDouble() < 0.015;
            for (int attempt = 0; ; attempt++) {
                if (t.origin == Origin.CHINESE) {
                    String[] surname = pick(r, Names.SURNAMES);
                    int n = homonym ? 0 : 1 + r.nextInt(2);
                    String[] common = homonym ? pick(r, Names.COMMON_CHINESE) : null;
                    StringBuilder han = new StringBuilder(common != null ? common[0] : surname[0]);
                    StringBuilder pinyin = new StringBuilder();
                    for (int k = 0; k < n; k++) {
                        String[] g = pick(r, Names.GIVEN_CHARS);
                        han.append(g[0]);
                        pinyin.append(g[1]);
                    }
                    t.han = han.toString();
                    t.latin = common != null ? common[1] : capital(surname[1]) + " " + capital(pinyin.toString());
                } else {
                    String[] common = homonym ? pick(r, Names.COMMON_WESTERN) : null;
                    String[] given = common != null ? Names.given(common[0]) : pick(r, Names.WESTERN_GIVEN);
                    String[] family = common != null ? Names.family(common[1])
                            : r.nextDouble() < 0.5 ? pick(r, Names.WESTERN_FAMILY) : Names.syllableName(r, 2, true);
                    t.given = given[0];
                    t.family = family[0];
                    t.latin = given[0] + " " + family[0];
                    t.han = given[1] + "·" + family[1];
                }
                // a common name is shared on purpose; any other is unique, and never a lexicon name
                if (homonym || claim(t.latin, t.han) || attempt > 50) {
                    break;
                }
            }
            boolean academic = false;
            List<Integer> employers = r.nextDouble() < 0.8 || organizations.isEmpty() ? companies : organizations;
            if (employers.isEmpty()) {
                employers = organizations;
            }
            if (!employers.isEmpty()) {
                t.employer = tie(r, employers);
                academic = things.get(t.employer).university;
            }
            t.occupation = academic ? pick(r, Names.ACADEMIC) : pick(r, Names.BUSINESS);
            t.founder = !academic && t.employer >= 0 && things.get(t.employer).origin != Origin.LEXICON
                    && r.nextDouble() < 0.2;
            if (!universities.isEmpty() && r.nextDouble() < 0.35) {
                t.school = tie(r, universities);
            }
            // a few Western people are named by their given name alone in some documents; one per given name,
            // so that cross-document resolution has exactly one full name to join them to
            if (t.origin == Origin.WESTERN && !homonym && r.nextDouble() < 0.1 && givenNamesInUse.add(t.given)) {
                t.knownByGivenName = true;
            }
        }

        private void company(Thing t, SplittableRandom r) {
            for (int attempt = 0; ; attempt++) {
                String[] suffix = pick(r, Names.COMPANY_SUFFIXES);
                if (t.origin == Origin.CHINESE) {
                    String[][] ab = Names.brand(r);
                    String[] a = ab[0];
                    String[] b = ab[1];
                    t.hanShort = a[0] + b[0];
                    t.han = t.hanShort + suffix[0];
                    t.latin = capital(a[1] + b[1]) + " " + suffix[1];
                } else {
                    String[] brand = Names.syllableName(r, 2 + r.nextInt(2), false);
                    t.han = brand[1] + suffix[0];
                    t.latin = brand[0] + " " + suffix[1];
                }
                t.hanHead = suffix[0];
                t.latinHead = suffix[1];
                boolean brandFree = t.hanShort == null || lexicon.byKey(NameKeys.key(t.hanShort)) == null;
                if (brandFree && claim(t.latin, t.han) || attempt > 50) {
                    break;
                }
            }
            t.latinInChinese = t.origin == Origin.WESTERN && r.nextDouble() < 0.6;
            t.foundedYear = 1985 + r.nextInt(39);
            if (!companies.isEmpty() && r.nextDouble() < 0.1) {
                t.parent = tie(r, companies);
            }
        }

        private void organization(Thing t, SplittableRandom r) {
            for (int attempt = 0; ; attempt++) {
                String[] kind = pick(r, Names.ORGANIZATION_KINDS);
                String[] place;
                if (t.origin == Origin.CHINESE) {
                    String[][] ab = Names.brand(r);
                    String[] a = ab[0];
                    String[] b = ab[1];
                    place = r.nextDouble() < 0.5 ? pick(r, Names.PLACES)
                            : new String[] {a[0] + b[0], capital(a[1] + b[1])};
                } else {
                    String[] s = Names.syllableName(r, 2 + r.nextInt(2), false);
                    place = new String[] {s[1], s[0]};
                }
                t.han = place[0] + kind[0];
                t.latin = place[1] + " " + kind[1];
                t.hanHead = kind[0];
                t.latinHead = kind[1];
                t.university = kind[1].equals("University");
                if (claim(t.latin, t.han) || attempt > 50) {
                    break;
                }
            }
            t.latinInChinese = t.origin == Origin.WESTERN && r.nextDouble() < 0.6;
            t.foundedYear = 1950 + r.nextInt(70);
            if (!t.university && r.nextDouble() < 0.3) {
                List<Integer> parents = !universities.isEmpty() && r.nextDouble() < 0.6 ? universities : companies;
                if (!parents.isEmpty()) {
                    t.parent = tie(r, parents);
                }
            }
        }

        private void product(Thing t, SplittableRandom r) {
            if (!companies.isEmpty()) {
                t.maker = tie(r, companies);
            }
            Thing maker = t.maker >= 0 ? things.get(t.maker) : null;
            for (int attempt = 0; ; attempt++) {
                if (maker != null && maker.hanShort != null && r.nextDouble() < 0.5) {
                    // a Chinese maker names its product after its brand: 星河助手, Xinghe Assistant
                    String[] noun = pick(r, Names.PRODUCT_NOUNS);
                    t.han = maker.hanShort + noun[0] + (attempt > 0 ? String.valueOf(attempt + 1) : "");
                    t.latin = maker.latin.substring(0, maker.latin.indexOf(' ')) + " " + noun[1]
                            + (attempt > 0 ? " " + (attempt + 1) : "");
                    t.hanHead = noun[0];
                    t.latinHead = noun[1];
                } else {
                    // a product line and a model number, written alike in every script: Aurora X7
                    String line = r.nextDouble() < 0.5 ? pick(r, Names.PRODUCT_LINES)
                            : Names.syllableName(r, 2, false)[0];
                    t.han = null;
                    t.latin = line + " " + pick(r, Names.MODEL_PREFIXES) + (1 + r.nextInt(20))
                            + pick(r, Names.MODEL_SUFFIXES);
                }
                if (claim(t.latin, t.han) || attempt > 50) {
                    break;
                }
            }
        }

        /**
         * A thing to tie another to (an employer, a maker, a parent): by rank half of the time, so that big
         * companies have many people and products, else any of them.
         */
        private static int tie(SplittableRandom r, List<Integer> candidates) {
            return candidates.get(r.nextBoolean() ? zipf(r, candidates.size()) : r.nextInt(candidates.size()));
        }

        /** Takes the names' keys, or says they are taken (by another thing or by the lexicon). */
        private boolean claim(String latin, String han) {
            String a = NameKeys.key(latin);
            String b = han == null ? null : NameKeys.key(han);
            if (usedKeys.contains(a) || lexicon.byKey(a) != null
                    || b != null && (usedKeys.contains(b) || lexicon.byKey(b) != null)) {
                return false;
            }
            usedKeys.add(a);
            if (b != null) {
                usedKeys.add(b);
            }
            return true;
        }
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // One document.

    /** How a name stands in a document's text. */
    private enum Form { PRIMARY, GLOSS, SHORT }

    /** A mention detector's account of a name: which detector, why this type, how sure, what evidence. */
    private record Detection(String detector, String reason, double confidence, MentionEvidence evidence) {
    }

    /** A thing as one document names it. */
    private static final class DocEntity {
        final Thing thing;
        /** The name as the normalized (Simplified) text writes it. */
        final String primary;
        /** A Latin-script name glossed in parentheses after the first Chinese mention, or null. */
        final String gloss;
        /** A later mention's short form (a family name, a brand), or null. */
        String shortForm;
        final boolean givenOnly;
        final String key;
        final Detection detection;
        boolean glossed;
        boolean shortUsed;
        int uses;

        DocEntity(Thing thing, String primary, String gloss, boolean givenOnly, Detection detection) {
            this.thing = thing;
            this.primary = primary;
            this.gloss = gloss;
            this.givenOnly = givenOnly;
            this.detection = detection;
            this.key = keyOf(thing, primary, gloss);
        }

        EntityType type() {
            return thing.type;
        }

        /** The key {@code RuleBasedEntityResolver} gives: lexicon id, longest Latin-script name, longest name. */
        private static String keyOf(Thing thing, String primary, String gloss) {
            if (thing.origin == Origin.LEXICON) {
                return thing.entry.id();
            }
            String latin = gloss != null ? gloss : !NameKeys.hasHan(primary) ? primary : null;
            return NameKeys.key(latin != null ? latin : primary);
        }

        /** The Latin-script parts of a person's full name, or none. */
        String[] latinParts() {
            String full = gloss != null ? gloss : primary;
            return type() == EntityType.PERSON && !givenOnly && !NameKeys.hasHan(full) ? NameKeys.nameParts(full)
                    : new String[0];
        }
    }

    /** A name placed in a sentence. */
    private record NameUse(DocEntity entity, int offset, int length, Form form) {
    }

    /** A sentence of the document, its names, and where it ends up. */
    private static final class Sentence {
        final StringBuilder text = new StringBuilder();
        final List<NameUse> names = new ArrayList<>();
        int begin = -1;

        int length() {
            return text.length();
        }
    }

    /** A fact waiting for its sentence's place in the text. */
    private record Fact(FactType type, DocEntity agent, DocEntity object, TemporalValue date, String amount,
                        Sentence sentence, String extractor, double confidence) {
    }

    /** A sentence template: its text with slots, and the extractor rule and confidence the real frame gives. */
    private record Template(String extractor, double confidence, String text) {
    }

    private static Template t(String rule, double confidence, String text) {
        return new Template(rule.contains(":") || rule.equals("developer-knowledge") ? rule : "frame:" + rule,
                confidence, text);
    }

    /** Makes one document. */
    private static final class DocumentMaker {
        private final Universe universe;
        private final SplittableRandom r;
        private final String path;
        private final Language language;
        private final String folder;
        private final boolean han;
        private final String latinTag;
        private final LocalDate published;
        private final Map<Integer, DocEntity> entities = new LinkedHashMap<>();
        private final Set<String> keys = new HashSet<>();
        private final List<Fact> facts = new ArrayList<>();
        private final Map<String, Fact> factKeys = new HashMap<>();
        private final Map<DocEntity, String> described = new LinkedHashMap<>();

        DocumentMaker(Universe universe, SplittableRandom r, String path) {
            this.universe = universe;
            this.r = r;
            this.path = path;
            double x = r.nextDouble();
            this.language = x < 0.55 ? Language.CHINESE_SIMPLIFIED : x < 0.75 ? Language.CHINESE_TRADITIONAL
                    : x < 0.90 ? Language.ENGLISH : Language.PORTUGUESE;
            this.folder = language.folder();
            this.han = folder.equals("zh");
            this.latinTag = LanguageProfile.of(language).latinNameTag();
            this.published = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(8 * 365));
        }

        DocumentGraph make() {
            chooseEntities();
            List<Sentence> lead = new ArrayList<>();
            List<Sentence> body = new ArrayList<>();
            chooseFacts(lead, body);
            for (DocEntity e : entities.values()) {
                if (e.uses == 0) {
                    body.add(introduction(e));
                }
            }
            List<Sentence> later = new ArrayList<>();
            for (DocEntity e : entities.values()) {
                if (r.nextDouble() < 0.4) {
                    later.add(introduction(e));
                }
            }
            shuffle(body);
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.addAll(body);
            sentences.addAll(later);
            Sentence headline = headline();
            return assemble(headline, sentences);
        }

        // --- entities --------------------------------------------------------------------------------------

        private void chooseEntities() {
            int target = 14 + r.nextInt(11);
            for (int attempt = 0; entities.size() < target && attempt < 400; attempt++) {
                DocEntity e = add(universe.draw(r));
                if (e == null) {
                    continue;
                }
                Thing t = e.thing;
                // things come with the things they are tied to, which the facts then state
                if (t.employer >= 0 && (e.givenOnly || r.nextDouble() < 0.85)) {
                    add(t.employer);
                }
                if (t.school >= 0 && r.nextDouble() < 0.25) {
                    add(t.school);
                }
                if (t.maker >= 0 && r.nextDouble() < 0.8) {
                    add(t.maker);
                }
                if (t.parent >= 0 && r.nextDouble() < 0.5) {
                    add(t.parent);
                }
            }
            chooseShortForms();
        }

        /** The thing named in this document, or null when its name would clash with another's here. */
        private DocEntity add(int index) {
            DocEntity known = entities.get(index);
            if (known != null) {
                return known;
            }
            Thing t = universe.get(index);
            DocEntity e = named(t);
            if (keys.contains(e.key) || clashes(e)) {
                return null;
            }
            keys.add(e.key);
            entities.put(index, e);
            return e;
        }

        /**
         * Whether a person's name would make the resolver join two people of the document (a given name alone
         * that is also part of another person's full name).
         */
        private boolean clashes(DocEntity e) {
            if (e.type() != EntityType.PERSON) {
                return false;
            }
            for (DocEntity o : entities.values()) {
                if (o.type() != EntityType.PERSON) {
                    continue;
                }
                if (e.givenOnly && List.of(o.latinParts()).contains(e.primary)
                        || o.givenOnly && List.of(e.latinParts()).contains(o.primary)) {
                    return true;
                }
            }
            return false;
        }

        /** How this document names a thing, in its language. */
        private DocEntity named(Thing t) {
            String primary;
            String gloss = null;
            boolean givenOnly = false;
            if (t.origin == Origin.LEXICON) {
                primary = han && t.han != null ? t.han : t.latin;
                return new DocEntity(t, primary, null, false,
                        new Detection("lexicon", "lexicon entry " + t.entry.id(), 0.9, MentionEvidence.LEXICON));
            }
            if (han) {
                primary = t.han != null && !t.latinInChinese ? t.han : t.latin;
                // a foreign person's name is often glossed with its original spelling: 玛丽亚·洛佩兹（Maria Lopez).
                // Only for a person whose employer has one key in every script: else the glossed (Latin-keyed)
                // person would be tied to the employer's Chinese key here and to its Latin key in English
                // documents, and cross-document resolution would split far more people than real corpora make it
                if (t.type == EntityType.PERSON && t.origin == Origin.WESTERN && r.nextDouble() < 0.3
                        && (t.employer < 0 || universe.get(t.employer).sameKeyInEveryScript())) {
                    gloss = t.latin;
                }
            } else if (t.knownByGivenName && r.nextDouble() < 0.4) {
                primary = t.given;
                givenOnly = true;
            } else {
                primary = t.latin;
            }
            return new DocEntity(t, primary, gloss, givenOnly, detection(t, primary, givenOnly));
        }

        private Detection detection(Thing t, String name, boolean givenOnly) {
            boolean hanName = NameKeys.hasHan(name);
            double x = r.nextDouble();
            switch (t.type) {
                case PERSON -> {
                    if (givenOnly) {
                        return new Detection("latin-name", "given name: " + name, 0.6, MentionEvidence.NAME_SHAPE);
                    }
                    if (hanName && t.origin == Origin.WESTERN) {
                        return new Detection("chinese-name", "transliterated full name with a separating dot", 0.8,
                                MentionEvidence.OWN_FORM);
                    }
                    if (hanName) {
                        return x < 0.45 ? new Detection("chinese-name", "HanLP person name with a common family name",
                                0.7, MentionEvidence.STATISTICAL)
                                : x < 0.85 ? new Detection("chinese-name", "proper noun, CoreNLP PERSON and HanLP name",
                                0.75, MentionEvidence.STATISTICAL)
                                : new Detection("chinese-name", "proper noun, cue before: " + t.occupation.zh(), 0.65,
                                MentionEvidence.CUE);
                    }
                    if (t.origin == Origin.WESTERN && x < 0.4) {
                        return new Detection("latin-name", "given name: " + t.given, 0.7, MentionEvidence.OWN_FORM);
                    }
                    return x < 0.75 ? new Detection("latin-name", "CoreNLP NER: PERSON", 0.6,
                            MentionEvidence.STATISTICAL)
                            : new Detection("latin-name", "cue after: said", 0.65, MentionEvidence.CUE);
                }
                case COMPANY, ORGANIZATION -> {
                    if (hanName) {
                        return x < 0.45 ? new Detection("chinese-organization", "proper noun + head noun: "
                                + t.hanHead, 0.7, MentionEvidence.OWN_FORM)
                                : x < 0.75 ? new Detection("chinese-organization",
                                "name a recognizer proposed + head noun: " + t.hanHead, 0.6, MentionEvidence.OWN_FORM)
                                : new Detection("chinese-organization", "CoreNLP ORGANIZATION run, organization noun: "
                                + t.hanHead, 0.65, MentionEvidence.STATISTICAL);
                    }
                    return x < 0.5 ? new Detection("latin-name", "name ends with: " + t.latinHead, 0.7,
                            MentionEvidence.OWN_FORM)
                            : new Detection("latin-name", "CoreNLP NER: ORGANIZATION", 0.6,
                            MentionEvidence.STATISTICAL);
                }
                default -> {
                    if (t.han == null) {
                        return new Detection("latin-name", x < 0.6 ? "model-number shape"
                                : "product line and model number", 0.7, MentionEvidence.OWN_FORM);
                    }
                    return x < 0.6 ? new Detection("chinese-name", "quoted name after a product word", 0.7,
                            MentionEvidence.CUE)
                            : new Detection("chinese-name", "cue after: " + (hanName ? t.hanHead : t.latinHead), 0.6,
                            MentionEvidence.CUE);
                }
            }
        }

        /**
         * Short forms for later mentions, where the resolver joins them to the full name: a Western person's
         * family name when no other person of the document shares it, a Chinese company's brand when no other
         * organization's name starts with it.
         */
        private void chooseShortForms() {
            for (DocEntity e : entities.values()) {
                Thing t = e.thing;
                if (t.origin == Origin.LEXICON || r.nextDouble() < 0.4) {
                    continue;
                }
                if (!han && t.type == EntityType.PERSON && t.origin == Origin.WESTERN && !e.givenOnly) {
                    long sharing = entities.values().stream().filter(o -> o.type() == EntityType.PERSON)
                            .filter(o -> List.of(o.latinParts()).contains(t.family)
                                    || o.givenOnly && o.primary.equals(t.family)).count();
                    if (sharing == 1) {
                        e.shortForm = t.family;
                    }
                } else if (han && t.hanShort != null && t.hanHead.length() <= 3) {
                    long sharing = entities.values().stream().filter(o -> o.type().isOrganization())
                            .filter(o -> o.primary.startsWith(t.hanShort)).count();
                    if (sharing == 1) {
                        e.shortForm = t.hanShort;
                    }
                }
            }
        }

        // --- facts -----------------------------------------------------------------------------------------

        /** A fact the document may state, and how likely it is chosen. */
        private record Candidate(FactType type, DocEntity agent, DocEntity object, double weight) {
        }

        private void chooseFacts(List<Sentence> lead, List<Sentence> body) {
            List<Candidate> events = new ArrayList<>();
            List<Candidate> relations = new ArrayList<>();
            List<DocEntity> orgs = new ArrayList<>();
            List<DocEntity> companies = new ArrayList<>();
            List<DocEntity> products = new ArrayList<>();
            List<DocEntity> givenOnly = new ArrayList<>();
            for (DocEntity e : entities.values()) {
                Thing t = e.thing;
                DocEntity employer = in(t.employer);
                DocEntity maker = in(t.maker);
                if (t.type == EntityType.PERSON && employer != null) {
                    relations.add(new Candidate(RelationType.WORKS_FOR, e, employer, 3));
                    events.add(new Candidate(EventType.JOINING, e, employer, 0.8));
                    events.add(new Candidate(EventType.DEPARTURE, e, employer, 0.4));
                    if (t.founder) {
                        relations.add(new Candidate(RelationType.FOUNDED, e, employer, 2));
                        events.add(new Candidate(EventType.FOUNDING, e, employer, 2));
                    }
                    if (e.givenOnly) {
                        givenOnly.add(e);
                    }
                }
                if (t.type == EntityType.PERSON && in(t.school) != null) {
                    relations.add(new Candidate(RelationType.EDUCATED_AT, e, in(t.school), 1.5));
                }
                if (t.type == EntityType.PRODUCT) {
                    products.add(e);
                    if (maker != null) {
                        relations.add(new Candidate(RelationType.DEVELOPS, maker, e, 3));
                        events.add(new Candidate(EventType.PRODUCT_LAUNCH, maker, e, 2.5));
                    } else {
                        events.add(new Candidate(EventType.PRODUCT_LAUNCH, null, e, 0.4));
                    }
                }
                if (t.isOrganization()) {
                    orgs.add(e);
                    if (t.type == EntityType.COMPANY) {
                        companies.add(e);
                    }
                    if (in(t.parent) != null) {
                        relations.add(new Candidate(RelationType.PART_OF, e, in(t.parent), 2));
                    }
                }
            }
            // what happens between the organizations of the story
            for (int k = 0; k < 2 && companies.size() >= 2; k++) {
                DocEntity a = pick(r, companies);
                DocEntity b = pick(r, orgs);
                if (a != b) {
                    events.add(new Candidate(EventType.ACQUISITION, a, b, 0.8));
                    events.add(new Candidate(EventType.INVESTMENT, a, b, 1.2));
                    relations.add(new Candidate(RelationType.INVESTED_IN, a, b, 0.8));
                    relations.add(new Candidate(RelationType.ACQUIRED, a, b, 0.4));
                }
                DocEntity c = pick(r, companies);
                if (a != c) {
                    relations.add(new Candidate(RelationType.COMPETES_WITH, a, c, 2));
                }
            }
            if (products.size() >= 2) {
                DocEntity a = pick(r, products);
                DocEntity b = pick(r, products);
                if (a != b) {
                    relations.add(new Candidate(RelationType.COMPETES_WITH, a, b, 1));
                }
            }
            if (!orgs.isEmpty()) {
                events.add(new Candidate(EventType.INVESTMENT, null, pick(r, orgs), 0.2));
                events.add(new Candidate(EventType.ACQUISITION, null, pick(r, orgs), 0.1));
            }

            int eventCount = 1 + r.nextInt(4);
            for (int k = 0; k < eventCount && !events.isEmpty(); k++) {
                Candidate c = take(events);
                if (!factKeys.containsKey(factKey(c.type(), c.agent(), c.object()))) {
                    Fact f = event((EventType) c.type(), c.agent(), c.object());
                    (lead.size() < 2 ? lead : body).add(f.sentence());
                }
            }
            // the resolver joins a given name to a full name through a shared employer: say it
            for (DocEntity p : givenOnly) {
                Candidate c = new Candidate(RelationType.WORKS_FOR, p, in(p.thing.employer), 1);
                if (!factKeys.containsKey(factKey(c.type(), c.agent(), c.object()))) {
                    body.add(relation(c).sentence());
                }
            }
            // relations stated by sentences of their own, besides those the events imply
            int relationCount = 3 + r.nextInt(6);
            for (int k = 0; k < relationCount && !relations.isEmpty(); ) {
                Candidate c = take(relations);
                if (!factKeys.containsKey(factKey(c.type(), c.agent(), c.object()))) {
                    body.add(relation(c).sentence());
                    k++;
                }
            }
        }

        private DocEntity in(int index) {
            return index < 0 ? null : entities.get(index);
        }

        /** Removes and returns a candidate, chosen by weight. */
        private Candidate take(List<Candidate> candidates) {
            double total = candidates.stream().mapToDouble(Candidate::weight).sum();
            double x = r.nextDouble() * total;
            for (int i = 0; i < candidates.size(); i++) {
                x -= candidates.get(i).weight();
                if (x < 0 || i == candidates.size() - 1) {
                    return candidates.remove(i);
                }
            }
            throw new IllegalStateException("no candidates");
        }

        private static String factKey(FactType type, DocEntity agent, DocEntity object) {
            return type.term() + "|" + (agent == null ? "-" : agent.key) + "|" + object.key;
        }

        /** An event, its sentence, and the relation it implies (FactAssembly adds it with the same evidence). */
        private Fact event(EventType type, DocEntity agent, DocEntity object) {
            TemporalValue date = eventDate(type, object);
            String amount = null;
            String money = "";
            if (type.involvesMoney() && r.nextDouble() < 0.65) {
                long value = pick(r, AMOUNTS);
                boolean yuan = han && r.nextDouble() < 0.4;
                amount = (yuan ? "CNY " : "USD ") + value;
                money = Texts.money(folder, value, yuan);
            }
            List<Template> choices = agent == null ? Texts.agentless(folder, type) : Texts.templates(folder, type);
            Template template = pick(r, choices);
            Sentence s = render(template.text(), agent, object, Texts.date(folder, date), money, null);
            Fact f = fact(type, agent, object, date, amount, s, template);
            RelationType implied = type.implied();
            if (agent != null && implied.fits(agent.type(), object.type())
                    && !factKeys.containsKey(factKey(implied, agent, object))) {
                Fact r2 = new Fact(implied, agent, object, null, null, s, f.extractor(), f.confidence());
                facts.add(r2);
                factKeys.put(factKey(implied, agent, object), r2);
            }
            return f;
        }

        private Fact relation(Candidate c) {
            RelationType type = (RelationType) c.type();
            List<Template> choices = Texts.templates(folder, type);
            Template template = pick(r, choices);
            String occupation = null;
            if (template.text().contains("{o}")) {
                occupation = c.agent().thing.occupation.in(folder);
                described.putIfAbsent(c.agent(), occupation);
            }
            Sentence s = render(template.text(), c.agent(), c.object(), "", "", occupation);
            return fact(type, c.agent(), c.object(), null, null, s, template);
        }

        private Fact fact(FactType type, DocEntity agent, DocEntity object, TemporalValue date, String amount,
                          Sentence s, Template template) {
            String extractor = template.extractor();
            double confidence = template.confidence();
            if (type == RelationType.DEVELOPS && agent != null && agent.thing.origin == Origin.LEXICON
                    && object.thing.origin == Origin.LEXICON && object.thing.maker == agent.thing.index
                    && r.nextDouble() < 0.5) {
                extractor = ProductKnowledge.NAME;
                confidence = 0.6;
            } else if (r.nextDouble() < 0.06) {
                // the agent was a pronoun standing for the entity: the fact is less certain
                extractor += "+anaphor";
                confidence *= 0.85;
            }
            Fact f = new Fact(type, agent, object, date, amount, s, extractor, confidence);
            facts.add(f);
            factKeys.put(factKey(type, agent, object), f);
            return f;
        }

        private TemporalValue eventDate(EventType type, DocEntity object) {
            if (r.nextDouble() < (type == EventType.FOUNDING ? 0.1 : 0.2)) {
                return null;
            }
            if (type == EventType.FOUNDING) {
                int year = Math.min(object.thing.foundedYear, published.getYear());
                return r.nextDouble() < 0.8 ? TemporalValue.year(year) : TemporalValue.month(year, 1 + r.nextInt(12));
            }
            LocalDate day = type == EventType.JOINING
                    ? published.minusDays(r.nextInt(15 * 365)) : published.minusDays(r.nextInt(540));
            double x = r.nextDouble();
            return x < 0.15 ? TemporalValue.of(day) : x < 0.6 ? TemporalValue.month(day.getYear(), day.getMonthValue())
                    : TemporalValue.year(day.getYear());
        }

        // --- text ------------------------------------------------------------------------------------------

        private Sentence introduction(DocEntity e) {
            String occupation = null;
            List<String> choices;
            if (e.type() == EntityType.PERSON) {
                if (!described.containsKey(e) && r.nextDouble() < 0.15) {
                    occupation = e.thing.occupation.in(folder);
                    described.put(e, occupation);
                    choices = Texts.PERSON_WITH_OCCUPATION.get(folder);
                } else {
                    choices = Texts.PERSON.get(folder);
                }
            } else {
                choices = (e.type() == EntityType.PRODUCT ? Texts.PRODUCT : Texts.ORGANIZATION).get(folder);
            }
            return render(pick(r, choices), e, null, "", "", occupation);
        }

        private Sentence headline() {
            List<DocEntity> named = new ArrayList<>();
            for (Fact f : facts) {
                for (DocEntity e : new DocEntity[] {f.agent(), f.object()}) {
                    if (e != null && !named.contains(e)) {
                        named.add(e);
                    }
                }
            }
            for (DocEntity e : entities.values()) {
                if (!named.contains(e)) {
                    named.add(e);
                }
            }
            return render(Texts.HEADLINE.get(folder), named.get(0), named.get(Math.min(1, named.size() - 1)), "", "",
                    null);
        }

        /** Fills a template's slots: {a} and {b} names, {d} a date phrase, {m} money, {o} an occupation. */
        private Sentence render(String template, DocEntity a, DocEntity b, String date, String money,
                                String occupation) {
            Sentence s = new Sentence();
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c != '{' || i + 2 >= template.length() || template.charAt(i + 2) != '}') {
                    s.text.append(c);
                    continue;
                }
                switch (template.charAt(i + 1)) {
                    case 'a' -> name(s, a);
                    case 'b' -> name(s, b);
                    case 'd' -> s.text.append(date);
                    case 'm' -> s.text.append(money);
                    case 'o' -> s.text.append(occupation);
                    default -> throw new IllegalArgumentException("unknown slot in " + template);
                }
                i += 2;
            }
            if (!han && s.length() > 0) {
                s.text.setCharAt(0, Character.toUpperCase(s.text.charAt(0)));
            }
            return s;
        }

        private void name(Sentence s, DocEntity e) {
            boolean quoted = han && e.type() == EntityType.PRODUCT && NameKeys.hasHan(e.primary);
            if (quoted) {
                s.text.append('“');
            }
            if (e.uses > 0 && e.shortForm != null && r.nextDouble() < 0.7) {
                use(s, e, e.shortForm, Form.SHORT);
                e.shortUsed = true;
            } else {
                use(s, e, e.primary, Form.PRIMARY);
                if (e.gloss != null && !e.glossed) {
                    s.text.append('（');
                    use(s, e, e.gloss, Form.GLOSS);
                    s.text.append('）');
                    e.glossed = true;
                }
            }
            if (quoted) {
                s.text.append('”');
            }
            e.uses++;
        }

        private static void use(Sentence s, DocEntity e, String name, Form form) {
            s.names.add(new NameUse(e, s.text.length(), name.length(), form));
            s.text.append(name);
        }

        private void shuffle(List<Sentence> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Sentence t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }

        /**
         * Lays the sentences out as an article (headline, date line, paragraphs), with general sentences between
         * them up to a length of 2,000 to 4,000 characters; then builds the records with every span in place.
         */
        private DocumentGraph assemble(Sentence headline, List<Sentence> sentences) {
            String sep = han ? "" : " ";
            String dateLine = Texts.published(folder, published);
            int target = 2000 + r.nextInt(2001);
            int length = headline.length() + dateLine.length() + 4;
            for (Sentence s : sentences) {
                length += s.length() + sep.length();
            }
            List<Sentence> all = new ArrayList<>(sentences);
            while (length < target) {
                Sentence filler = new Sentence();
                filler.text.append(Texts.filler(folder, r));
                // general sentences fall anywhere after the lead
                all.add(1 + r.nextInt(all.size()), filler);
                length += filler.length() + sep.length();
            }
            StringBuilder text = new StringBuilder();
            headline.begin = 0;
            text.append(headline.text).append("\n\n").append(dateLine).append("\n\n");
            int inParagraph = 0;
            int paragraph = 2 + r.nextInt(4);
            for (Sentence s : all) {
                if (inParagraph == paragraph) {
                    text.append("\n\n");
                    inParagraph = 0;
                    paragraph = 2 + r.nextInt(4);
                } else if (inParagraph > 0) {
                    text.append(sep);
                }
                s.begin = text.length();
                text.append(s.text);
                inParagraph++;
            }
            text.append('\n');
            String simplified = text.toString();
            String original = language == Language.CHINESE_TRADITIONAL ? Texts.traditional(simplified) : simplified;
            String normalized = Normalizer.normalize(simplified, Normalizer.Form.NFKC);
            if (normalized.length() != simplified.length()) {
                normalized = simplified;
            }
            SourceDocument source = new SourceDocument(path, sha256(original), "UTF-8", original, normalized,
                    OffsetMap.identity(normalized.length()), language, null, List.of());

            List<Sentence> named = new ArrayList<>(all);
            named.add(headline);
            List<Entity> out = entities(source, named);
            List<Relation> relations = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            for (Fact f : facts) {
                Sentence s = f.sentence();
                Span span = new Span(s.begin, s.begin + s.length());
                Evidence evidence = new Evidence(path, span.of(original), span, f.extractor(), f.confidence());
                if (f.type() instanceof RelationType rt) {
                    relations.add(new Relation(f.agent().key, rt, f.object().key, evidence));
                } else {
                    events.add(new Event((EventType) f.type(), f.agent() == null ? null : f.agent().key,
                            f.object().key, f.date(), f.amount(), evidence));
                }
            }
            List<PersonDescription> descriptions = new ArrayList<>();
            described.forEach((e, occupation) -> descriptions.add(
                    new PersonDescription(e.key, occupation, e.thing.occupation.fields())));
            return new DocumentGraph(source, out, relations, events, descriptions, List.of());
        }

        /** The entity records, with mentions, names, label and reasons as {@code RuleBasedEntityResolver} gives. */
        private List<Entity> entities(SourceDocument source, List<Sentence> sentences) {
            Map<DocEntity, List<Mention>> mentions = new LinkedHashMap<>();
            for (Sentence s : sentences) {
                for (NameUse u : s.names) {
                    Span span = new Span(s.begin + u.offset(), s.begin + u.offset() + u.length());
                    mentions.computeIfAbsent(u.entity(), k -> new ArrayList<>())
                            .add(mention(u, span, source.text()));
                }
            }
            List<Entity> out = new ArrayList<>();
            for (var en : mentions.entrySet()) {
                DocEntity e = en.getKey();
                List<Mention> ms = en.getValue();
                ms.sort(Comparator.comparingInt(m -> m.span().begin()));
                Set<Entity.Name> names = new LinkedHashSet<>();
                Map<String, Integer> counts = new HashMap<>();
                for (Mention m : ms) {
                    String surface = source.originalText(m.span()).strip();
                    // as RuleBasedEntityResolver.languageTag: a Han name in a Latin-script document is Simplified
                    String tag = !NameKeys.hasHan(surface) ? latinTag : han ? language.tag() : "zh-Hans";
                    names.add(new Entity.Name(surface, tag));
                    counts.merge(surface, 1, Integer::sum);
                }
                String label = e.thing.origin == Origin.LEXICON ? e.thing.entry.label() : label(e.type(), counts);
                Mention deciding = ms.stream().max(Comparator.comparingDouble(Mention::confidence)).orElseThrow();
                String typeReason = e.thing.origin == Origin.LEXICON
                        ? "lexicon: " + e.thing.entry.id() + " (" + e.thing.entry.source() + ")" : deciding.reason();
                out.add(new Entity(e.key, e.type(), label, names, ms, typeReason, mergeReason(e)));
            }
            out.sort(Comparator.comparing(Entity::key));
            return out;
        }

        /** A person by the fullest form of the name, anything else by its most frequent form. */
        private static String label(EntityType type, Map<String, Integer> counts) {
            Comparator<Map.Entry<String, Integer>> preference = type == EntityType.PERSON
                    ? Comparator.<Map.Entry<String, Integer>>comparingInt(x -> x.getKey().length())
                    .thenComparingInt(Map.Entry::getValue)
                    : Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                    .thenComparingInt(x -> x.getKey().length());
            return counts.entrySet().stream().max(preference.thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
        }

        private static String mergeReason(DocEntity e) {
            if (e.thing.origin == Origin.LEXICON) {
                return "lexicon entry " + e.thing.entry.id();
            }
            Set<String> reasons = new TreeSet<>();
            reasons.add("same name key");
            if (e.glossed) {
                reasons.add("glossed in parentheses: " + e.primary + " (" + e.gloss + ")");
            }
            if (e.shortUsed) {
                reasons.add((e.type() == EntityType.PERSON ? "short form of " : "short name of ") + e.primary);
            }
            return String.join("; ", reasons);
        }

        private Mention mention(NameUse u, Span span, String normalized) {
            DocEntity e = u.entity();
            String text = span.of(normalized);
            String lexiconId = e.thing.origin == Origin.LEXICON ? e.thing.entry.id() : null;
            Detection d = e.detection;
            if (u.form() == Form.GLOSS) {
                d = new Detection("latin-name", "CoreNLP NER: " + (e.type() == EntityType.PERSON ? "PERSON"
                        : "ORGANIZATION"), 0.55, MentionEvidence.STATISTICAL);
            } else if (u.form() == Form.SHORT) {
                d = new Detection(d.detector(), "short form of " + e.primary, 0.5, MentionEvidence.SHORT_FORM);
            }
            return new Mention(span, text, e.type(), d.detector(), d.reason(), d.confidence(), lexiconId,
                    d.evidence());
        }
    }

    private static final Long[] AMOUNTS = {5_000_000L, 10_000_000L, 20_000_000L, 30_000_000L, 50_000_000L,
            80_000_000L, 100_000_000L, 150_000_000L, 200_000_000L, 300_000_000L, 500_000_000L, 800_000_000L,
            1_200_000_000L, 2_000_000_000L, 3_500_000_000L, 10_000_000_000L};

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Names.

    /** Name parts: {Simplified, Latin} pairs (pinyin for Chinese characters, transliterations for Western names). */
    private static final class Names {
        static final String[][] SURNAMES = pairs("王 wang 李 li 张 zhang 刘 liu 陈 chen 杨 yang 黄 huang 赵 zhao "
                + "吴 wu 周 zhou 徐 xu 孙 sun 马 ma 朱 zhu 胡 hu 郭 guo 何 he 高 gao 林 lin 罗 luo 郑 zheng 梁 liang "
                + "谢 xie 宋 song 唐 tang 韩 han 冯 feng 邓 deng 曹 cao 彭 peng 曾 zeng 肖 xiao 田 tian 董 dong "
                + "袁 yuan 潘 pan 蒋 jiang 蔡 cai 余 yu 杜 du 叶 ye 程 cheng 苏 su 魏 wei 吕 lv 丁 ding 任 ren "
                + "沈 shen 姚 yao 卢 lu 崔 cui 钟 zhong 谭 tan 陆 lu 汪 wang 范 fan 金 jin 石 shi 廖 liao 贾 jia "
                + "夏 xia 韦 wei 方 fang 白 bai 邹 zou 孟 meng 熊 xiong 秦 qin 邱 qiu 江 jiang 尹 yin 薛 xue "
                + "段 duan 雷 lei 侯 hou 龙 long 史 shi 陶 tao 黎 li 贺 he 顾 gu 毛 mao 郝 hao 龚 gong 邵 shao "
                + "万 wan 钱 qian 严 yan 武 wu 戴 dai 孔 kong 向 xiang 汤 tang");
        static final String[][] GIVEN_CHARS = pairs("伟 wei 芳 fang 娜 na 敏 min 静 jing 丽 li 强 qiang 磊 lei "
                + "军 jun 洋 yang 勇 yong 艳 yan 杰 jie 娟 juan 涛 tao 明 ming 超 chao 秀 xiu 霞 xia 平 ping 刚 gang "
                + "英 ying 华 hua 文 wen 辉 hui 建 jian 国 guo 宏 hong 志 zhi 海 hai 波 bo 鹏 peng 宇 yu 浩 hao "
                + "婷 ting 晨 chen 欣 xin 雪 xue 琳 lin 佳 jia 思 si 嘉 jia 俊 jun 凯 kai 斌 bin 峰 feng 亮 liang "
                + "晓 xiao 红 hong 玉 yu 兰 lan 云 yun 飞 fei 鑫 xin 博 bo 睿 rui 哲 zhe 怡 yi 倩 qian 颖 ying "
                + "慧 hui 琪 qi 瑞 rui 泽 ze 轩 xuan 子 zi 涵 han 雨 yu 天 tian 立 li 新 xin 春 chun 东 dong "
                + "永 yong 成 cheng 光 guang 德 de 然 ran");
        /** Full names that many people have: each recurs with different employers. */
        static final String[][] COMMON_CHINESE = pairs("王伟 Wang_Wei 张伟 Zhang_Wei 李娜 Li_Na 刘洋 Liu_Yang "
                + "陈静 Chen_Jing 王芳 Wang_Fang 李强 Li_Qiang 王磊 Wang_Lei 张敏 Zhang_Min 刘伟 Liu_Wei 李静 Li_Jing");
        static final String[][] COMMON_WESTERN = {{"David", "Miller"}, {"Maria", "Silva"}, {"Michael", "Brown"},
                {"Anna", "Santos"}, {"John", "Smith"}, {"Laura", "Garcia"}};
        /** Given names of the resolver's list ({@code lexicon/given-names.txt}), with their usual transliteration. */
        static final String[][] WESTERN_GIVEN = pairs("Maria 玛丽亚 David 大卫 Michael 迈克尔 Anna 安娜 Laura 劳拉 "
                + "Daniel 丹尼尔 Peter 彼得 Sarah 莎拉 Thomas 托马斯 Julia 茱莉亚 Lucas 卢卡斯 Mark 马克 Kevin 凯文 "
                + "Emily 艾米莉 James 詹姆斯 Carlos 卡洛斯 Pedro 佩德罗 Robert 罗伯特 Richard 理查德 Susan 苏珊 "
                + "Linda 琳达 Jennifer 詹妮弗 Andrew 安德鲁 Steven 史蒂文 Brian 布莱恩 Jessica 杰西卡 Rachel 瑞秋 "
                + "Eric 埃里克 Helen 海伦 Victor 维克多 Sophia 索菲亚 Oliver 奥利弗 Lisa 丽莎 Paul 保罗 John 约翰 "
                + "Chris 克里斯 Elena 埃琳娜 Marco 马可 Rafael 拉斐尔 Gabriel 加布里埃尔 Beatriz 贝亚特丽斯 "
                + "Fernanda 费尔南达 Bruno 布鲁诺 Diego 迭戈 Camila 卡米拉 Mariana 玛丽安娜");
        static final String[][] WESTERN_FAMILY = pairs("Lopez 洛佩兹 Miller 米勒 Smith 史密斯 Silva 席尔瓦 "
                + "Santos 桑托斯 Brown 布朗 Johnson 约翰逊 Williams 威廉姆斯 Garcia 加西亚 Martin 马丁 "
                + "Anderson 安德森 Taylor 泰勒 Moore 摩尔 Clark 克拉克 Lewis 刘易斯 Walker 沃克 Hall 霍尔 "
                + "Allen 艾伦 Wright 赖特 Scott 斯科特 Green 格林 Baker 贝克 Adams 亚当斯 Nelson 纳尔逊 "
                + "Carter 卡特 Mitchell 米切尔 Roberts 罗伯茨 Turner 特纳 Phillips 菲利普斯 Campbell 坎贝尔 "
                + "Parker 帕克 Evans 埃文斯 Edwards 爱德华兹 Collins 柯林斯 Stewart 斯图尔特 Morris 莫里斯 "
                + "Murphy 墨菲 Cook 库克 Rogers 罗杰斯 Cooper 库珀 Peterson 彼得森 Reed 里德 Bailey 贝利 "
                + "Kelly 凯利 Howard 霍华德 Ward 沃德 Richardson 理查森 Wood 伍德 Watson 沃森 Brooks 布鲁克斯 "
                + "Bennett 贝内特 Gray 格雷 Hughes 休斯 Price 普莱斯 Sanders 桑德斯 Myers 迈尔斯 Ross 罗斯 "
                + "Foster 福斯特 Oliveira 奥利维拉 Souza 索萨 Pereira 佩雷拉 Costa 科斯塔 Almeida 阿尔梅达 "
                + "Ferreira 费雷拉 Rodrigues 罗德里格斯 Carvalho 卡瓦略 Gomes 戈麦斯 Ribeiro 里贝罗 "
                + "Schmidt 施密特 Fischer 菲舍尔 Weber 韦伯 Becker 贝克尔 Hoffmann 霍夫曼 Dubois 杜布瓦 "
                + "Moreau 莫罗 Laurent 洛朗 Rossi 罗西 Russo 鲁索 Bianchi 比安基 Romano 罗马诺");
        /** Syllables of made-up Western names, with the characters Chinese news transliterates them with. */
        static final String[][] SYLLABLES = pairs("ka 卡 ro 罗 li 利 na 纳 ve 维 to 托 ma 马 ri 里 sa 萨 de 德 "
                + "lo 洛 ne 内 mi 米 ra 拉 ta 塔 no 诺 va 瓦 le 莱 si 西 bo 博 ga 加 ti 蒂 do 多 ki 基 "
                + "mo 莫 ba 巴 fe 费 lu 卢 ze 泽 co 科 da 达 pe 佩 ru 鲁 vi 维 ha 哈 so 索 ni 尼 te 特");
        static final String[][] ENDINGS = pairs("n 恩 s 斯 r 尔 x 克斯 tek 泰克 lia 利亚 ra 拉 son 森 ven 文 "
                + "dex 德克斯 ton 顿 ra 拉 ia 亚 on 昂");
        static final String[][] BRAND_CHARS = pairs("星 xing 河 he 深 shen 言 yan 云 yun 天 tian 海 hai 华 hua "
                + "恒 heng 瑞 rui 达 da 博 bo 启 qi 智 zhi 联 lian 创 chuang 远 yuan 航 hang 光 guang 明 ming "
                + "通 tong 安 an 盛 sheng 鼎 ding 金 jin 宇 yu 宙 zhou 极 ji 蓝 lan 图 tu 灵 ling 芯 xin 源 yuan "
                + "腾 teng 跃 yue 驰 chi 泰 tai 隆 long 凯 kai 卓 zhuo 越 yue 晶 jing 微 wei 数 shu 美 mei 力 li "
                + "众 zhong 和 he 融 rong 汇 hui 峰 feng 岭 ling 风 feng 雷 lei 火 huo 山 shan 松 song 竹 zhu "
                + "麒 qi 麟 lin 鹰 ying 象 xiang 辰 chen 曜 yao 澜 lan 途 tu 易 yi 嘉 jia 福 fu 禾 he 朗 lang");
        static final String[][] COMPANY_SUFFIXES = pairs("科技 Technology 智能 Intelligence 集团 Group 汽车 Auto "
                + "网络 Networks 半导体 Semiconductor 生物 Biotech 能源 Energy 资本 Capital 证券 Securities "
                + "银行 Bank 电子 Electronics 物流 Logistics 医药 Pharmaceutical 传媒 Media 软件 Software "
                + "机器人 Robotics 新能源 New_Energy 控股 Holdings 创投 Ventures");
        static final String[][] ORGANIZATION_KINDS = pairs("大学 University 大学 University 研究院 Research_Institute "
                + "实验室 Laboratory 协会 Association 基金会 Foundation 商会 Chamber_of_Commerce "
                + "理工学院 Institute_of_Technology 人工智能研究院 AI_Institute 医学院 Medical_College");
        static final String[][] PLACES = pairs("江南 Jiangnan 华东 Huadong 西北 Xibei 东方 Dongfang 南方 Nanfang "
                + "北方 Beifang 中山 Zhongshan 滨海 Binhai 长江 Changjiang 珠江 Zhujiang 天府 Tianfu 岭南 Lingnan "
                + "湖畔 Hupan 燕山 Yanshan 钱塘 Qiantang 闽江 Minjiang");
        static final String[][] PRODUCT_NOUNS = pairs("助手 Assistant 写作 Writer 大模型 Model 云 Cloud 手机 Phone "
                + "浏览器 Browser 地图 Maps 支付 Pay 音乐 Music 翻译 Translate");
        static final String[] PRODUCT_LINES = {"Aurora", "Nova", "Lumen", "Atlas", "Orion", "Vega", "Zenith", "Pulse",
                "Echo", "Falcon", "Titan", "Quantum", "Spark", "Nimbus", "Apex", "Helix", "Vertex", "Photon", "Comet",
                "Sierra", "Polaris", "Stratus", "Cobalt", "Nexus"};
        static final String[] MODEL_PREFIXES = {"", "X", "S", "Pro ", "M", "Z", "GT", "Air "};
        static final String[] MODEL_SUFFIXES = {"", "", " Pro", " Max", " Ultra", " Lite", "e"};
        static final Occupation[] BUSINESS = {
                new Occupation("chief executive", "首席执行官", "CEO", WorkField.BUSINESS),
                new Occupation("chief financial officer", "首席财务官", "executivo", WorkField.BUSINESS),
                new Occupation("executive", "高管", "executivo", WorkField.BUSINESS),
                new Occupation("engineer", "工程师", "engenheiro", WorkField.BUSINESS, WorkField.SCIENCE),
                new Occupation("analyst", "分析师", "analista", WorkField.BUSINESS),
                new Occupation("entrepreneur", "企业家", "empreendedor", WorkField.BUSINESS),
                new Occupation("economist", "经济学家", "economista", WorkField.BUSINESS, WorkField.SCIENCE)};
        static final Occupation[] ACADEMIC = {
                new Occupation("professor", "教授", "professor", WorkField.SCIENCE),
                new Occupation("researcher", "研究员", "pesquisador", WorkField.SCIENCE),
                new Occupation("scientist", "科学家", "cientista", WorkField.SCIENCE)};

        /** Pairs from "a1 b1 a2 b2 …"; an underscore stands for a space inside a name. */
        static String[][] pairs(String list) {
            String[] words = list.trim().split("\\s+");
            String[][] out = new String[words.length / 2][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new String[] {words[2 * i].replace('_', ' '), words[2 * i + 1].replace('_', ' ')};
            }
            return out;
        }

        /** Two different brand characters: 星河, not 航航. */
        static String[][] brand(SplittableRandom r) {
            String[] a = pick(r, BRAND_CHARS);
            String[] b = pick(r, BRAND_CHARS);
            while (b[0].equals(a[0])) {
                b = pick(r, BRAND_CHARS);
            }
            return new String[][] {a, b};
        }

        static String[] given(String latin) {
            for (String[] g : WESTERN_GIVEN) {
                if (g[0].equals(latin)) {
                    return g;
                }
            }
            throw new IllegalArgumentException(latin);
        }

        static String[] family(String latin) {
            for (String[] f : WESTERN_FAMILY) {
                if (f[0].equals(latin)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(latin);
        }

        /** A made-up Western name of some syllables, {Latin, transliteration}: Novatek, 诺瓦泰克. */
        static String[] syllableName(SplittableRandom r, int syllables, boolean person) {
            StringBuilder latin = new StringBuilder();
            StringBuilder han = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                String[] s = pick(r, SYLLABLES);
                latin.append(s[0]);
                han.append(s[1]);
            }
            if (person || r.nextDouble() < 0.7) {
                String[] e = pick(r, ENDINGS);
                latin.append(e[0]);
                han.append(e[1]);
            }
            return new String[] {capital(latin.toString()), han.toString()};
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Texts: sentence templates by language folder (zh serves Traditional documents too, converted).

    private static final class Texts {
        private static final Map<String, Map<FactType, List<Template>>> TEMPLATES = new HashMap<>();
        private static final Map<String, Map<EventType, List<Template>>> AGENTLESS = new HashMap<>();

        static List<Template> templates(String folder, FactType type) {
            return TEMPLATES.get(folder).get(type);
        }

        static List<Template> agentless(String folder, EventType type) {
            return AGENTLESS.get(folder).get(type);
        }

        private static void add(String folder, FactType type, Template... templates) {
            TEMPLATES.computeIfAbsent(folder, f -> new HashMap<>()).put(type, List.of(templates));
        }

        private static void agentless(String folder, EventType type, Template... templates) {
            AGENTLESS.computeIfAbsent(folder, f -> new HashMap<>()).put(type, List.of(templates));
        }

        static {
            add("zh", EventType.JOINING, t("verb-active", 0.75, "{a}{d}正式加入{b}，负责公司的海外业务。"),
                    t("verb-post", 0.6, "据悉，{a}{d}加盟{b}并出任高级副总裁。"));
            add("zh", EventType.DEPARTURE, t("verb-active", 0.75, "{a}{d}离开{b}，此前其在公司任职多年。"),
                    t("verb-no-object", 0.6, "{b}确认，{a}已{d}从公司离职。"));
            add("zh", EventType.FOUNDING, t("verb-active", 0.75, "{a}{d}创立了{b}。"),
                    t("verb-passive", 0.75, "{b}由{a}{d}创办。"));
            add("zh", EventType.PRODUCT_LAUNCH, t("verb-active-ergative", 0.7, "{a}{d}发布了{b}，进一步完善其产品线。"),
                    t("ergative-subject", 0.6, "{a}旗下的{b}{d}正式上市。"));
            add("zh", EventType.ACQUISITION, t("verb-active", 0.75, "{a}{d}宣布收购{b}{m}。"),
                    t("verb-passive", 0.75, "{b}{d}被{a}收购{m}。"));
            add("zh", EventType.INVESTMENT, t("verb-active", 0.75, "{a}{d}投资了{b}{m}。"),
                    t("round-led-by", 0.7, "{b}{d}完成新一轮融资，由{a}领投{m}。"));
            agentless("zh", EventType.PRODUCT_LAUNCH, t("verb-no-agent-ergative", 0.55, "{b}{d}正式上市，首批用户反响积极。"));
            agentless("zh", EventType.ACQUISITION, t("verb-no-agent", 0.55, "{b}{d}被收购{m}，买方身份尚未公开。"));
            agentless("zh", EventType.INVESTMENT, t("verb-no-agent", 0.55, "{b}{d}完成新一轮融资{m}。"));
            add("zh", RelationType.WORKS_FOR, t("noun-before-name", 0.7, "{b}{o}{a}表示，公司将继续扩大研发团队。"),
                    t("noun-predicate", 0.7, "{a}目前担任{b}{o}一职。"),
                    t("locative", 0.7, "{a}目前在{b}工作，负责产品规划。"));
            add("zh", RelationType.FOUNDED, t("noun-before-name", 0.7, "{b}创始人{a}在发布会上发表讲话。"),
                    t("noun-predicate", 0.7, "{a}是{b}的创始人之一。"));
            add("zh", RelationType.DEVELOPS, t("product-of-organization", 0.6, "{a}旗下的{b}近来备受关注。"),
                    t("verb-active-ergative", 0.7, "{a}开发的{b}已拥有大量用户。"));
            add("zh", RelationType.COMPETES_WITH, t("verb-active", 0.75, "{a}与{b}在这一领域展开直接竞争。"),
                    t("rivalry-list", 0.6, "{a}的主要竞争对手包括{b}。"));
            add("zh", RelationType.PART_OF, t("verb-post", 0.6, "{a}是{b}旗下的机构。"),
                    t("verb-active", 0.75, "{a}隶属于{b}。"));
            add("zh", RelationType.EDUCATED_AT, t("locative", 0.7, "{a}毕业于{b}。"),
                    t("noun-after-name", 0.7, "{a}早年曾就读于{b}。"));
            add("zh", RelationType.INVESTED_IN, t("noun-stake-of", 0.65, "{a}持有{b}的部分股份。"),
                    t("verb-active", 0.75, "{a}此前已投资{b}。"));
            add("zh", RelationType.ACQUIRED, t("noun-taken", 0.6, "{b}目前由{a}全资控股。"),
                    t("verb-active", 0.75, "{a}早前收购了{b}。"));

            add("en", EventType.JOINING, t("verb-active", 0.75, "{a} joined {b}{d} as senior vice president."),
                    t("verb-passive", 0.75, "{a} was hired by {b}{d} to lead its overseas business."));
            add("en", EventType.DEPARTURE, t("verb-active", 0.75, "{a} left {b}{d}, the company confirmed."),
                    t("verb-no-object", 0.6, "{a} resigned from {b}{d}."));
            add("en", EventType.FOUNDING, t("verb-active", 0.75, "{a} founded {b}{d}."),
                    t("verb-passive", 0.75, "{b} was founded by {a}{d}."));
            add("en", EventType.PRODUCT_LAUNCH, t("verb-active-ergative", 0.7, "{a} launched {b}{d}."),
                    t("verb-active-ergative", 0.7, "{a} unveiled {b}{d}, its newest product."));
            add("en", EventType.ACQUISITION, t("verb-active", 0.75, "{a} acquired {b}{d}{m}."),
                    t("verb-passive", 0.75, "{b} was acquired by {a}{d}{m}."));
            add("en", EventType.INVESTMENT, t("verb-active", 0.75, "{a} invested in {b}{d}{m}."),
                    t("round-led-by", 0.7, "{b} raised a new funding round led by {a}{d}{m}."));
            agentless("en", EventType.PRODUCT_LAUNCH, t("ergative-subject", 0.6, "{b} was launched{d}."));
            agentless("en", EventType.ACQUISITION, t("verb-no-agent", 0.55, "{b} was sold{d}{m}."));
            agentless("en", EventType.INVESTMENT, t("verb-no-agent", 0.55, "{b} raised a new funding round{d}{m}."));
            add("en", RelationType.WORKS_FOR,
                    t("noun-apposition", 0.75, "{a}, {o} of {b}, said the company would expand its research team."),
                    t("locative", 0.7, "{a}, who works at {b}, declined to comment."));
            add("en", RelationType.FOUNDED, t("noun-apposition", 0.75, "{a}, a co-founder of {b}, spoke at the event."),
                    t("noun-before-name", 0.7, "{b} co-founder {a} said the company was growing quickly."));
            add("en", RelationType.DEVELOPS,
                    t("product-of-organization", 0.6, "{b}, developed by {a}, has gained users quickly."),
                    t("verb-active", 0.75, "{a} also makes {b}, which sells in more than 30 markets."));
            add("en", RelationType.COMPETES_WITH, t("verb-active", 0.75, "{a} competes with {b} in the same market."),
                    t("facing-rivals", 0.65, "{a} faces strong rivals such as {b}."));
            add("en", RelationType.PART_OF, t("noun-apposition", 0.75, "{a}, a unit of {b}, reported higher revenue."),
                    t("wholly-owned", 0.65, "{a} is wholly owned by {b}."));
            add("en", RelationType.EDUCATED_AT, t("locative", 0.7, "{a} studied at {b}."),
                    t("locative", 0.7, "{a} graduated from {b}."));
            add("en", RelationType.INVESTED_IN, t("verb-active", 0.75, "{a} has invested in {b}."),
                    t("noun-stake-of", 0.65, "{a} holds a stake in {b}."));
            add("en", RelationType.ACQUIRED, t("verb-active", 0.75, "{a} bought {b} several years ago."),
                    t("noun-taken", 0.6, "{b} has been owned by {a} since the takeover."));

            add("pt", EventType.JOINING, t("verb-active", 0.75, "{a} entrou na {b}{d} como vice-presidente."),
                    t("verb-passive", 0.75, "{a} foi contratado pela {b}{d}."));
            add("pt", EventType.DEPARTURE, t("verb-active", 0.75, "{a} deixou a {b}{d}."),
                    t("verb-no-object", 0.6, "{a} saiu da {b}{d}, segundo a empresa."));
            add("pt", EventType.FOUNDING, t("verb-active", 0.75, "{a} fundou a {b}{d}."),
                    t("verb-passive", 0.75, "A {b} foi fundada por {a}{d}."));
            add("pt", EventType.PRODUCT_LAUNCH, t("verb-active-ergative", 0.7, "A {a} lançou o {b}{d}."),
                    t("verb-active-ergative", 0.7, "A {a} apresentou o {b}{d}."));
            add("pt", EventType.ACQUISITION, t("verb-active", 0.75, "A {a} comprou a {b}{d}{m}."),
                    t("verb-passive", 0.75, "A {b} foi adquirida pela {a}{d}{m}."));
            add("pt", EventType.INVESTMENT, t("verb-active", 0.75, "A {a} investiu na {b}{d}{m}."),
                    t("round-led-by", 0.7, "A {b} recebeu um aporte liderado pela {a}{d}{m}."));
            agentless("pt", EventType.PRODUCT_LAUNCH, t("ergative-subject", 0.6, "O {b} foi lançado{d}."));
            agentless("pt", EventType.ACQUISITION, t("verb-no-agent", 0.55, "A {b} foi vendida{d}{m}."));
            agentless("pt", EventType.INVESTMENT, t("verb-no-agent", 0.55, "A {b} captou uma nova rodada{d}{m}."));
            add("pt", RelationType.WORKS_FOR,
                    t("noun-apposition", 0.75, "{a}, {o} da {b}, disse que a empresa vai ampliar a equipe."),
                    t("locative", 0.7, "{a}, que trabalha na {b}, não quis comentar."));
            add("pt", RelationType.FOUNDED, t("noun-apposition", 0.75, "{a}, cofundador da {b}, falou no evento."),
                    t("verb-active", 0.75, "{a} é um dos fundadores da {b}."));
            add("pt", RelationType.DEVELOPS,
                    t("product-of-organization", 0.6, "O {b}, desenvolvido pela {a}, ganhou usuários rapidamente."),
                    t("verb-active", 0.75, "A {a} também fabrica o {b}."));
            add("pt", RelationType.COMPETES_WITH, t("verb-active", 0.75, "A {a} concorre com a {b} no mesmo mercado."),
                    t("facing-rivals", 0.65, "A {a} enfrenta rivais como a {b}."));
            add("pt", RelationType.PART_OF,
                    t("noun-apposition", 0.75, "A {a}, subsidiária da {b}, registrou alta na receita."),
                    t("wholly-owned", 0.65, "A {a} pertence integralmente à {b}."));
            add("pt", RelationType.EDUCATED_AT, t("locative", 0.7, "{a} estudou na {b}."),
                    t("locative", 0.7, "{a} se formou na {b}."));
            add("pt", RelationType.INVESTED_IN, t("verb-active", 0.75, "A {a} já investiu na {b}."),
                    t("noun-stake-of", 0.65, "A {a} tem uma participação na {b}."));
            add("pt", RelationType.ACQUIRED, t("verb-active", 0.75, "A {a} comprou a {b} há alguns anos."),
                    t("noun-taken", 0.6, "A {b} pertence hoje à {a}."));
        }

        static final Map<String, List<String>> PERSON = Map.of(
                "zh", List.of("{a}表示，行业竞争正在加剧。", "{a}认为，市场需求依然强劲。",
                        "{a}在接受采访时说，公司对前景充满信心。", "{a}对此未予置评。"),
                "en", List.of("{a} said demand remained strong.",
                        "\"We are confident about the year ahead,\" {a} said.",
                        "{a} declined to comment on the report."),
                "pt", List.of("{a} disse que a demanda continua forte.", "{a} não quis comentar o assunto."));
        static final Map<String, List<String>> PERSON_WITH_OCCUPATION = Map.of(
                "zh", List.of("{o}{a}指出，今年的增长主要来自海外市场。"),
                "en", List.of("{a}, a well-known {o}, said the market was changing."),
                "pt", List.of("{a}, {o} conhecido no setor, disse que o mercado está mudando."));
        static final Map<String, List<String>> ORGANIZATION = Map.of(
                "zh", List.of("{a}的发言人表示，公司对前景充满信心。", "{a}尚未对此发表评论。", "{a}今年的营收同比增长了两成。"),
                "en", List.of("A spokesperson for {a} declined to comment.",
                        "{a} did not respond to a request for comment.", "{a} reported higher revenue this year."),
                "pt", List.of("A {a} não comentou o assunto.", "A {a} registrou alta na receita neste ano."));
        static final Map<String, List<String>> PRODUCT = Map.of(
                "zh", List.of("{a}的销量在上一季度明显增长。", "{a}上线后吸引了大量用户。"),
                "en", List.of("Sales of {a} rose in the last quarter.", "{a} has attracted millions of users."),
                "pt", List.of("As vendas do {a} cresceram no último trimestre."));
        static final Map<String, String> HEADLINE = Map.of(
                "zh", "{a}与{b}动作频频，行业格局生变",
                "en", "{a} and {b} make moves as the market shifts",
                "pt", "{a} e {b} agitam o mercado");

        private static final Map<String, String[]> FILLER_OPENINGS = Map.of(
                "zh", new String[] {"分析人士指出，", "业内人士认为，", "有消息称，", "数据显示，", "专家表示，",
                        "市场人士预计，", "报道称，", ""},
                "en", new String[] {"Analysts said ", "According to industry data, ", "People familiar with the "
                        + "matter said ", "Some investors believe ", "Observers noted that ", ""},
                "pt", new String[] {"Analistas dizem que ", "Segundo dados do setor, ", "Fontes próximas afirmam que ",
                        "Observadores notam que ", ""});
        private static final Map<String, String[]> FILLERS = Map.of(
                "zh", new String[] {"行业整合的步伐正在加快。", "人工智能技术将深刻改变这一市场。",
                        "今年以来相关板块的融资规模持续扩大。", "明年的市场需求将保持稳定增长。",
                        "监管部门近期出台了多项支持政策。", "该领域的用户规模已超过一亿。",
                        "不少投资者对行业前景持谨慎乐观的态度。", "随着竞争加剧，价格战的风险也在上升。",
                        "相关谈判仍在进行中。", "消息公布后，相关公司的股价普遍上涨。", "技术创新仍是企业发展的关键。",
                        "海外市场已成为各家公司争夺的重点。", "企业在扩张时需要注意风险控制。",
                        "过去三年该行业的年均增速超过百分之二十。", "供应链的稳定性受到越来越多的关注。",
                        "多家公司正在加大对数据中心的投入。"},
                "en", new String[] {"the industry is consolidating quickly.", "investors have poured money into the "
                        + "sector this year.", "demand for the technology has grown faster than expected.",
                        "regulators have signaled closer scrutiny of such deals.", "the market has attracted a "
                        + "wave of new entrants.", "talks were continuing.", "shares in the sector rose after the "
                        + "announcement.", "competition has pushed prices down across the industry.", "spending on "
                        + "the technology doubled in two years.", "growth could slow next year.", "overseas markets "
                        + "have become a key battleground.", "supply chains remain a concern for manufacturers."},
                "pt", new String[] {"o setor passa por uma consolidação rápida.", "investidores aplicaram bilhões no "
                        + "setor neste ano.", "a demanda pela tecnologia cresceu mais do que o esperado.",
                        "os reguladores sinalizaram maior atenção a esse tipo de negócio.", "o mercado atraiu uma "
                        + "nova leva de empresas.", "as conversas continuam.", "as ações do setor subiram depois do "
                        + "anúncio.", "a concorrência derrubou os preços em todo o setor.", "os gastos com a "
                        + "tecnologia dobraram em dois anos.", "o crescimento pode desacelerar no próximo ano."});

        /** A general sentence that names nothing. */
        static String filler(String folder, SplittableRandom r) {
            String s = pick(r, FILLER_OPENINGS.get(folder)) + pick(r, FILLERS.get(folder));
            return folder.equals("zh") ? s : capital(s);
        }

        private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"};
        private static final String[] PT_MONTHS = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                "agosto", "setembro", "outubro", "novembro", "dezembro"};

        /** The phrase that dates an event in a sentence, as the date normalizer reads it back; empty for none. */
        static String date(String folder, TemporalValue v) {
            if (v == null) {
                return "";
            }
            int y = v.yearValue();
            int m = v.monthValue();
            int d = v.day().map(LocalDate::getDayOfMonth).orElse(0);
            return switch (folder) {
                case "zh" -> "于" + y + "年" + (m > 0 ? m + "月" : "") + (d > 0 ? d + "日" : "");
                case "pt" -> d > 0 ? " em " + d + " de " + PT_MONTHS[m - 1] + " de " + y
                        : m > 0 ? " em " + PT_MONTHS[m - 1] + " de " + y : " em " + y;
                default -> d > 0 ? " on " + EN_MONTHS[m - 1] + " " + d + ", " + y
                        : m > 0 ? " in " + EN_MONTHS[m - 1] + " " + y : " in " + y;
            };
        }

        /** The date line under the headline. */
        static String published(String folder, LocalDate d) {
            return switch (folder) {
                case "zh" -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                case "pt" -> d.getDayOfMonth() + " de " + PT_MONTHS[d.getMonthValue() - 1] + " de " + d.getYear();
                default -> EN_MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
            };
        }

        /** The money phrase of a deal in dollars (or yuan): "，金额约为12亿美元", ", a deal worth $1.2 billion". */
        static String money(String folder, long value, boolean yuan) {
            return switch (folder) {
                case "zh" -> "，金额约为" + (value >= 100_000_000L ? decimal(value / 1e8, ".") + "亿"
                        : value / 10_000 + "万") + (yuan ? "元人民币" : "美元");
                case "pt" -> ", num negócio de US$ " + (value >= 1_000_000_000L
                        ? decimal(value / 1e9, ",") + (value == 1_000_000_000L ? " bilhão" : " bilhões")
                        : value / 1_000_000 + " milhões");
                default -> ", a deal worth $" + (value >= 1_000_000_000L ? decimal(value / 1e9, ".") + " billion"
                        : value / 1_000_000 + " million");
            };
        }

        private static String decimal(double v, String point) {
            String s = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
            return s.replace(".", point);
        }

        /**
         * Simplified characters of the names and templates above and of the lexicon's Chinese names, with their
         * Taiwan-standard Traditional forms (HanLP's converter, character by character, save for name characters
         * that keep their form: 余 范 梁 松 里 台 采); any other character stays.
         */
        private static final String SIMPLIFIED = "万与专业东两严丰为丽义乐书买争于云亚产亿从价众优会伟传伦体兰关兴兹内写军农冯凯划刘刚创剑剧办务动劲劳医华协卖卢卫发变叶后"
                + "吕启吴员响哔团国图场块备复夺奥孙学宁宝实对导将尔属岭币师并广库应开张强当态总恒战户托执扩报担拥据携数时显晓术机来杨杰极构"
                + "桥欧毕气汇汤泽济浏涛涨湾满滨澜灵点爱猫玛现电监着硕确离积称稳竞红约级纬纳纽线经络统继续维网罗职联脑脸腾艳节苏苹药莱营萨蒋"
                + "蓝虾蚁蚂观规视览计认讯讲论设访证评译话该说诺读谈谋谢谨谭谱贝负财责购贵贷贸费贺贾资赖赛赞赵跃车轩轮软辉达过迈这进远逊邓邹"
                + "郑钟钱银链销键长门问闻闽队际陆陈险随隶静韦韩项顺顾顿预领频颖额风飞马驰验鲁鸿鹏鹰麦黄龙龚";
        private static final String TRADITIONAL = "萬與專業東兩嚴豐為麗義樂書買爭於雲亞產億從價眾優會偉傳倫體蘭關興茲內寫軍農馮凱劃劉剛創劍劇辦務動勁勞醫華協賣盧衛發變葉後"
                + "呂啟吳員響嗶團國圖場塊備復奪奧孫學寧寶實對導將爾屬嶺幣師並廣庫應開張強當態總恆戰戶託執擴報擔擁據攜數時顯曉術機來楊傑極構"
                + "橋歐畢氣匯湯澤濟瀏濤漲灣滿濱瀾靈點愛貓瑪現電監著碩確離積稱穩競紅約級緯納紐線經絡統繼續維網羅職聯腦臉騰豔節蘇蘋藥萊營薩蔣"
                + "藍蝦蟻螞觀規視覽計認訊講論設訪證評譯話該說諾讀談謀謝謹譚譜貝負財責購貴貸貿費賀賈資賴賽贊趙躍車軒輪軟輝達過邁這進遠遜鄧鄒"
                + "鄭鍾錢銀鏈銷鍵長門問聞閩隊際陸陳險隨隸靜韋韓項順顧頓預領頻穎額風飛馬馳驗魯鴻鵬鷹麥黃龍龔";
        private static final Map<Character, Character> TO_TRADITIONAL = new HashMap<>();

        static {
            for (int i = 0; i < SIMPLIFIED.length(); i++) {
                TO_TRADITIONAL.put(SIMPLIFIED.charAt(i), TRADITIONAL.charAt(i));
            }
        }

        /** The text in Traditional characters, of the same length, so that offsets hold in both. */
        static String traditional(String simplified) {
            StringBuilder out = new StringBuilder(simplified.length());
            for (int i = 0; i < simplified.length(); i++) {
                char c = simplified.charAt(i);
                out.append(TO_TRADITIONAL.getOrDefault(c, c));
            }
            return out.toString();
        }
    }
}
