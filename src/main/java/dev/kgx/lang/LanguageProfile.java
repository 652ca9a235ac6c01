package dev.kgx.lang;

import dev.kgx.Resources;
import dev.kgx.model.EntityType;
import dev.kgx.model.FactType;
import dev.kgx.model.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What kgx knows of one language, read from its folder {@code dev/kgx/lang/<folder>/}: how its text is analysed
 * and parsed and the words the stages read ({@code language.tsv}), the trigger words of relations and events
 * ({@code triggers.tsv}), the frames in which they relate entities ({@code frames.tsv}), which dependency
 * relations of the language's parser put an entity in which role ({@code dependencies.tsv}, for a language with a
 * parser), words that refer back to entities ({@code anaphors.tsv}), the lines of its news pages that are no
 * article ({@code boilerplate.tsv}), how it writes money ({@code money.tsv}) and its words for what people do
 * ({@code occupations.tsv}). Chosen once per document by its
 * {@link Language}; adding a language is a folder of data and an enum constant. Every file is checked when it
 * loads: a missing file or setting, or an unknown value, fails with the file and line.
 */
public final class LanguageProfile {
    private static final Map<Language, LanguageProfile> LOADED = new ConcurrentHashMap<>();

    /** The settings every {@code language.tsv} gives (a list may be empty). */
    static final List<String> SETTINGS = List.of("analyzer", "latin-tagger", "parser", "proper-noun-tag", "script", "to-simplified",
            "person-needs-given-name", "latin-name-tag", "list-separators", "list-articles", "name-particles",
            "organization-prepositions", "located-suffixes", "byline");

    private final Language language;
    private final TriggerLexicon triggers;
    private final Map<String, String> macros;
    private final List<Frame> frames;
    private final DependencyRoles dependencyRoles;
    private final Settings settings;
    private final List<Anaphor> anaphors;
    private final List<Pattern> boilerplate;
    private final MoneyWords money;
    private final Occupations occupations;

    private LanguageProfile(Language language, TriggerLexicon triggers, Map<String, String> macros,
                            List<Frame> frames, DependencyRoles dependencyRoles, Settings settings,
                            List<Anaphor> anaphors, List<Pattern> boilerplate, MoneyWords money,
                            Occupations occupations) {
        this.language = language;
        this.triggers = triggers;
        this.macros = macros;
        this.frames = frames;
        this.dependencyRoles = dependencyRoles;
        this.settings = settings;
        this.anaphors = anaphors;
        this.boilerplate = boilerplate;
        this.money = money;
        this.occupations = occupations;
    }

    /** The profile of a language, loaded once per process (stages ask for it on every document, from any thread). */
    public static LanguageProfile of(Language language) {
        return LOADED.computeIfAbsent(language, l -> load(l, "dev/kgx/lang/" + l.folder() + "/"));
    }

    /** The profiles of every language kgx knows (for what any text may contain, such as amounts of money). */
    public static List<LanguageProfile> all() {
        return Arrays.stream(Language.values()).map(LanguageProfile::of).toList();
    }

    /** Loads the profile in a resource folder (ending in a slash) for a language. */
    static LanguageProfile load(Language language, String folder) {
        Settings settings = Settings.load(folder + "language.tsv");
        TriggerLexicon triggers = TriggerLexicon.load(folder + "triggers.tsv", language.caseSensitive());
        Map<String, String> macros = new LinkedHashMap<>();
        List<Frame> frames = new ArrayList<>();
        String resource = folder + "frames.tsv";
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            try {
                if (f[0].equals("macro")) {
                    macros.put(f[1], f[2]);
                    continue;
                }
                if (f.length != 5) {
                    throw new IllegalArgumentException("a frame needs name, kind or fact, scope, confidence and "
                            + "pattern");
                }
                TriggerKind kind = null;
                FactType fixed = null;
                if (f[1].startsWith("fact:")) {
                    fixed = FactType.fromTerm(f[1].substring(5));
                } else {
                    kind = TriggerKind.fromName(f[1]);
                }
                Frame.Scope scope = switch (f[2]) {
                    case "all" -> Frame.Scope.ALL;
                    case "symmetric" -> Frame.Scope.SYMMETRIC;
                    case "events" -> Frame.Scope.EVENTS;
                    case "relations" -> Frame.Scope.RELATIONS;
                    default -> throw new IllegalArgumentException("unknown scope " + f[2]
                            + " (all, symmetric, events, relations)");
                };
                frames.add(new Frame(f[0], kind, fixed, scope, Double.parseDouble(f[3]), f[4]));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage() + ": " + line, e);
            }
        }
        // a language kgx parses needs the roles of its parser's relations; one it does not parse has none
        DependencyRoles dependencyRoles = settings.parser() == DependencyParser.NONE ? null
                : DependencyRoles.load(folder + "dependencies.tsv");
        return new LanguageProfile(language, triggers, Map.copyOf(macros), List.copyOf(frames), dependencyRoles,
                settings, anaphors(folder + "anaphors.tsv"), boilerplate(folder + "boilerplate.tsv"),
                MoneyWords.load(folder + "money.tsv"),
                Occupations.load(folder + "occupations.tsv", language.caseSensitive()));
    }

    private static List<Anaphor> anaphors(String resource) {
        List<Anaphor> out = new ArrayList<>();
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            try {
                if (f.length != 3) {
                    throw new IllegalArgumentException("an anaphor needs word, entity type and reach");
                }
                boolean byline = f[2].equals("byline");
                out.add(new Anaphor(f[0], EntityType.fromName(f[1]), byline ? 0 : Integer.parseInt(f[2]), byline));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return List.copyOf(out);
    }

    private static List<Pattern> boilerplate(String resource) {
        List<Pattern> out = new ArrayList<>();
        for (String line : Resources.lines(resource)) {
            try {
                out.add(Pattern.compile(line));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(resource + ": no regular expression: " + line, e);
            }
        }
        return List.copyOf(out);
    }

    /** The enum constant named by a setting's value, or a failure naming the values there are. */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown value " + name + " (one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ")");
    }

    /** The settings of {@code language.tsv}, each checked when read. */
    record Settings(Analysis analysis, boolean latinTagger, DependencyParser parser, String properNounTag, Script script,
                    boolean toSimplified, boolean personNeedsGivenName, String latinNameTag,
                    Set<String> listSeparators, Set<String> listArticles, Set<String> nameParticles,
                    Set<String> organizationPrepositions, Set<String> locatedSuffixes, Set<String> bylineWords) {

        static Settings load(String resource) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Resources.lines(resource)) {
                String[] f = line.split("\t", -1);
                if (!SETTINGS.contains(f[0])) {
                    throw new IllegalStateException(resource + ": unknown setting " + f[0] + " (one of " + SETTINGS
                            + ")");
                }
                values.put(f[0], f.length < 2 ? "" : f[1].strip());
            }
            for (String key : SETTINGS) {
                if (!values.containsKey(key)) {
                    throw new IllegalStateException(resource + ": setting " + key + " is missing");
                }
            }
            try {
                return new Settings(Analysis.fromName(values.get("analyzer")), bool(values, "latin-tagger"),
                        DependencyParser.fromName(values.get("parser")), word(values, "proper-noun-tag"),
                        Script.fromName(values.get("script")), bool(values, "to-simplified"),
                        bool(values, "person-needs-given-name"), word(values, "latin-name-tag"),
                        words(values.get("list-separators")), words(values.get("list-articles")),
                        words(values.get("name-particles")), words(values.get("organization-prepositions")),
                        words(values.get("located-suffixes")), words(values.get("byline")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        }

        private static String word(Map<String, String> values, String key) {
            String v = values.get(key);
            if (v.isEmpty() || v.contains(" ")) {
                throw new IllegalArgumentException(key + " needs one value, not \"" + v + "\"");
            }
            return v;
        }

        private static boolean bool(Map<String, String> values, String key) {
            return switch (values.get(key)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(key + " is true or false, not " + values.get(key));
            };
        }

        /** A list of words separated by spaces (none of them holds a space). */
        private static Set<String> words(String value) {
            Set<String> out = new LinkedHashSet<>();
            for (String w : value.split(" +")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        }
    }

    public Language language() {
        return language;
    }

    public TriggerLexicon triggers() {
        return triggers;
    }

    /** Named pattern pieces the frames share ({@code $SEP}: the words that separate the items of a list). */
    public Map<String, String> macros() {
        return macros;
    }

    public List<Frame> frames() {
        return frames;
    }

    /** The roles of the language's parser's relations, or null when kgx parses no text of the language. */
    public DependencyRoles dependencyRoles() {
        return dependencyRoles;
    }

    /** How the language's text is cut into tokens and tagged. */
    public Analysis analysis() {
        return settings.analysis();
    }

    /**
     * Whether the Latin-script analysis runs CoreNLP's English part-of-speech tagger on the language's text (so
     * that a verb trigger is told from a noun: "fund" in "venture capital fund"); the tagger reads English only.
     */
    public boolean latinTagger() {
        return settings.latinTagger();
    }

    /** The dependency parser for its sentences, or {@link DependencyParser#NONE}. */
    public DependencyParser parser() {
        return settings.parser();
    }

    /** The part-of-speech tag the parser gets for an entity's token (NR, NNP). */
    public String properNounTag() {
        return settings.properNounTag();
    }

    /** The script its text is written in. */
    public Script script() {
        return settings.script();
    }

    /** Whether text is converted to Simplified Chinese characters before analysis. */
    public boolean toSimplified() {
        return settings.toSimplified();
    }

    /**
     * Whether a name the statistical recognizer tags as a person needs more (a known given name first, or its
     * family name alone elsewhere) to be taken as one: where the recognizer was not trained on the language and
     * reads capitalized pairs of its ordinary words as people.
     */
    public boolean personNeedsGivenName() {
        return settings.personNeedsGivenName();
    }

    /** The language tag of names in Latin script in its documents (a Han-script name is tagged by its script). */
    public String latinNameTag() {
        return settings.latinNameTag();
    }

    /** Words and signs between the names of a list ("A、B 和 C", "A, B and C"). */
    public Set<String> listSeparators() {
        return settings.listSeparators();
    }

    /** Articles that may stand before a listed name ("A and the B", "o A e o B"). */
    public Set<String> listArticles() {
        return settings.listArticles();
    }

    /** Lower-case words inside the language's Latin-script names (Bank of America, Banco do Brasil). */
    public Set<String> nameParticles() {
        return settings.nameParticles();
    }

    /** Prepositions between a person or a title and an organization ("Y of X", "analistas da X"). */
    public Set<String> organizationPrepositions() {
        return settings.organizationPrepositions();
    }

    /** Second parts of hyphenated words saying where a company is or who backs it ("Paris-based"). */
    public Set<String> locatedSuffixes() {
        return settings.locatedSuffixes();
    }

    /** Words that introduce a byline's author ("By X", 作者:X). */
    public Set<String> bylineWords() {
        return settings.bylineWords();
    }

    /** Words that refer back to an entity named earlier. */
    public List<Anaphor> anaphors() {
        return anaphors;
    }

    /** Patterns of the lines its news pages add that are no article (applied to pages of every language). */
    public List<Pattern> boilerplate() {
        return boilerplate;
    }

    /** How the language writes amounts of money. */
    public MoneyWords money() {
        return money;
    }

    /** Its words for what people do, and how it attaches them to a name. */
    public Occupations occupations() {
        return occupations;
    }
}
