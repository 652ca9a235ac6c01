package dev.kgx.mention;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.Script;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.MentionEvidence;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;
import dev.kgx.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organization names in Chinese text that no lexicon lists, each from two signals: a run of tokens CoreNLP's NER
 * marks plus a head noun or a cue; a name HanLP's organization recognizer proposes plus its own organization
 * noun and a second occurrence; a registered name (…股份有限公司); and the short name a text defines for a name
 * it just gave (以下简称“X”).
 */
public final class ChineseOrganizationNameDetector implements MentionDetector {
    public static final String NAME = "chinese-organization";

    private final Cues cues;

    public ChineseOrganizationNameDetector(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Mention> detect(AnalyzedDocument doc) {
        // its rules read what only the analysis of Han-script text gives: NR tags and HanLP's candidates
        if (LanguageProfile.of(doc.source().language()).script() != Script.HAN) {
            return List.of();
        }
        String text = doc.source().text();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(recognizedRuns(text, s));
            out.addAll(recognizedOrganizations(text, s));
            out.addAll(legalNames(text, s));
            out.addAll(headedNames(text, s));
            Matcher alias = CombinedMentionDetector.ALIAS.matcher(s.text());
            while (alias.find()) {
                Span span = new Span(s.span().begin() + alias.start(1), s.span().begin() + alias.end(1));
                out.add(new Mention(span, alias.group(1), null, NAME, "short name the text defines", 0.6, null,
                        MentionEvidence.NAME_SHAPE));
            }
        }
        return out;
    }

    /** CoreNLP NER tags that can mark (part of) an organization or product name. */
    private static final Set<String> NAME_TAGS = Set.of("ORGANIZATION", "ORG", "MISC");
    /** Parts of speech a name's tokens have (nouns, proper nouns, foreign words), not 今日 (NT) or 10 (CD). */
    private static final Set<String> NAME_POS = Set.of("NN", "NR", "FW");

    /**
     * Names CoreNLP's NER marks as a run of organization (or miscellaneous) tokens, confirmed by a second signal:
     * the run ends with an organization head noun (电子/科技/大学 → 电子科技大学), or a cue word right before it
     * types it (初创公司 智/元/机器人 → 智元机器人). The run must also hold a proper noun or foreign word, or be
     * what HanLP's organization recognizer proposes and end with a head noun of names (大学, 银行, 研究院): a run of
     * common nouns before 团队 or 公司 (工程团队) is no name.
     */
    private List<Mention> recognizedRuns(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!NAME_TAGS.contains(tokens.get(i).ner()) || !NameKeys.hasHan(tokens.get(i).word())
                    || !NAME_POS.contains(tokens.get(i).pos())) {
                continue;
            }
            String tag = tokens.get(i).ner();
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)
                    && tokens.get(j + 1).span().begin() == tokens.get(j).span().end()
                    && NAME_POS.contains(tokens.get(j + 1).pos())) {
                j++;
            }
            Span span = new Span(tokens.get(i).span().begin(), tokens.get(j).span().end());
            String name = span.of(text);
            boolean properPart = tokens.subList(i, j + 1).stream().anyMatch(t -> !"NN".equals(t.pos()));
            boolean hanlpOrganization = s.candidates().stream()
                    .anyMatch(c -> c.nature().startsWith("nt") && c.span().equals(span));
            i = j;
            if (name.length() < 2 || !(properPart || hanlpOrganization) || cues.isStopword(name)
                    || name.chars().anyMatch(Character::isDigit)) {
                continue; // 投资研究公司: a common noun phrase, whatever its tags
            }
            Cues.Head head = tag.equals("MISC") ? null : cues.headOf(name);
            if (head != null && !properPart && !head.ofNames()) {
                head = null; // common nouns before 团队 or 公司 (工程团队) make no name, whatever HanLP proposes
            }
            Cues.Typing before = cues.beforeCue(text, span.begin());
            if (head != null) {
                out.add(new Mention(span, name, head.type(), NAME, "CoreNLP ORGANIZATION run, " + head.reason(), 0.65,
                        null, head.evidence()));
            } else if (before != null && before.type() != EntityType.PERSON) {
                out.add(new Mention(span, name, before.type(), NAME, "CoreNLP " + tag + " run, " + before.reason(),
                        0.6, null, MentionEvidence.CUE));
            }
        }
        return out;
    }

    /** CoreNLP NER tags of places. */
    private static final Set<String> PLACE_TAGS = Set.of("GPE", "LOC", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE");
    /** Parts of speech that end a name's run of words to the left: particles, prepositions, pronouns, measures. */
    private static final Set<String> NO_NAME_POS = Set.of("PU", "DEG", "DEC", "DER", "DEV", "AS", "SP", "ETC", "MSP",
            "P", "PN", "DT", "M", "LC", "BA", "SB", "LB", "VC", "VE", "CS", "OD", "NT");
    /** Parts of speech of the words of a name before its head (single characters may have any other). */
    private static final Set<String> NAME_WORD_POS = Set.of("NR", "FW", "NN", "JJ");
    /** How many tokens before its head a name may take. */
    private static final int MAX_NAME_TOKENS = 4;

    /**
     * Organization names made of a proper name and a head noun of names ({@code namehead}, {@code placehead} in
     * cues.tsv): 中信/NR 证券, 哪吒/NR 汽车, 零/跑/汽车, 合肥市/NR 政府. The words before the head must be a name by
     * one of these signs: a proper noun or foreign word that is no place; a place, for heads that a place name
     * makes a name (政府, 交易所); a name a HanLP recognizer proposed just there (伊可普, 晨兴); or a run of single
     * characters (a word the segmenter did not know), confirmed by HanLP's organization recognizer, a second
     * occurrence of the name or a cue before it. A head followed by another noun modifies it (中国汽车行业) and
     * makes no name.
     */
    private List<Mention> headedNames(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int h = 0; h < tokens.size(); h++) {
            Token headToken = tokens.get(h);
            Cues.NameHead head = cues.nameHeadEnding(headToken.word());
            if (head == null || !NameKeys.hasHan(headToken.word()) || modifiesNextNoun(tokens, h)) {
                continue;
            }
            // the head token may hold the end of the name too (易车网, 证券交易所)
            int headBegin = headToken.span().end() - head.word().length();
            int begin = headBegin;
            boolean proper = false;
            boolean place = false;
            int singles = 0; // single characters right before the head: a word the segmenter did not know
            boolean contiguousSingles = true;
            boolean allNamePieces = true;
            int first = h;
            boolean recognizedWord = false; // a word the tagger calls a common noun, proposed as a name
            if (headBegin > headToken.span().begin()) {
                // a word that ends with a head (易车网/NR) is a name when it is a proper noun; 互联网/NN is none
                proper = "NR".equals(headToken.pos()) || "FW".equals(headToken.pos());
                begin = headToken.span().begin();
                if (!proper) {
                    continue;
                }
            } else {
                for (int i = h - 1, n = 0; i >= 0 && n < MAX_NAME_TOKENS; i--, n++) {
                    Token t = tokens.get(i);
                    boolean adjacent = t.span().end() == tokens.get(i + 1).span().begin();
                    boolean single = isSingleHan(t);
                    if (!adjacent || !NameKeys.hasHan(t.word()) || NO_NAME_POS.contains(t.pos())
                            || !single && !NAME_WORD_POS.contains(t.pos())
                            || cues.isStopword(t.word()) || cues.nameHeadEnding(t.word()) != null && i < h - 1
                            || t.word().length() == 1 && i < h - 1 && ChineseNames.isFunctionChar(t.word().charAt(0))
                            && (i == 0 || !isSingleHan(tokens.get(i - 1)))) {
                        break;
                    }
                    boolean isPlace = PLACE_TAGS.contains(t.ner());
                    proper |= ("NR".equals(t.pos()) || "FW".equals(t.pos())) && !isPlace;
                    place |= isPlace;
                    contiguousSingles &= single;
                    singles += contiguousSingles ? 1 : 0;
                    allNamePieces &= single || "NR".equals(t.pos()) || "FW".equals(t.pos());
                    begin = t.span().begin();
                    first = i;
                }
                // a name starts with its own word, not with a common noun before it, unless a person-name
                // recognizer proposed just these words, with or without the head (易趣/NN 网/NN, HanLP 易趣网/nr: the
                // tagger's guess for an unknown word, which the recognizer took for a person's name)
                while (first < h && "NN".equals(tokens.get(first).pos()) && tokens.get(first).word().length() > 1) {
                    Span rest = new Span(tokens.get(first).span().begin(), headBegin);
                    Span withHead = new Span(rest.begin(), headToken.span().end());
                    if (s.candidates().stream().anyMatch(c -> (c.span().equals(rest) || c.span().equals(withHead))
                            && c.nature().startsWith("nr"))) {
                        recognizedWord = true;
                        break;
                    }
                    first++;
                    begin = first < h ? tokens.get(first).span().begin() : headBegin;
                }
                if (first == h && h > 0) {
                    Token next = h + 1 < tokens.size() ? tokens.get(h + 1) : null;
                    boolean nounAfter = next != null && next.span().begin() == headToken.span().end()
                            && NAME_WORD_POS.contains(next.pos());
                    Mention commonWordName = nounAfter ? null : commonWordName(text, tokens.get(h - 1), headToken, head);
                    if (commonWordName != null) {
                        out.add(commonWordName);
                    }
                }
            }
            boolean functionFirst = first < h && isSingleHan(tokens.get(first))
                    && ChineseNames.isFunctionChar(tokens.get(first).word().charAt(0));
            boolean verbRun = singles >= 2 && tokens.subList(h - singles, h).stream().allMatch(t -> "VV".equals(t.pos()));
            if (headBegin - begin < 2 || functionFirst || verbRun) {
                continue; // 续/任 集团: a verb the segmenter cut, not a name
            }
            Span span = new Span(begin, headToken.span().end());
            Span prefix = new Span(begin, headBegin);
            String name = span.of(text);
            boolean modifierFirst = first < h && tokens.get(first).word().length() == 1
                    && MODIFIER_START.matcher(tokens.get(first).word()).find();
            if (cues.isStopword(name) || cues.isStopword(prefix.of(text)) || modifierFirst) {
                continue;
            }
            boolean recognized = s.candidates().stream().anyMatch(c -> c.span().equals(prefix)
                    && !c.nature().startsWith("ns") || c.span().equals(span) && c.nature().startsWith("nt"));
            boolean confirmedRun = singles >= 2 && (recognized && allNamePieces
                    || ChineseNameMentionDetector.occurrences(text, name) >= 2
                    || cues.beforeCue(text, begin) != null);
            String why;
            if (proper) {
                why = "proper noun";
            } else if (place && head.afterPlace()) {
                why = "place name";
            } else if (recognized && allNamePieces || recognizedWord) {
                why = "name a recognizer proposed";
            } else if (confirmedRun) {
                why = "unknown word";
            } else {
                continue;
            }
            out.add(new Mention(span, name, head.type(), NAME, why + " + head noun: " + head.word(), 0.6, null,
                    MentionEvidence.CUE));
        }
        return out;
    }

    private static boolean isSingleHan(Token t) {
        return t.word().length() == 1 && NameKeys.hasHan(t.word());
    }

    /**
     * A common word with a head noun of company names right after it (石头科技, 小米科技: a stone, millet) may be a
     * company named with an ordinary word, or may be no name at all (金融科技, 汽车物流). It is proposed without a
     * type: the mention stage keeps it only where a typed name it is listed with gives it one ("科沃斯和石头科技").
     * A noun right after the head makes the words a modifier (社交网络平台), not a name.
     */
    private Mention commonWordName(String text, Token word, Token headToken, Cues.NameHead head) {
        if (!"NN".equals(word.pos()) || word.word().length() < 2 || !NameKeys.hasHan(word.word())
                || word.span().end() != headToken.span().begin() || !headToken.word().equals(head.word())
                || head.afterPlace() || cues.isStopword(word.word()) || cues.isCueWord(word.word())
                || cues.nameHeadEnding(word.word()) != null || cues.isSectorNoun(word.word())
                || cues.headOf(word.word()) != null) {
            return null;
        }
        Span span = new Span(word.span().begin(), headToken.span().end());
        return new Mention(span, span.of(text), null, NAME, "common word + head noun: " + head.word(), 0.5, null,
                MentionEvidence.NAME_SHAPE);
    }

    /**
     * Whether the token at {@code i} modifies a sector noun after it ({@code sector} in cues.tsv: 汽车 in
     * 汽车行业, 科技 in 科技企业) rather than ends a name.
     */
    private boolean modifiesNextNoun(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).span().begin() == tokens.get(i).span().end()
                && cues.isSectorNoun(tokens.get(i + 1).word());
    }

    /** Words that modify an organization noun phrase rather than start a name: 前华为, 该公司, 其团队. */
    private static final Pattern MODIFIER_START = Pattern.compile("^[前原该其这那各某本我新旧]");

    /**
     * Organization names HanLP's recognizer proposes (深言科技), confirmed by the name's own organization noun at
     * its end and by a second occurrence in the document or a head noun of names (大学, 银行): a proposal seen
     * once with a weak noun (工程团队) is not enough.
     */
    private List<Mention> recognizedOrganizations(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (var c : s.candidates()) {
            if (!c.nature().startsWith("nt") || MODIFIER_START.matcher(c.text()).find() || cues.isStopword(c.text())) {
                continue;
            }
            Cues.Head head = cues.headOf(c.text());
            if (head == null || !s.onTokenBoundaries(c.span())) {
                continue;
            }
            if (c.text().length() - head.word().length() < 2 || cues.isUnitNoun(head.word())) {
                continue; // 工程团队, 研究团队: units described by what they do, not names
            }
            if (head.ofNames() || ChineseNameMentionDetector.occurrences(text, c.text()) >= 2) {
                out.add(new Mention(c.span(), c.text(), head.type(), NAME, "HanLP organization name, " + head.reason(),
                        0.6, null, head.evidence()));
            }
        }
        return out;
    }

    private static final String LEGAL_REASON = "legal company name";

    /**
     * The endings of Chinese companies' registered names; the group form or a place may stand in parentheses
     * before the company form (…控股(集团)有限公司, 北辰汽车(上海)有限公司), as the naming rules of China's market
     * regulator allow.
     */
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?:集团|控股)?(?:[((][\\p{IsHan}]{2,4}[))])?(?:股份有限公司|有限责任公司|有限公司)");
    /** Parts of speech a registered name is made of. */
    private static final Set<String> LEGAL_NAME_POS = Set.of("NR", "NN", "FW", "JJ");
    /** How many tokens before the suffix a registered name may take. */
    private static final int MAX_LEGAL_NAME_TOKENS = 6;

    /**
     * Registered company names (德邦物流股份有限公司): the suffix with the nouns right before it, back to the first
     * word that is no noun (收购, 的, a comma), or back to where HanLP's organization recognizer starts the name when
     * that is further left and on a noun. The name must hold a proper noun or a foreign word.
     */
    private List<Mention> legalNames(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        Matcher m = LEGAL_SUFFIX.matcher(s.text());
        List<Token> tokens = s.tokens();
        while (m.find()) {
            int suffixBegin = s.span().begin() + m.start();
            int first = -1; // the last token wholly before the suffix
            while (first + 1 < tokens.size() && tokens.get(first + 1).span().end() <= suffixBegin) {
                first++;
            }
            int begin = suffixBegin;
            boolean proper = false;
            for (int i = first, n = 0; i >= 0 && n < MAX_LEGAL_NAME_TOKENS; i--, n++) {
                Token t = tokens.get(i);
                boolean adjacent = i == first || t.span().end() == tokens.get(i + 1).span().begin();
                if (!adjacent || !LEGAL_NAME_POS.contains(t.pos()) || MODIFIER_START.matcher(t.word()).find()) {
                    break;
                }
                proper |= t.pos().equals("NR") || t.pos().equals("FW");
                begin = t.span().begin();
            }
            int end = s.span().begin() + m.end();
            // the organization recognizer may see further left, over a verb the tagger guessed (合肥市建设/VV投资…)
            for (var c : s.candidates()) {
                Token firstToken = tokens.stream().filter(t -> t.span().begin() == c.span().begin()).findFirst()
                        .orElse(null);
                if (c.nature().startsWith("nt") && c.span().end() == end && c.span().begin() < begin
                        && firstToken != null && LEGAL_NAME_POS.contains(firstToken.pos())) {
                    begin = c.span().begin();
                    proper |= firstToken.pos().equals("NR") || firstToken.pos().equals("FW");
                }
            }
            if (!proper || suffixBegin - begin < 2) {
                continue;
            }
            Span span = new Span(begin, end);
            out.add(new Mention(span, span.of(text), EntityType.COMPANY, NAME, LEGAL_REASON, 0.75, null,
                    MentionEvidence.OWN_FORM));
        }
        return out;
    }
}
