package dev.kgx.nlp;

import dev.kgx.extract.FactProposal;
import dev.kgx.extract.FactProposer;
import dev.kgx.extract.SentenceContext;
import dev.kgx.lang.Frame;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.Trigger;
import dev.kgx.lang.TriggerKind;
import dev.kgx.model.EntityType;
import dev.kgx.model.FactType;
import dev.kgx.model.Language;
import dev.kgx.model.RelationType;
import dev.kgx.model.Span;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Facts from trigger words in the frames of the document's language ({@link LanguageProfile}): a frame says where
 * the agent and the object stand around a trigger of one kind, the trigger says which relation or event it is.
 * A frame is compiled once for each group of triggers whose fact allows the same kinds of entity in its two roles,
 * so that "the nearest entity before the verb" means the nearest entity that can be the agent (梁军从华为跳槽到寒武纪:
 * the joining's agent is 梁军, not 华为).
 */
public final class SurfaceFrameProposer implements FactProposer {
    public static final String NAME = "frame";

    /** One frame compiled for one group of triggers (or for its fixed fact). */
    record CompiledFrame(Frame frame, TokenSequencePattern pattern, Set<String> firstWords, boolean inverse,
                         FactType type) {
    }

    private final Map<Language, List<CompiledFrame>> compiled = new EnumMap<>(Language.class);

    @Override
    public List<FactProposal> propose(SentenceContext context) {
        Language language = context.doc().source().language();
        LanguageProfile profile = LanguageProfile.of(language);
        List<CompiledFrame> frames = framesOf(language, profile);
        List<CoreLabel> tokens = EntityTokens.entityTokens(context);
        long entities = tokens.stream().filter(t -> !"O".equals(t.ner())).count();
        if (entities == 0) {
            return List.of();
        }
        Set<String> words = new java.util.HashSet<>();
        tokens.forEach(t -> words.add(profile.language().caseSensitive() ? t.word()
                : t.word().toLowerCase(java.util.Locale.ROOT)));
        List<FactProposal> out = new ArrayList<>();
        for (CompiledFrame cf : frames) {
            if (cf.firstWords() != null && cf.firstWords().stream().noneMatch(words::contains)) {
                continue; // none of the group's triggers is in the sentence
            }
            TokenSequenceMatcher m = cf.pattern().getMatcher(tokens);
            while (m.find()) {
                List<String> agents = EntityTokens.keysIn(m, "$a");
                List<String> objects = EntityTokens.keysIn(m, "$o");
                if (cf.inverse()) {
                    List<String> swap = agents;
                    agents = objects;
                    objects = swap;
                }
                boolean anaphor = EntityTokens.usesAnaphor(m, "$a")
                        || EntityTokens.usesAnaphor(m, "$o");
                Span anchor = anchor(m, tokens);
                Span extent = new Span(tokens.get(m.start()).beginPosition(), tokens.get(m.end() - 1).endPosition());
                List<FactType> types = new ArrayList<>();
                double confidence = cf.frame().confidence();
                if (cf.frame().fixed() != null) {
                    types.add(cf.frame().fixed());
                } else {
                    for (Trigger t : profile.triggers().find(phrase(m))) {
                        if (t.namedOwner() && objects.isEmpty()) {
                            continue; // "记者 X" with no outlet named: no role of the document's organization
                        }
                        if (t.kind() == cf.frame().kind() && t.inverse() == cf.inverse() && t.type() == cf.type()) {
                            types.add(t.type());
                            confidence = Math.min(confidence, t.confidence());
                        }
                    }
                }
                for (FactType type : types) {
                    String rule = NAME + ":" + cf.frame().name();
                    for (String a : agents.isEmpty() ? nullList() : agents) {
                        for (String o : objects.isEmpty() ? nullList() : objects) {
                            if (a == null && o == null || a != null && a.equals(o)) {
                                continue;
                            }
                            out.add(new FactProposal(type, a, o, context.sentence(), anchor, extent, rule, confidence,
                                    anaphor));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> nullList() {
        List<String> l = new ArrayList<>();
        l.add(null);
        return l;
    }

    /** The trigger's words, or the whole match for a frame without trigger. */
    private static Span anchor(SequenceMatchResult<CoreMap> m, List<CoreLabel> tokens) {
        List<? extends CoreMap> t = EntityTokens.groupNodes(m, "$t");
        if (t != null && !t.isEmpty()) {
            CoreLabel first = (CoreLabel) t.get(0);
            CoreLabel last = (CoreLabel) t.get(t.size() - 1);
            return new Span(first.beginPosition(), last.endPosition());
        }
        return new Span(tokens.get(m.start()).beginPosition(), tokens.get(m.end() - 1).endPosition());
    }

    private static String phrase(SequenceMatchResult<CoreMap> m) {
        List<? extends CoreMap> t = EntityTokens.groupNodes(m, "$t");
        if (t == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (CoreMap node : t) {
            words.add(((CoreLabel) node).word());
        }
        return String.join(" ", words);
    }

    private synchronized List<CompiledFrame> framesOf(Language language, LanguageProfile profile) {
        return compiled.computeIfAbsent(language, l -> compile(profile));
    }

    /**
     * A group of triggers that one compiled frame takes: same kind, same fact, same entity kinds in its two slots.
     * One pattern per fact, because a match hides the others it overlaps: "她加入该公司,并于2023年辞职" is a joining
     * and a departure of the one agent.
     */
    private record Group(TriggerKind kind, dev.kgx.model.FactType type, String agentSlot, String objectSlot,
                         boolean inverse, boolean symmetric, boolean event) {
    }

    private static boolean isEvent(Trigger t) {
        return t.type() instanceof dev.kgx.model.EventType;
    }

    static List<CompiledFrame> compile(LanguageProfile profile) {
        Map<Group, List<Trigger>> groups = new LinkedHashMap<>();
        for (Trigger t : profile.triggers().all()) {
            Set<EntityType> agentSlot = t.inverse() ? t.type().objectTypes() : t.type().agentTypes();
            Set<EntityType> objectSlot = t.inverse() ? t.type().agentTypes() : t.type().objectTypes();
            boolean symmetric = t.type() instanceof RelationType r && r.symmetric();
            if (symmetric) {
                // rivals are of one kind: the nearest rival before the verb is the nearest of the object's kind
                for (String kind : new TreeSet<>(List.of(kinds(agentSlot).split("\\|")))) {
                    groups.computeIfAbsent(new Group(t.kind(), t.type(), kind, kind, t.inverse(), true, isEvent(t)),
                            g -> new ArrayList<>()).add(t);
                }
                continue;
            }
            groups.computeIfAbsent(new Group(t.kind(), t.type(), kinds(agentSlot), kinds(objectSlot), t.inverse(),
                    false, isEvent(t)), g -> new ArrayList<>()).add(t);
        }
        List<CompiledFrame> out = new ArrayList<>();
        for (Frame f : profile.frames()) {
            try {
                if (f.fixed() != null) {
                    String p = bind(f.pattern(), profile, kinds(f.fixed().agentTypes()),
                            kinds(f.fixed().objectTypes()), null);
                    out.add(new CompiledFrame(f, compile(p, profile), null, false, f.fixed()));
                    continue;
                }
                for (Map.Entry<Group, List<Trigger>> g : groups.entrySet()) {
                    Group group = g.getKey();
                    if (group.kind() != f.kind() || f.scope() == Frame.Scope.SYMMETRIC && !group.symmetric()
                            || f.scope() == Frame.Scope.EVENTS && !group.event()
                            || f.scope() == Frame.Scope.RELATIONS && group.event()) {
                        continue;
                    }
                    // a locative frame's structure (在 X 工作) tells the verb well enough: 工作 is often tagged a noun
                    String tag = group.kind() == TriggerKind.LOCATIVE ? null
                            : profile.macros().get(group.kind() == TriggerKind.NOUN ? "$NOUN_TAG" : "$VERB_TAG");
                    String p = bind(f.pattern(), profile, group.agentSlot(), group.objectSlot(),
                            triggerPattern(g.getValue(), tag));
                    Set<String> first = new java.util.HashSet<>();
                    for (Trigger t : g.getValue()) {
                        String w = t.words().get(0);
                        first.add(profile.language().caseSensitive() ? w : w.toLowerCase(java.util.Locale.ROOT));
                    }
                    out.add(new CompiledFrame(f, compile(p, profile), first, group.inverse(), group.type()));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("lang/" + profile.language().folder() + "/frames.tsv: frame "
                        + f.name() + " does not compile: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static TokenSequencePattern compile(String pattern, LanguageProfile profile) {
        Env env = TokenSequencePattern.getNewEnv();
        if (!profile.language().caseSensitive()) {
            env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return TokenSequencePattern.compile(env, pattern);
    }

    /** The pattern with the profile's macros and the group's slots written out (longest names first). */
    static String bind(String pattern, LanguageProfile profile, String agentKinds, String objectKinds,
                       String trigger) {
        Map<String, String> values = new LinkedHashMap<>(profile.macros());
        values.put("$AGENT", "[{ner:/" + agentKinds + "/}]");
        values.put("$OBJECT", "[{ner:/" + objectKinds + "/}]");
        values.put("$NOT_AGENT", "!{ner:/" + agentKinds + "/}");
        values.put("$NOT_OBJECT", "!{ner:/" + objectKinds + "/}");
        String sep = profile.macros().getOrDefault("$SEP", "[{word:/,/}]");
        values.put("$AGENTS", list(agentKinds, sep));
        values.put("$OBJECTS", list(objectKinds, sep));
        if (trigger != null) {
            values.put("$TRIGGER", trigger);
        }
        List<String> names = new ArrayList<>(values.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String out = pattern;
        for (String name : names) {
            out = out.replace(name, values.get(name));
        }
        if (out.contains("$TRIGGER")) {
            throw new IllegalArgumentException("a frame with a fixed fact cannot use $TRIGGER");
        }
        return out;
    }

    /** A list of entities of one of the kinds, all of that one kind: ([{ner:/ORG/}] (SEP [{ner:/ORG/}])*) | … */
    private static String list(String kinds, String sep) {
        List<String> alternatives = new ArrayList<>();
        for (String k : kinds.split("\\|")) {
            // a product in a list may come with its maker: "Cursor 和 Anthropic 的 Claude Code"
            String item = k.equals("PRODUCT") ? "([{ner:/ORG/}] [{word:/的|'s|’s|da|do/}]?)? [{ner:/PRODUCT/}]"
                    : "[{ner:/" + k + "/}]";
            alternatives.add(item + " (" + sep + " " + item + ")*");
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")";
    }

    /** The entity-token kinds of a set of entity types, as a regex alternation (PERSON|ORG). */
    static String kinds(Set<EntityType> types) {
        Set<String> k = new TreeSet<>();
        types.forEach(t -> k.add(EntityTokens.kind(t)));
        return String.join("|", k);
    }

    /**
     * The trigger phrases as one TokensRegex alternation: single words in one token class, phrases apart. A
     * single word must also have the part of speech of its kind when the language tags words ({@code $VERB_TAG},
     * {@code $NOUN_TAG}): 投资 inside the name 厚朴投资 is no verb.
     */
    static String triggerPattern(List<Trigger> triggers, String tag) {
        Set<String> single = new TreeSet<>();
        Set<String> phrases = new TreeSet<>();
        for (Trigger t : triggers) {
            if (t.words().size() == 1) {
                single.add(escape(t.words().get(0)));
            } else {
                StringBuilder sb = new StringBuilder();
                for (String w : t.words()) {
                    sb.append("[{word:/").append(escape(w)).append("/}] ");
                }
                phrases.add(sb.toString().strip());
            }
        }
        List<String> alternatives = new ArrayList<>(phrases);
        if (!single.isEmpty()) {
            alternatives.add(0, "[{word:/" + String.join("|", single) + "/}" + (tag == null ? "" : " & " + tag) + "]");
        }
        return "(" + String.join(" | ", alternatives) + ")";
    }

    private static String escape(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            if ("\\.[]{}()*+?^$|/-".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
