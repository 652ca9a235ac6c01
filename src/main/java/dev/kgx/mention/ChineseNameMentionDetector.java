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
 * Names in Chinese script, from the evidence the analysis stage gathered: CoreNLP's POS tag NR (proper noun) with
 * its NER tag PERSON, HanLP's person-name recognizers, and context cues (创始人 X, X公司, 华盛顿大学). A name
 * proposed by one recognizer alone is not enough: each rule asks for a proper-noun tag plus a second signal.
 */
public final class ChineseNameMentionDetector implements MentionDetector {
    public static final String NAME = "chinese-name";

    private static final Set<String> HANLP_PERSON = Set.of("nr", "nrf", "nrj");
    /** A quoted name right after a launch or development verb or a product noun is a product's name. */
    private static final Pattern QUOTED_PRODUCT = Pattern.compile(
            "(?:上线|发布|推出|开发|研发|开源|项目|产品|应用|平台|模型|软件|游戏|App|APP|小程序)(?:了|出)?\\s?[“\"《「]([^”\"》」\\s]{2,16})[”\"》」]");

    /**
     * A name in title marks (《证券时报》): a newspaper, book, film, report or law, so no type of its own; a typed
     * name it is listed with gives it one ("新华社、《证券时报》与《人民日报》").
     */
    private static final Pattern TITLE_MARKED = Pattern.compile("《([^《》\\s]{2,12})》");

    /** The outlet a report is attributed to: 据“X”报道, 据X报道. */
    private static final Pattern QUOTED_SOURCE = Pattern.compile("据\\s?[“\"「《]([^”\"」》\\s]{2,16})[”\"」》]\\s?(?:报道|消息|透露)");

    /**
     * A foreign name in Chinese transliteration written with its separating dot (吉姆·法利): each part is a run of
     * transliteration characters.
     */
    private static final Pattern DOTTED_NAME = Pattern.compile(ChineseNames.transliterationClass() + "{1,6}(?:[·・•‧]"
            + ChineseNames.transliterationClass() + "{1,8})+");

    /** CoreNLP NER tags of places and other non-person names. */
    private static final Set<String> PLACE_TAGS = Set.of("GPE", "LOC", "LOCATION", "FACILITY", "DEMONYM",
            "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    private final Cues cues;

    public ChineseNameMentionDetector(Cues cues) {
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
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean person = "PERSON".equals(t.ner());
                if (PLACE_TAGS.contains(t.ner())) {
                    continue; // 在台北表示: a place before 表示 is no speaker
                }
                if (!NameKeys.hasHan(t.word()) || !("NR".equals(t.pos()) || person) || cues.isStopword(t.word())) {
                    continue;
                }
                // consecutive person-tagged tokens form one name (a segmenter may cut a transliterated name into pieces)
                int j = i;
                while (person && j + 1 < tokens.size() && "PERSON".equals(tokens.get(j + 1).ner())
                        && NameKeys.hasHan(tokens.get(j + 1).word())
                        && tokens.get(j + 1).span().begin() == tokens.get(j).span().end()) {
                    j++;
                }
                Span span = new Span(t.span().begin(), tokens.get(j).span().end());
                if (span.length() >= 2) {
                    Mention m = typeProperNoun(text, span, s, "NR".equals(t.pos()));
                    if (m != null) {
                        out.add(m);
                    }
                }
                i = j;
            }
            Matcher dotted = DOTTED_NAME.matcher(s.text());
            while (dotted.find()) {
                Span span = new Span(s.span().begin() + dotted.start(), s.span().begin() + dotted.end());
                out.add(new Mention(span, dotted.group(), EntityType.PERSON, NAME, DOTTED_REASON, 0.8, null,
                        MentionEvidence.OWN_FORM));
            }
            Matcher src = QUOTED_SOURCE.matcher(s.text());
            while (src.find()) {
                Span span = new Span(s.span().begin() + src.start(1), s.span().begin() + src.end(1));
                out.add(new Mention(span, src.group(1), EntityType.ORGANIZATION, NAME,
                        "quoted news source (据…报道)", 0.6, null, MentionEvidence.CUE));
            }
            Matcher titled = TITLE_MARKED.matcher(s.text());
            while (titled.find()) {
                Span span = new Span(s.span().begin() + titled.start(1), s.span().begin() + titled.end(1));
                out.add(new Mention(span, titled.group(1), null, NAME, "name in title marks", 0.5, null,
                        MentionEvidence.NAME_SHAPE));
            }
            out.addAll(modelNumbers(text, s));
            Matcher q = QUOTED_PRODUCT.matcher(s.text());
            while (q.find()) {
                // the quotation marks delimit the whole name: a lexicon name inside (快手 of “GIF快手”) is part of it
                Span span = new Span(s.span().begin() + q.start(1), s.span().begin() + q.end(1));
                out.add(new Mention(span, q.group(1), EntityType.PRODUCT, NAME,
                        "quoted name after a product word", 0.6, null, MentionEvidence.OWN_FORM));
            }
        }
        out.addAll(organizationsReadAsNouns(doc));
        return out;
    }

    /** Parts of speech the tagger gives a name it reads as a word: common and temporal nouns (寒武纪/NT, an era). */
    private static final Set<String> NOUN_POS = Set.of("NN", "NT");

    /**
     * A name the tagger reads as a common or temporal noun (寒武纪/NT: a geological era to it) is an
     * organization's when two signals meet over the document: CoreNLP's NER marks it as an organization at one
     * occurrence at least, and a word about organizations follows it at another (寒武纪股价, 寒武纪市值; cues that
     * also follow common nouns, 团队 or 公司, do not count). The word must recur, and must be no cue, head noun or
     * stop word itself. Each cued occurrence becomes a mention;
     * the mention stage carries the name to its other occurrences.
     */
    private List<Mention> organizationsReadAsNouns(AnalyzedDocument doc) {
        String text = doc.source().text();
        Set<String> taggedOrganization = new java.util.HashSet<>();
        List<Mention> cued = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.word();
                if (!NOUN_POS.contains(t.pos()) || w.length() < 2 || w.length() > 6 || !w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        || cues.isStopword(w) || cues.headOf(w) != null || cues.nameHeadEnding(w) != null
                        || cues.isCueWord(w)) {
                    continue;
                }
                if ("ORGANIZATION".equals(t.ner()) || "ORG".equals(t.ner())) {
                    taggedOrganization.add(w);
                }
                Cues.Typing cue = cues.aboutCue(text, t.span().end());
                if (cue != null && cue.type().isOrganization()) {
                    cued.add(new Mention(t.span(), w, cue.type(), NAME, "noun CoreNLP's NER tags as an organization in "
                            + "the document, " + cue.reason(), 0.6, null, MentionEvidence.CUE));
                }
            }
        }
        return cued.stream().filter(m -> taggedOrganization.contains(m.text()) && occurrences(text, m.text()) >= 2)
                .toList();
    }

    /**
     * A model number written right after a Chinese product-line name: 9400 of 天玑9400, 1A of 寒武纪1A. A decimal
     * point after it makes it a quantity; an ellipsis (…, "..." after normalization) does not.
     */
    private static final Pattern MODEL_NUMBER = Pattern.compile(
            "(?:[0-9]{2,4}[A-Z]{0,2}|[0-9][A-Z]{1,2})(?![0-9\\p{IsLatin}%]|\\.[0-9])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}");
    /** Parts of speech of a product line's name before its number. */
    private static final Set<String> LINE_POS = Set.of("NR", "NN", "FW");
    /** Parts of speech after a number that make it a quantity or a date, not a model (290 亿, 2021 年). */
    private static final Set<String> QUANTITY_POS = Set.of("M", "NT", "CD", "OD");

    /**
     * Products named by a product line and a model number (天玑9400, 骁龙888, 麒麟9000S): a noun or proper noun
     * of two characters or more, not a person's name, directly followed by a number that no measure word or date
     * word follows, where the line is a known product line (cues.tsv), comes with at least two numbers in the
     * document, the name recurs, or a product cue follows it (处理器, 芯片).
     */
    private List<Mention> modelNumbers(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token line = tokens.get(i);
            // a line's name the segmenter did not know comes cut into single characters (思/元 290)
            int k = i;
            while (k + 1 < tokens.size() && k - i < 2 && isSingleHan(tokens.get(k)) && isSingleHan(tokens.get(k + 1))
                    && tokens.get(k + 1).span().begin() == tokens.get(k).span().end()) {
                k++;
            }
            if (k > i && !ChineseNames.isFunctionChar(line.word().charAt(0))) {
                Token last = tokens.get(k);
                line = new Token(text.substring(line.span().begin(), last.span().end()),
                        new Span(line.span().begin(), last.span().end()), "NN", last.ner());
            }
            boolean knownLine = cues.isProductLine(line.word());
            if (!LINE_POS.contains(line.pos()) && !knownLine || line.word().length() < 2 || !NameKeys.hasHan(line.word())
                    || "PERSON".equals(line.ner()) || PLACE_TAGS.contains(line.ner()) || cues.isStopword(line.word())) {
                continue;
            }
            Token lineToken = line;
            Matcher number = MODEL_NUMBER.matcher(text).region(line.span().end(), s.span().end());
            if (!number.lookingAt() || YEAR.matcher(number.group()).matches()) {
                continue;
            }
            Span span = new Span(line.span().begin(), number.end());
            Token after = tokens.stream().filter(t -> t.span().begin() >= number.end()).findFirst().orElse(null);
            if (!s.onTokenBoundaries(span) && !onTokenStart(tokens, number.end())
                    || after != null && after.span().begin() == number.end() && QUANTITY_POS.contains(after.pos())) {
                continue;
            }
            String name = span.of(text);
            Cues.Typing cue = cues.afterCue(text, span.end());
            boolean productCue = cue != null && cue.type() == EntityType.PRODUCT;
            boolean family = Pattern.compile(Pattern.quote(lineToken.word()) + "[0-9]").matcher(text).results()
                    .map(r -> text.substring(r.start(), Math.min(text.length(), r.end() + 3))).distinct().count() >= 2;
            if (occurrences(text, name) >= 2 || family || productCue || knownLine) {
                out.add(new Mention(span, name, EntityType.PRODUCT, NAME, "product line and model number", 0.7, null,
                        MentionEvidence.OWN_FORM));
            }
        }
        return out;
    }

    private static boolean isSingleHan(Token t) {
        return t.word().length() == 1 && NameKeys.hasHan(t.word());
    }

    private static boolean onTokenStart(List<Token> tokens, int offset) {
        return tokens.stream().anyMatch(t -> t.span().begin() == offset || t.span().end() == offset);
    }

    private Mention typeProperNoun(String text, Span span, Sentence s, boolean properNoun) {
        String name = span.of(text);
        Cues.Typing cue = properNoun ? cues.afterCue(text, span.end()) : null;
        if (cue == null && properNoun) {
            cue = cues.beforeCue(text, span.begin());
        }
        if (cue != null) {
            Span named = cue.extendTo() > 0 ? new Span(span.begin(), cue.extendTo()) : span;
            return new Mention(named, named.of(text), cue.type(), NAME, "proper noun, " + cue.reason(), 0.65, null,
                    cue.evidence());
        }
        Cues.Typing title = cues.titleInParentheses(text, span.end());
        if (title != null) {
            return new Mention(span, name, EntityType.PERSON, NAME, "proper noun, " + title.reason(), 0.65, null,
                    title.evidence());
        }
        boolean corenlpPerson = s.tokens().stream()
                .anyMatch(t -> span.contains(t.span()) && "PERSON".equals(t.ner()));
        // A name typed by the statistical recognizers alone, with no cue around it, must recur: news text
        // introduces a person once with a title or a full name and then repeats the name, while a single bare
        // foreign-looking name is more often a word the recognizers misread (machine-translated text is full of them).
        boolean recurs = occurrences(text, name) >= 2;
        // HanLP's name may be the start of the token (李珮 of 李珮瑜, joined by the analyzer)
        boolean hanlpPerson = s.candidates().stream().anyMatch(c -> HANLP_PERSON.contains(c.nature())
                && (c.span().contains(span) || c.span().begin() == span.begin()));
        if (corenlpPerson && hanlpPerson && recurs) {
            return new Mention(span, name, EntityType.PERSON, NAME, "proper noun, CoreNLP PERSON and HanLP name", 0.75,
                    null, MentionEvidence.STATISTICAL);
        }
        // HanLP's Japanese-name recognizer also proposes Chinese names (程一笑): the family name decides
        boolean hanlpChineseName = s.candidates().stream().anyMatch(c -> (c.nature().equals("nr") || c.nature().equals("nrj"))
                && c.span().begin() == span.begin() && c.span().end() <= span.end())
                && ChineseNames.isPlausiblePersonName(name);
        if (hanlpChineseName && (recurs || !ChineseNames.isTransliteration(name))) {
            return new Mention(span, name, EntityType.PERSON, NAME,
                    "HanLP person name with a common family name", 0.6, null, MentionEvidence.STATISTICAL);
        }
        if (corenlpPerson && properNoun && recurs) {
            return new Mention(span, name, EntityType.PERSON, NAME, "proper noun, CoreNLP PERSON", 0.55, null,
                    MentionEvidence.STATISTICAL);
        }
        return null;
    }

    private static final String DOTTED_REASON = "transliterated full name with a separating dot";

    static int occurrences(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0 && n < 2; i = text.indexOf(name, i + name.length())) {
            n++;
        }
        return n;
    }
}
