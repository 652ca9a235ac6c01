package dev.kgx.lang;

import dev.kgx.Resources;
import dev.kgx.model.FactType;
import dev.kgx.model.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What kgx knows of one language, read from its folder {@code dev/kgx/lang/<folder>/}: the trigger words of
 * relations and events, the frames in which they relate entities, and which dependency relations of the
 * language's parser put an entity in which role. Chosen once per document by its
 * {@link Language}; adding a language is a folder of data and an enum constant.
 */
public final class LanguageProfile {
    private static final Map<Language, LanguageProfile> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final TriggerLexicon triggers;
    private final Map<String, String> macros;
    private final List<Frame> frames;
    private final DependencyRoles dependencyRoles;

    private LanguageProfile(Language language, TriggerLexicon triggers, Map<String, String> macros,
                            List<Frame> frames, DependencyRoles dependencyRoles) {
        this.language = language;
        this.triggers = triggers;
        this.macros = macros;
        this.frames = frames;
        this.dependencyRoles = dependencyRoles;
    }

    /** The profile of a language, loaded once per process. */
    public static synchronized LanguageProfile of(Language language) {
        return LOADED.computeIfAbsent(language, LanguageProfile::load);
    }

    private static LanguageProfile load(Language language) {
        String folder = "dev/kgx/lang/" + language.folder() + "/";
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
        String roles = folder + "dependencies.tsv";
        DependencyRoles dependencyRoles = LanguageProfile.class.getClassLoader().getResource(roles) == null ? null
                : DependencyRoles.load(roles);
        return new LanguageProfile(language, triggers, Map.copyOf(macros), List.copyOf(frames), dependencyRoles);
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
}
