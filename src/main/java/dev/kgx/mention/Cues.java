package dev.kgx.mention;

import dev.kgx.Resources;
import dev.kgx.model.EntityType;
import dev.kgx.model.MentionEvidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Context cues and word lists that type a name from its surroundings ({@code lexicon/cues.tsv},
 * {@code lexicon/given-names.txt}, {@code lexicon/stopwords.tsv}).
 */
public final class Cues {
    /**
     * What typed a name: the type, the reason to record, the kind of evidence (a cue around the name, or the name's
     * own form), and where the name ends when the cue is part of it ({@code extendTo}, else -1).
     */
    public record Typing(EntityType type, String reason, int extendTo, MentionEvidence evidence) {
        public Typing(EntityType type, String reason, MentionEvidence evidence) {
            this(type, reason, -1, evidence);
        }
    }

    private record Cue(String word, EntityType type) {
    }

    /** The longest parenthetical read as an apposition: a title with its organization, "OpenAI 首席执行官". */
    private static final int MAX_PARENTHETICAL = 24;

    private final List<Cue> before = new ArrayList<>();
    private final List<Cue> after = new ArrayList<>();
    private final List<Cue> heads = new ArrayList<>();
    private final List<Cue> business = new ArrayList<>();
    private final Set<String> investmentArms = new HashSet<>();
    private final List<Cue> nameHeads = new ArrayList<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final List<Cue> owners = new ArrayList<>();
    private final Set<String> units = new HashSet<>();
    /** Cues after a name that are about it and never end it (股价, 市值): no head noun of names. */
    private final Set<String> aboutNames = new HashSet<>();
    private final Map<String, EntityType> suffix = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> knownGivenNames = new HashSet<>();
    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> sectorNouns = new HashSet<>();
    private final Set<String> productLines = new HashSet<>();

    public static Cues load() {
        Cues c = new Cues();
        for (String line : Resources.lines("dev/kgx/lexicon/cues.tsv")) {
            String[] f = line.split("\t");
            EntityType type = EntityType.fromName(f[2]);
            switch (f[0]) {
                case "before" -> c.before.add(new Cue(f[1], type));
                case "after" -> c.after.add(new Cue(f[1], type));
                case "of" -> {
                    c.after.add(new Cue(f[1], type));
                    c.aboutNames.add(f[1]);
                }
                case "head" -> c.heads.add(new Cue(f[1], type));
                case "suffix" -> c.suffix.put(f[1], type);
                case "business" -> c.business.add(new Cue(f[1], type));
                case "arm" -> {
                    c.business.add(new Cue(f[1], type));
                    c.investmentArms.add(f[1]);
                }
                case "namehead" -> c.nameHeads.add(new Cue(f[1], type));
                case "placehead" -> {
                    c.nameHeads.add(new Cue(f[1], type));
                    c.placeHeads.add(f[1]);
                }
                case "owner" -> {
                    c.before.add(new Cue(f[1], type));
                    c.owners.add(new Cue(f[1], type));
                }
                case "unit" -> c.units.add(f[1]);
                case "sector" -> c.sectorNouns.add(f[1]);
                case "line" -> c.productLines.add(f[1]);
                default -> throw new IllegalStateException("unknown cue kind in cues.tsv: " + line);
            }
        }
        // longest cue first, so that 联合创始人 wins over 创始人 and 大模型 over 模型
        c.before.sort(Comparator.comparingInt((Cue q) -> -q.word().length()));
        c.after.sort(Comparator.comparingInt((Cue q) -> -q.word().length()));
        c.business.sort(Comparator.comparingInt((Cue q) -> -q.word().length()));
        c.nameHeads.sort(Comparator.comparingInt((Cue q) -> -q.word().length()));
        c.givenNames.addAll(Resources.lines("dev/kgx/lexicon/given-names.txt"));
        // CoreNLP's name-gender list (14,607 given names, lower case), on the class path with its English models
        for (String line : Resources.lines(NAME_GENDER_LIST)) {
            c.knownGivenNames.add(line.split("\t")[0]);
        }
        for (String w : Resources.lines("dev/kgx/lexicon/stopwords.tsv")) {
            c.stopwords.add(w.trim().toLowerCase(Locale.ROOT));
        }
        return c;
    }

    /** Whether a word is the name of a product line that a model number after it makes one product (天玑9400). */
    public boolean isProductLine(String word) {
        return productLines.contains(word);
    }

    /** Whether a noun after an industry word makes it a modifier (汽车行业, 科技企业) rather than a name's end. */
    public boolean isSectorNoun(String word) {
        return sectorNouns.contains(word);
    }

    public boolean isStopword(String name) {
        return stopwords.contains(name.trim().toLowerCase(Locale.ROOT));
    }

    /** Whether an organization noun names units by their work (团队, 部门) more often than it ends names. */
    public boolean isUnitNoun(String word) {
        return units.contains(word);
    }

    /** CoreNLP's list of given names with their usual gender (the dcoref models of its English models jar). */
    static final String NAME_GENDER_LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    /** Whether a word is a common given name (the curated list that may cut a capitalized run: "CEO Maria Lopez"). */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /**
     * Whether a capitalized word is a given name of the larger list, which also holds names that are words
     * ("Will", "Grant"): to confirm a person a tagger or a sentence's shape already suggests, never alone.
     */
    public boolean isKnownGivenName(String word) {
        return givenNames.contains(word) || !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && knownGivenNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The type that a cue word directly after the name gives, if any. A head noun that is part of the name
     * (大学 in 华盛顿大学) gives the end the name extends to in {@link Typing#extendTo()}.
     */
    public Typing afterCue(String text, int end) {
        int i = skipSpaces(text, end, 1);
        for (Cue c : heads) {
            if (text.startsWith(c.word(), i)) {
                return new Typing(c.type(), "head noun: " + c.word(), i + c.word().length(), MentionEvidence.OWN_FORM);
            }
        }
        for (Cue c : after) {
            if (text.startsWith(c.word(), i) && wordBoundaryAfter(text, i + c.word().length(), c.word())) {
                return new Typing(c.type(), "cue after: " + c.word(), MentionEvidence.CUE);
            }
        }
        return null;
    }

    /**
     * The type that a word about an organization directly after a name gives ({@code of} in cues.tsv: X股价,
     * X市值), if any: words that follow names of organizations only, never common nouns (团队 and 公司 do both).
     */
    public Typing aboutCue(String text, int end) {
        int i = skipSpaces(text, end, 1);
        for (Cue c : after) {
            if (aboutNames.contains(c.word()) && text.startsWith(c.word(), i)) {
                return new Typing(c.type(), "cue after: " + c.word(), MentionEvidence.CUE);
            }
        }
        return null;
    }

    /**
     * A job title in parentheses right after a name types it as a person: 罗斯维尔(星河科技总裁), X (CEO da Y).
     * The title is any person cue of the {@code before} kind that ends the parenthesis.
     */
    public Typing titleInParentheses(String text, int end) {
        int i = skipSpaces(text, end, 1);
        if (i >= text.length() || text.charAt(i) != '(' && text.charAt(i) != '(') {
            return null;
        }
        int close = -1;
        for (int j = i + 1; j < text.length() && j <= i + 1 + MAX_PARENTHETICAL; j++) {
            char c = text.charAt(j);
            if (c == ')' || c == ')') {
                close = j;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        String inside = text.substring(i + 1, close).strip();
        for (Cue c : before) {
            if (c.type() == EntityType.PERSON && inside.endsWith(c.word()) && inside.length() > 0) {
                return new Typing(EntityType.PERSON, "title in parentheses: " + c.word(), MentionEvidence.CUE);
            }
        }
        return null;
    }

    /**
     * The organization noun a name ends with (电子科技大学 → 大学): {@code ofNames} when it is a head noun that
     * belongs to names (the {@code head} kind: 大学, 银行, 研究院), not an organization noun that may just follow one
     * (团队, 公司).
     */
    public record Head(EntityType type, String word, boolean ofNames) {
        public String reason() {
            return (ofNames ? "head noun: " : "organization noun: ") + word;
        }

        /** A head noun of names is the name's own form; an organization noun that may just follow a name is a cue. */
        public MentionEvidence evidence() {
            return ofNames ? MentionEvidence.OWN_FORM : MentionEvidence.CUE;
        }
    }

    /** The organization noun a name ends with, or null. */
    public Head headOf(String name) {
        for (Cue c : heads) {
            if (name.endsWith(c.word()) && name.length() > c.word().length()) {
                return new Head(c.type(), c.word(), true);
            }
        }
        for (Cue c : after) {
            if (c.type().isOrganization() && NameKeys.hasHan(c.word()) && !aboutNames.contains(c.word())
                    && name.endsWith(c.word())
                    && name.length() > c.word().length()) {
                return new Head(c.type(), c.word(), false);
            }
        }
        return null;
    }

    /**
     * A noun that ends organization names after a proper name ({@code namehead}: 星河汽车, 中信证券, 顺丰物流;
     * {@code placehead}: 杭州市政府, 香港证券交易所, where a place name before it is name enough).
     *
     * @param type       the type of the name it ends
     * @param word       the head noun
     * @param afterPlace whether a place name alone before it makes a name
     */
    public record NameHead(EntityType type, String word, boolean afterPlace) {
    }

    /** The longest name head a word ends with (the word may be the head itself), or null. */
    public NameHead nameHeadEnding(String word) {
        for (Cue c : nameHeads) {
            if (word.endsWith(c.word())) {
                return new NameHead(c.type(), c.word(), placeHeads.contains(c.word()));
            }
        }
        return null;
    }

    /**
     * Whether a line of business names an investment arm (百度资本, 联想创投): a company of its own wherever it is
     * written, not only when its name recurs.
     */
    public boolean isInvestmentArm(String lineOfBusiness) {
        return investmentArms.contains(lineOfBusiness);
    }

    /**
     * A line of business written right after a company's name ({@code kind business}: 京东 + 物流), giving the
     * end of the longer name in {@link Typing#extendTo()}, or null.
     */
    public Typing businessAfter(String text, int end) {
        for (Cue c : business) {
            if (text.startsWith(c.word(), end)) {
                return new Typing(c.type(), "business of the group: " + c.word(), end + c.word().length(),
                        MentionEvidence.OWN_FORM);
            }
        }
        return null;
    }

    /** Whether a word is itself a cue before or after names (创始人, 公司, 表示): a word around names, not one. */
    public boolean isCueWord(String word) {
        return before.stream().anyMatch(c -> c.word().equals(word)) || after.stream().anyMatch(c -> c.word().equals(word));
    }

    /** Whether a phrase is a cue before names, in any letter case ("presidente da"). */
    public boolean isBeforeCue(String phrase) {
        return before.stream().anyMatch(c -> c.word().equalsIgnoreCase(phrase));
    }

    /** The type that a cue word directly before the name gives, if any. */
    public Typing beforeCue(String text, int begin) {
        int i = begin;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ':' || text.charAt(i - 1) == ':')) {
            i--;
            if (begin - i > 2) {
                break;
            }
        }
        for (Cue c : before) {
            int start = i - c.word().length();
            // Latin cues match in any case: a sentence may start with one ("Presidente da X")
            boolean han = NameKeys.hasHan(c.word());
            if (start >= 0 && text.regionMatches(!han, start, c.word(), 0, c.word().length())
                    && wordBoundaryBefore(text, start, c.word())) {
                return new Typing(c.type(), "cue before: " + c.word(), MentionEvidence.CUE);
            }
        }
        // an owner's word may take the possessive particle: 旗下的 X
        if (i > 0 && text.charAt(i - 1) == '的') {
            for (Cue c : owners) {
                if (text.startsWith(c.word(), i - 1 - c.word().length())) {
                    return new Typing(c.type(), "cue before: " + c.word() + "的", MentionEvidence.CUE);
                }
            }
        }
        return null;
    }

    /** The type given by the last word of a Latin-script name ("Northwind Capital"), if any. */
    public Typing suffixCue(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        EntityType t = suffix.get(words[words.length - 1]);
        return t == null ? null : new Typing(t, "name ends with: " + words[words.length - 1], MentionEvidence.OWN_FORM);
    }

    private static int skipSpaces(String text, int i, int max) {
        int n = 0;
        while (i < text.length() && text.charAt(i) == ' ' && n < max) {
            i++;
            n++;
        }
        return i;
    }

    /** Latin cue words must end at a word boundary; Chinese ones need not. */
    private static boolean wordBoundaryAfter(String text, int end, String cue) {
        if (NameKeys.hasHan(cue) || end >= text.length()) {
            return true;
        }
        return !isLatinOrDigit(text.charAt(end));
    }

    private static boolean wordBoundaryBefore(String text, int start, String cue) {
        if (NameKeys.hasHan(cue) || start == 0) {
            return true;
        }
        return !isLatinOrDigit(text.charAt(start - 1));
    }

    private static boolean isLatinOrDigit(char c) {
        return Character.isDigit(c) || Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
