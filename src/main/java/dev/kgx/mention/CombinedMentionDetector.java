package dev.kgx.mention;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Mention;
import dev.kgx.model.MentionEvidence;
import dev.kgx.model.Span;
import dev.kgx.model.SpanSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mention stage: runs every detector, then decides. Mentions in boilerplate and stop words are dropped;
 * overlapping proposals are settled (lexicon entries and names typed by their own shape first, then typed names,
 * then untyped ones, longer before shorter); a name with no type takes the type of a name it is listed with
 * ("A、B 和 C"); names still untyped, and lexicon names that need context and have none, are dropped.
 */
public final class CombinedMentionDetector implements MentionDetector {
    private final List<MentionDetector> detectors;
    private final BoilerplateFilter boilerplate;
    private final Cues cues;

    public CombinedMentionDetector(List<MentionDetector> detectors, BoilerplateFilter boilerplate, Cues cues) {
        this.detectors = List.copyOf(detectors);
        this.boilerplate = boilerplate;
        this.cues = cues;
    }

    /** The standard detectors over the bundled lexicon and cue lists. */
    public static CombinedMentionDetector standard() {
        Cues cues = Cues.load();
        return new CombinedMentionDetector(List.of(
                new LexiconMentionDetector(Lexicon.load(), cues),
                new LatinNameMentionDetector(cues),
                new ChineseNameMentionDetector(cues),
                new ChineseOrganizationNameDetector(cues)), BoilerplateFilter.load(), cues);
    }

    @Override
    public List<Mention> detect(AnalyzedDocument doc) {
        String text = doc.source().text();
        LanguageProfile profile = LanguageProfile.of(doc.source().language());
        SpanSet excluded = new SpanSet();
        boilerplate.boilerplate(text).forEach(excluded::add);
        List<Mention> proposals = new ArrayList<>();
        for (MentionDetector d : detectors) {
            for (Mention m : d.detect(doc)) {
                if (!excluded.overlaps(m.span()) && acceptableName(m)) {
                    proposals.add(m);
                }
            }
        }
        proposals = confirmAmbiguousLexiconNames(proposals);
        proposals.sort(Comparator.comparingInt(CombinedMentionDetector::rank).reversed()
                .thenComparing(m -> -m.span().length())
                .thenComparing(m -> -m.confidence())
                .thenComparing(m -> m.span().begin()));
        List<Mention> chosen = new ArrayList<>();
        SpanSet taken = new SpanSet();
        for (Mention m : proposals) {
            if (!taken.overlaps(m.span())) {
                chosen.add(m);
                taken.add(m.span());
            }
        }
        // names typed somewhere are typed everywhere first, so that lists and glosses see every occurrence
        List<Mention> untyped = chosen.stream().filter(m -> m.type() == null).toList();
        List<Mention> typed = propagate(chosen.stream().filter(m -> m.type() != null).toList(), doc, excluded);
        SpanSet typedSpans = new SpanSet();
        typed.forEach(m -> typedSpans.add(m.span()));
        chosen = new ArrayList<>(typed);
        for (Mention m : untyped) {
            if (!typedSpans.overlaps(m.span())) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(m -> m.span().begin()));
        typeListedNames(chosen, text, profile);
        List<Mention> out = new ArrayList<>();
        for (Mention m : chosen) {
            if (m.type() == null) {
                continue;
            }
            if (m.evidence() == MentionEvidence.LEXICON_NEEDS_CONTEXT
                    && !hasOrganizationContext(m, chosen, doc, profile)) {
                continue;
            }
            out.add(m);
        }
        return propagate(withShortOrganizationNames(withFamilyNames(longerPersonNames(out, text), doc, excluded), doc,
                excluded), doc, excluded);
    }

    /**
     * A Chinese person's name cut short where the segmenter glued its last character to the next word (王志 of
     * 王志刚则): when the text at the mention spells a longer person's name the document gives elsewhere, the
     * mention is that name.
     */
    private static List<Mention> longerPersonNames(List<Mention> found, String text) {
        java.util.Set<String> persons = new java.util.HashSet<>();
        found.stream().filter(m -> m.type() == dev.kgx.model.EntityType.PERSON && NameKeys.hasHan(m.text()))
                .forEach(m -> persons.add(m.text()));
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            String longer = m.type() != dev.kgx.model.EntityType.PERSON ? null : persons.stream()
                    .filter(p -> p.length() == m.text().length() + 1 && p.startsWith(m.text())
                            && text.startsWith(p, m.span().begin()))
                    .findFirst().orElse(null);
            boolean overlapsNext = longer != null && found.stream().anyMatch(o -> o != m
                    && o.span().begin() == m.span().end());
            out.add(longer == null || overlapsNext ? m : new Mention(new Span(m.span().begin(),
                    m.span().begin() + longer.length()), longer, m.type(), m.detector(), m.reason()
                    + ", the name " + longer + " of the document", m.confidence(), m.lexiconId(), m.evidence()));
        }
        return out;
    }

    /**
     * An organization named in full with a head noun (零跑汽车, 伊可普科技, 易车网) is named by the rest alone
     * elsewhere in the document (零跑, 伊可普, 易车): each occurrence of it on word boundaries becomes a mention of
     * that organization, also where a name recognizer had guessed a person (unless a cue types it as a person
     * somewhere). Names of the lexicon keep their own entries (吉利 is not 吉利汽车), and a place or a person
     * before a head that follows place names (杭州市政府, 邵逸夫基金会) is no short name.
     */
    private List<Mention> withShortOrganizationNames(List<Mention> found, AnalyzedDocument doc, SpanSet excluded) {
        String text = doc.source().text();
        java.util.Map<String, Mention> fullNameOf = new java.util.LinkedHashMap<>();
        for (Mention m : found) {
            Cues.NameHead head = m.type() != null && m.type().isOrganization() && m.lexiconId() == null
                    && NameKeys.hasHan(m.text()) ? cues.nameHeadEnding(m.text()) : null;
            if (head == null || head.afterPlace() || m.text().length() - head.word().length() < 2) {
                continue; // 杭州市 of 杭州市政府 is the city, 邵逸夫 of 邵逸夫基金会 the man
            }
            String shortName = m.text().substring(0, m.text().length() - head.word().length());
            if (!cues.isStopword(shortName)) {
                fullNameOf.putIfAbsent(shortName, m);
            }
        }
        if (fullNameOf.isEmpty()) {
            return found;
        }
        // a name a cue types as a person somewhere is a person's, and the organization is named after him
        found.stream().filter(m -> m.type() == dev.kgx.model.EntityType.PERSON
                && m.evidence() != MentionEvidence.STATISTICAL).forEach(m -> fullNameOf.remove(m.text()));
        List<Mention> out = new ArrayList<>();
        SpanSet taken = new SpanSet();
        for (Mention m : found) {
            Mention full = fullNameOf.get(m.text());
            boolean guessedPerson = full != null && m.type() == dev.kgx.model.EntityType.PERSON
                    && m.evidence() == MentionEvidence.STATISTICAL;
            if (!guessedPerson) {
                out.add(m);
                taken.add(m.span());
            }
        }
        for (var e : fullNameOf.entrySet()) {
            String name = e.getKey();
            Mention full = e.getValue();
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                Span span = new Span(i, i + name.length());
                if (!taken.overlaps(span) && !excluded.overlaps(span) && onWordBoundaries(doc, span, text)) {
                    taken.add(span);
                    out.add(new Mention(span, name, full.type(), full.detector(), "short name of " + full.text(),
                            full.confidence() * 0.9, null, MentionEvidence.SHORT_FORM));
                }
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().begin()));
        return out;
    }

    /**
     * A person named in full ("Mike Krieger", 吉姆·法利) is named by the family name alone later ("Krieger will
     * oversee…", 法利表示): each occurrence of it on word boundaries becomes a mention of that person, when no other
     * person of the document has that family name.
     */
    private static List<Mention> withFamilyNames(List<Mention> found, AnalyzedDocument doc, SpanSet excluded) {
        String text = doc.source().text();
        java.util.Map<String, String> fullNameOf = new java.util.HashMap<>();
        java.util.Map<String, Mention> sample = new java.util.HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Mention m : found) {
            String[] parts = NameKeys.nameParts(m.text());
            if (m.type() != dev.kgx.model.EntityType.PERSON || parts.length < 2) {
                continue;
            }
            String family = parts[parts.length - 1];
            boolean han = NameKeys.hasHan(family);
            if (family.length() < (han ? 2 : 3) || !han && !Character.isUpperCase(family.charAt(0))) {
                continue;
            }
            String before = fullNameOf.put(family, m.text().strip());
            sample.putIfAbsent(family, m);
            if (before != null && !before.equals(m.text().strip())) {
                shared.add(family); // "Dario and Daniela Amodei": the family name alone is ambiguous
            }
        }
        List<Mention> out = new ArrayList<>(found);
        SpanSet taken = new SpanSet();
        found.forEach(m -> taken.add(m.span()));
        for (var e : fullNameOf.entrySet()) {
            String family = e.getKey();
            if (shared.contains(family)) {
                continue;
            }
            Mention full = sample.get(family);
            for (int i = text.indexOf(family); i >= 0; i = text.indexOf(family, i + 1)) {
                Span span = new Span(i, i + family.length());
                if (!taken.overlaps(span) && !excluded.overlaps(span) && onWordBoundaries(doc, span, text)) {
                    taken.add(span);
                    out.add(new Mention(span, family, dev.kgx.model.EntityType.PERSON, full.detector(),
                            "family name of " + e.getValue(), full.confidence() * 0.9, null, MentionEvidence.SHORT_FORM));
                }
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().begin()));
        return out;
    }

    /**
     * One name, one meaning within a document: every other occurrence of a name already found (and typed) becomes
     * a mention too, when it stands on word boundaries and outside boilerplate.
     */
    private static List<Mention> propagate(List<Mention> found, AnalyzedDocument doc, SpanSet excluded) {
        String text = doc.source().text();
        List<Mention> out = new ArrayList<>(found);
        SpanSet taken = new SpanSet();
        found.forEach(m -> taken.add(m.span()));
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Mention m : found) {
            if (m.text().length() < 2 || !done.add(m.text())) {
                continue;
            }
            for (int i = text.indexOf(m.text()); i >= 0; i = text.indexOf(m.text(), i + 1)) {
                Span span = new Span(i, i + m.text().length());
                if (taken.overlaps(span) || excluded.overlaps(span) || !onWordBoundaries(doc, span, text)) {
                    continue;
                }
                taken.add(span);
                out.add(m.at(span, m.reason(), m.confidence() * 0.9, m.evidence()));
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().begin()));
        return out;
    }

    /** Latin names need non-Latin neighbours; Chinese ones must start and end on token boundaries. */
    private static boolean onWordBoundaries(AnalyzedDocument doc, Span span, String text) {
        if (!NameKeys.hasHan(span.of(text))) {
            boolean before = span.begin() == 0 || !isLatinOrDigit(text.charAt(span.begin() - 1));
            boolean after = span.end() == text.length() || !isLatinOrDigit(text.charAt(span.end()));
            return before && after;
        }
        var s = doc.sentenceAt(span);
        return s != null && s.onTokenBoundaries(span);
    }

    private static boolean isLatinOrDigit(char c) {
        return Character.isDigit(c) || Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * A lexicon name that needs context (苹果, 豆包) has it when another detector typed the same span on its own
     * evidence ("大模型产品“豆包”"): it then counts as a plain lexicon name.
     */
    private static List<Mention> confirmAmbiguousLexiconNames(List<Mention> proposals) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : proposals) {
            Mention confirming = m.evidence() != MentionEvidence.LEXICON_NEEDS_CONTEXT ? null : proposals.stream()
                    .filter(o -> o != m && o.lexiconId() == null && o.type() != null && o.span().equals(m.span()))
                    .findFirst().orElse(null);
            out.add(confirming == null ? m : m.retyped(m.type(), "lexicon: " + m.lexiconId() + ", confirmed by "
                    + confirming.reason(), m.confidence(), MentionEvidence.LEXICON));
        }
        return out;
    }

    /** Which of two overlapping proposals wins: the higher rank, then the longer, then the more confident. */
    static int rank(Mention m) {
        if (m.type() == null) {
            return 1;
        }
        return switch (m.evidence()) {
            case LEXICON, OWN_FORM -> 3;
            default -> 2;
        };
    }

    private boolean acceptableName(Mention m) {
        String t = m.text().strip();
        if (t.isEmpty() || cues.isStopword(t)) {
            return false;
        }
        if (m.lexiconId() == null && t.codePointCount(0, t.length()) < 2) {
            return false;
        }
        return t.chars().anyMatch(Character::isLetter);
    }

    /** An untyped name listed next to a typed one ("A、B 和 C") takes its type; repeated until nothing changes. */
    private static void typeListedNames(List<Mention> mentions, String text, LanguageProfile profile) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() != null) {
                    continue;
                }
                Mention neighbour = null;
                if (i > 0 && (glossed(mentions.get(i - 1), m, text) || aliased(mentions.get(i - 1), m, text))
                        && mentions.get(i - 1).type() != null) {
                    neighbour = mentions.get(i - 1);
                } else if (i > 0 && listed(mentions.get(i - 1), m, text, profile)
                        && mentions.get(i - 1).type() != null) {
                    neighbour = mentions.get(i - 1);
                } else if (i + 1 < mentions.size() && listed(m, mentions.get(i + 1), text, profile)
                        && mentions.get(i + 1).type() != null) {
                    neighbour = mentions.get(i + 1);
                }
                if (neighbour != null) {
                    mentions.set(i, m.retyped(neighbour.type(), "listed with " + neighbour.text(), 0.5,
                            MentionEvidence.LISTED));
                    changed = true;
                }
            }
        }
    }

    /** A name in parentheses right after another ("马克西姆(Maxim)") glosses it. */
    public static boolean glossed(Mention left, Mention right, String text) {
        if (right.span().begin() < left.span().end() || right.span().end() >= text.length()) {
            return false;
        }
        String between = text.substring(left.span().end(), right.span().begin()).strip();
        char close = text.charAt(right.span().end());
        return (between.equals("(") || between.equals("(")) && (close == ')' || close == ')');
    }

    /** The marker of a short name a text defines for what it just named: (以下简称“宁德时代”), (hereinafter "X"). */
    public static final Pattern ALIAS = Pattern.compile(
            "[((]\\s*(?:以下简称|以下称|下称|简称|hereinafter(?: referred to as)?|doravante)\\s*[“\"「『]([^”\"」』]{1,30})[”\"」』]\\s*[))]");

    private static final Pattern ALIAS_GAP = Pattern.compile("[^,,。;;()()“”\"]{0,8}?(?=[((])");

    /** Whether {@code right} is the short name the text defines for {@code left} right after it. */
    public static boolean aliased(Mention left, Mention right, String text) {
        if (right.span().begin() < left.span().end()) {
            return false;
        }
        // the name may go on with words the mention left out before the parenthesis: "Zentrix 公司(以下简称…)"
        Matcher gap = ALIAS_GAP.matcher(text).region(left.span().end(), text.length());
        int from = gap.lookingAt() ? gap.end() : left.span().end();
        Matcher m = ALIAS.matcher(text).region(from, text.length());
        return m.lookingAt() && m.start(1) == right.span().begin() && m.end(1) == right.span().end();
    }

    /**
     * Whether two names stand in one list: only one of the language's list separators between them, after a
     * parenthetical following the left name and an article before the right one.
     */
    static boolean listed(Mention left, Mention right, String text, LanguageProfile profile) {
        if (right.span().begin() < left.span().end()) {
            return false;
        }
        // a parenthetical after the left name does not break the list: "星河(12 人)、Zentrix(8 人)"
        // title marks and quotation marks around a name are no words between: "新华社、《证券时报》与《人民日报》"
        String between = text.substring(left.span().end(), right.span().begin())
                .replaceAll("^[》”」』]", "").replaceAll("[《“「『]$", "")
                .replaceAll("^\\s*[((][^()()]{0,20}[))]", "").strip();
        // "X and the Y", "o X e o Y": the right name's article
        String[] words = between.split("\\s+");
        String last = words[words.length - 1];
        if (words.length > 1 && profile.listArticles().contains(last)) {
            between = between.substring(0, between.length() - last.length()).strip();
        }
        return profile.listSeparators().contains(between);
    }

    /**
     * Whether a lexicon name that is also a common word (三星, 苹果) stands where it names the organization: a company
     * cue after it, a list of organizations around it, or CoreNLP's NER reading it as an organization there: the
     * tagger's reading is the second signal, the lexicon says which organization.
     */
    private boolean hasOrganizationContext(Mention m, List<Mention> all, AnalyzedDocument doc, LanguageProfile profile) {
        String text = doc.source().text();
        Cues.Typing after = cues.afterCue(text, m.span().end());
        if (after != null && after.type().isOrganization()) {
            return true;
        }
        var sentence = doc.sentenceAt(m.span());
        List<dev.kgx.model.Token> inside = sentence == null ? List.of() : sentence.tokens().stream()
                .filter(t -> m.span().contains(t.span())).toList();
        if (!inside.isEmpty() && sentence.onTokenBoundaries(m.span())
                && inside.stream().allMatch(t -> "ORGANIZATION".equals(t.ner()) || "ORG".equals(t.ner()))) {
            return true;
        }
        int i = all.indexOf(m);
        return i > 0 && listed(all.get(i - 1), m, text, profile) && isOrg(all.get(i - 1))
                || i + 1 < all.size() && listed(m, all.get(i + 1), text, profile) && isOrg(all.get(i + 1));
    }

    private static boolean isOrg(Mention m) {
        return m.type() != null && m.type().isOrganization();
    }
}
