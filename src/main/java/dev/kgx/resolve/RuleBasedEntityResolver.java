package dev.kgx.resolve;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.Script;
import dev.kgx.mention.CombinedMentionDetector;
import dev.kgx.mention.Lexicon;
import dev.kgx.mention.NameKeys;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.MentionEvidence;
import dev.kgx.model.SourceDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves mentions by rules, conservatively:
 * <ol>
 *   <li>a name in the lexicon belongs to its entry, whatever its script or spelling;</li>
 *   <li>otherwise names with the same {@link NameKeys key} are one entity (case, spacing, hyphens and
 *       Traditional/Simplified forms fold together);</li>
 *   <li>a name glossed in parentheses right after another ("玛丽亚(Maria)") is the same entity, and so is the
 *       short name a text defines for it ("星河科技股份有限公司(以下简称“星河科技”)");</li>
 *   <li>a person's name that is the last part, or the first, of exactly one longer person name in the document
 *       is a short form of it ("Lopez-Grant" of "Maria Lopez-Grant", 法利 of 吉姆·法利);</li>
 *   <li>failing that, a one-word person name spelled close to the family name of exactly one longer person name
 *       in the document is a variant spelling of it: same first letter, at least five letters, at most 30% of the
 *       letters edited ("Lopes-Grant" of "Maria Lopez-Grant", as machine translation respells names).</li>
 * </ol>
 * The entity's key is the lexicon id, or the key of its longest Latin-script name (the form most likely to be
 * written the same way in other languages), or of its longest name.
 */
public final class RuleBasedEntityResolver implements EntityResolver {
    private final Lexicon lexicon;

    public RuleBasedEntityResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Entity> resolve(AnalyzedDocument doc, List<Mention> mentions) {
        SourceDocument src = doc.source();
        // 1 and 2: group by lexicon id or name key
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<String, Set<String>> reasons = new HashMap<>();
        for (Mention m : mentions) {
            String id = m.lexiconId();
            if (id == null) {
                Lexicon.Entry e = lexicon.byKey(NameKeys.key(m.text()));
                id = e != null && e.type().isOrganization() == m.type().isOrganization() ? e.id() : null;
            }
            String group = id != null ? "lex:" + id : "key:" + NameKeys.key(m.text());
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
            reasons.computeIfAbsent(group, g -> new TreeSet<>())
                    .add(id != null ? "lexicon entry " + id : "same name key");
        }
        UnionFind<String> union = new UnionFind<>(groups.keySet());
        mergeGlosses(src.text(), mentions, groups, union, reasons);
        mergeShortPersonNames(groups, union, reasons);
        mergeShortOrganizationNames(groups, union, reasons);

        Map<String, List<Mention>> merged = new LinkedHashMap<>();
        Map<String, Set<String>> mergedReasons = new HashMap<>();
        for (var e : groups.entrySet()) {
            String root = union.find(e.getKey());
            merged.computeIfAbsent(root, r -> new ArrayList<>()).addAll(e.getValue());
            mergedReasons.computeIfAbsent(root, r -> new TreeSet<>()).addAll(reasons.get(e.getKey()));
        }
        List<Entity> out = new ArrayList<>();
        for (var e : merged.entrySet()) {
            // a merged group belongs to a lexicon entry when one of its groups did (the representative comes first)
            Lexicon.Entry entry = groups.keySet().stream().filter(g -> union.find(g).equals(e.getKey()))
                    .filter(g -> g.startsWith("lex:")).map(g -> lexicon.byId(g.substring(4))).findFirst().orElse(null);
            out.add(toEntity(src, e.getValue(), entry, String.join("; ", mergedReasons.get(e.getKey()))));
        }
        out.sort(Comparator.comparing(Entity::key));
        return out;
    }

    private Entity toEntity(SourceDocument src, List<Mention> mentions, Lexicon.Entry groupEntry, String mergeReason) {
        mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
        Lexicon.Entry entry = groupEntry;
        Mention deciding = mentions.stream().max(Comparator.comparingDouble(Mention::confidence)).orElseThrow();
        EntityType type = entry != null ? entry.type() : voteType(mentions);
        String typeReason = entry != null ? "lexicon: " + entry.id() + " (" + entry.source() + ")" : deciding.reason();

        Set<Entity.Name> names = new LinkedHashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            String surface = src.originalText(m.span()).strip();
            names.add(new Entity.Name(surface, languageTag(src, surface, m.text())));
            counts.merge(surface, 1, Integer::sum);
        }
        // a person is labelled with the fullest form of the name, anything else with its most frequent form
        Comparator<Map.Entry<String, Integer>> preference = type == EntityType.PERSON
                ? Comparator.<Map.Entry<String, Integer>>comparingInt(x -> x.getKey().length())
                        .thenComparingInt(Map.Entry::getValue)
                : Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(x -> x.getKey().length());
        String label = entry != null ? entry.label() : counts.entrySet().stream().max(preference
                .thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
        String key = entry != null ? entry.id() : keyOf(mentions);
        return new Entity(key, type, label, names, mentions, typeReason, mergeReason);
    }

    private static String keyOf(List<Mention> mentions) {
        Comparator<Mention> byLength = Comparator.comparingInt(m -> m.text().length());
        Mention best = mentions.stream().filter(m -> !NameKeys.hasHan(m.text())).max(byLength)
                .orElseGet(() -> mentions.stream().max(byLength).orElseThrow());
        return NameKeys.key(best.text());
    }

    /**
     * The type of an entity whose mentions disagree: the type given by the strongest kind of evidence (the name's
     * own form over a cue around it, a cue over a statistical tagger's guess), then by the sum of confidences. A
     * company that a name recognizer misreads as a person at four places and a company cue types at one is a
     * company.
     */
    static EntityType voteType(List<Mention> mentions) {
        Map<EntityType, Integer> strongest = new HashMap<>();
        Map<EntityType, Double> votes = new HashMap<>();
        for (Mention m : mentions) {
            strongest.merge(m.type(), typingStrength(m.evidence()), Math::max);
            votes.merge(m.type(), m.confidence(), Double::sum);
        }
        return votes.keySet().stream().max(Comparator.<EntityType>comparingInt(strongest::get)
                .thenComparingDouble(votes::get)).orElseThrow();
    }

    private static int typingStrength(MentionEvidence evidence) {
        return switch (evidence) {
            case LEXICON, LEXICON_NEEDS_CONTEXT, OWN_FORM -> 3;
            case CUE, SHORT_FORM -> 2;
            case STATISTICAL, LISTED, NAME_SHAPE, REFERENCE -> 1;
        };
    }

    /**
     * The language tag of a surface form: the script it is written in, within the document's language. A Han name
     * is Traditional when the text changed it in conversion, else written as its document is (Simplified in a
     * document of another script); a Latin-script name takes the tag the document's profile gives such names.
     */
    static String languageTag(SourceDocument src, String surface, String normalized) {
        LanguageProfile profile = LanguageProfile.of(src.language());
        if (NameKeys.hasHan(surface)) {
            boolean converted = !surface.equals(normalized);
            return converted ? TRADITIONAL : profile.script() == Script.HAN ? src.language().tag() : SIMPLIFIED;
        }
        return profile.latinNameTag();
    }

    private static final String TRADITIONAL = "zh-Hant";
    private static final String SIMPLIFIED = "zh-Hans";

    private static String groupOf(Map<String, List<Mention>> groups, Mention m) {
        for (var e : groups.entrySet()) {
            if (e.getValue().contains(m)) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("mention not grouped: " + m);
    }

    private static void mergeGlosses(String text, List<Mention> mentions, Map<String, List<Mention>> groups,
                                     UnionFind<String> union, Map<String, Set<String>> reasons) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(m -> m.span().begin()));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Mention a = sorted.get(i);
            Mention b = sorted.get(i + 1);
            boolean sameKind = a.type().isOrganization() == b.type().isOrganization();
            if (sameKind && CombinedMentionDetector.glossed(a, b, text)
                    && NameKeys.hasHan(a.text()) != NameKeys.hasHan(b.text())) {
                String ga = groupOf(groups, a);
                String gb = groupOf(groups, b);
                union.union(ga, gb);
                reasons.get(ga).add("glossed in parentheses: " + a.text() + " (" + b.text() + ")");
            } else if (sameKind && CombinedMentionDetector.aliased(a, b, text)) {
                String ga = groupOf(groups, a);
                String gb = groupOf(groups, b);
                union.union(ga, gb);
                reasons.get(ga).add("short name defined in the text: " + a.text() + " (" + b.text() + ")");
            }
        }
    }

    private static void mergeShortPersonNames(Map<String, List<Mention>> groups, UnionFind<String> union,
                                              Map<String, Set<String>> reasons) {
        // full names: a person's name of several parts, in Latin script or dotted transliteration
        Map<String, String> fullNames = new LinkedHashMap<>();
        for (var e : groups.entrySet()) {
            for (Mention m : e.getValue()) {
                if (m.type() == EntityType.PERSON && NameKeys.nameParts(m.text()).length > 1) {
                    fullNames.put(m.text(), e.getKey());
                }
            }
        }
        for (var e : groups.entrySet()) {
            Mention m = e.getValue().get(0);
            if (m.type() != EntityType.PERSON || NameKeys.nameParts(m.text()).length > 1) {
                continue;
            }
            List<String> longer = fullNames.keySet().stream().filter(f -> {
                String[] parts = NameKeys.nameParts(f);
                return parts[parts.length - 1].equals(m.text()) || parts[0].equals(m.text());
            }).toList();
            if (longer.size() == 1) {
                union.union(fullNames.get(longer.get(0)), e.getKey());
                reasons.get(e.getKey()).add("short form of " + longer.get(0));
                continue;
            }
            if (!longer.isEmpty() || NameKeys.hasHan(m.text())) {
                continue;
            }
            List<String> respelled = fullNames.keySet().stream().filter(f -> !NameKeys.hasHan(f)).filter(f -> {
                String[] parts = NameKeys.nameParts(f);
                return isVariantSpelling(m.text(), parts[parts.length - 1]);
            }).toList();
            if (respelled.size() == 1) {
                union.union(fullNames.get(respelled.get(0)), e.getKey());
                reasons.get(e.getKey()).add("variant spelling of the family name of " + respelled.get(0));
            }
        }
    }

    /** How many characters longer than its short form a Chinese organization's full name may be (its head noun). */
    private static final int MAX_HEAD_LENGTH = 3;

    /**
     * An organization's short name the mention stage found from its full name (星河 of 星河汽车) joins the one
     * organization of the document whose name starts with it and goes on by at most a head noun. No lexicon entry
     * is merged this way: 吉利 and 吉利汽车 are two companies.
     */
    private static void mergeShortOrganizationNames(Map<String, List<Mention>> groups, UnionFind<String> union,
                                                    Map<String, Set<String>> reasons) {
        for (var e : groups.entrySet()) {
            Mention m = e.getValue().get(0);
            boolean shortForm = e.getValue().stream().anyMatch(x -> x.evidence() == MentionEvidence.SHORT_FORM);
            if (!shortForm || !m.type().isOrganization() || e.getKey().startsWith("lex:")) {
                continue;
            }
            List<String> longer = groups.entrySet().stream()
                    .filter(g -> !g.getKey().startsWith("lex:") && g.getValue().get(0).type().isOrganization())
                    .filter(g -> g.getValue().stream().anyMatch(x -> x.text().startsWith(m.text())
                            && x.text().length() > m.text().length()
                            && x.text().length() - m.text().length() <= MAX_HEAD_LENGTH))
                    .map(Map.Entry::getKey).toList();
            if (longer.size() == 1) {
                union.union(longer.get(0), e.getKey());
                reasons.get(e.getKey()).add("short name of " + groups.get(longer.get(0)).get(0).text());
            }
        }
    }

    /** Share of a family name's letters that a variant spelling may change. */
    private static final double MAX_RESPELLED_SHARE = 0.3;

    static boolean isVariantSpelling(String word, String familyName) {
        String a = NameKeys.key(word);
        String b = NameKeys.key(familyName);
        if (a.length() < 5 || b.length() < 5 || a.equals(b) || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int allowed = (int) Math.floor(Math.max(a.length(), b.length()) * MAX_RESPELLED_SHARE);
        return NameKeys.editDistance(a, b, allowed) <= allowed;
    }
}
