package dev.kgx.mention;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.Script;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.MentionEvidence;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Proper names written in Latin script: runs of capitalized or camel-case words ("Maria Lopez", "Northwind Capital",
 * "GPT-4V", "iPhone"), inside Chinese text or in English and Portuguese text. The type comes from the name's own
 * shape and from cues around it; a name with no such evidence is proposed untyped. The words the rules read come
 * from the language profiles: the particles inside names of every language (a Portuguese name keeps its "do" in
 * English text), and the document's language's prepositions, located-words and whether a person's name needs a
 * known given name.
 */
public final class LatinNameMentionDetector implements MentionDetector {
    public static final String NAME = "latin-name";

    /** Latin letters and digits only: Chinese characters around a Latin name are not part of it. */
    private static final String LD = "[\\p{IsLatin}\\p{N}]";
    private static final String WORD = "(?:[A-Z]" + LD + "*|[a-z]+[A-Z]" + LD + "*|[0-9]+[A-Z]" + LD + "*)"
            + "(?:[-.'’&]" + LD + "+)*&?";
    /** A model or version number inside a name ("Snapdragon 8 Gen 4", "Polestar 2"): no year, no amount. */
    private static final String NUMBER = "[0-9]{1,3}(?![\\p{IsLatin}\\p{N}%]|[.,][0-9])";
    /** Lower-case words inside names in any language kgx knows: Bank of America, Banco do Brasil. */
    private static final Set<String> PARTICLES = LanguageProfile.all().stream()
            .flatMap(p -> p.nameParticles().stream()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern NAME_RUN = Pattern.compile("(?<![\\p{IsLatin}\\p{N}\\-])" + WORD
            + "(?:(?: |\\s?&\\s?)(?:" + alternation(PARTICLES) + " )?" + WORD + "| " + NUMBER + ")*");
    /** A lower-case brand inside Chinese text ("eufy 品牌"), proposed only when a cue types it. */
    private static final Pattern LOWERCASE_WORD = Pattern.compile("(?<![\\p{IsLatin}\\p{N}\\-])[a-z]{3,}(?![\\p{IsLatin}\\p{N}\\-])");
    /** A stock ticker in parentheses (Reuters instrument codes: GM.N, CONG.DE): no name of its own. */
    private static final Pattern TICKER = Pattern.compile("[A-Z]{1,5}\\.[A-Z]{1,2}");
    /** CoreNLP NER tags of places: a place is no entity of kgx's ("San Francisco", "Silicon Valley"). */
    private static final java.util.Set<String> PLACE_TAGS = java.util.Set.of("LOCATION", "GPE", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE");
    /** Up to two lowercase words that end a Latin phrase embedded in Chinese text. */
    private static final Pattern LOWERCASE_TAIL = Pattern.compile(
            "(?: [a-z][\\p{IsLatin}]+){1,2}(?![\\p{IsLatin}\\p{N}])(?! ?[\\p{IsLatin}\\p{N}])");

    /** Product and model names: letters, then a version number ("GPT-4", "H100", "GPT-4o", "Llama-2"). */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\p{Lu}[\\p{L}]*-?\\d+(?:\\.\\d+)?[\\p{Lu}a-z]?");
    /**
     * A word of a product's model designation: capital letters and digits mixed ("XC40", "MLU290", "Cortex-X925",
     * "ET5"), or a bare number after the name ("Polestar 2").
     */
    private static final Pattern MODEL_WORD = Pattern.compile(
            "(?:[\\p{L}]+-)?\\p{Lu}[\\p{Lu}\\d]*\\d[\\p{Lu}\\d]*|[0-9]{1,3}");

    private final Cues cues;

    /** The rules' patterns made of one language's words, built once per language. */
    private record LanguageWords(boolean latinDocument, boolean personNeedsGivenName, Pattern personOf,
                                 Pattern preposition, Pattern located) {
        static LanguageWords of(LanguageProfile p) {
            String prepositions = alternation(p.organizationPrepositions());
            return new LanguageWords(p.script() == Script.LATIN, p.personNeedsGivenName(),
                    // "Given Family of Organization": a person's name of two words, a preposition, and the rest
                    Pattern.compile("(\\p{Lu}\\p{Ll}+) (\\p{Lu}[\\p{L}'’-]+) " + prepositions + " (\\p{Lu}.*)"),
                    Pattern.compile(" " + prepositions + " "),
                    // "Paris-based", "Tencent-backed": where the company is or who backs it, not part of its name
                    Pattern.compile("[\\p{L}.-]+-" + alternation(p.locatedSuffixes())));
        }
    }

    private static final Map<LanguageProfile, LanguageWords> WORDS = new ConcurrentHashMap<>();

    /** A regular expression group matching any of the words, or nothing when there is none. */
    private static String alternation(Collection<String> words) {
        return words.isEmpty() ? "(?!)" : new TreeSet<>(words).stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    public LatinNameMentionDetector(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Mention> detect(AnalyzedDocument doc) {
        String text = doc.source().text();
        LanguageWords words = WORDS.computeIfAbsent(LanguageProfile.of(doc.source().language()), LanguageWords::of);
        boolean latinDocument = words.latinDocument();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Matcher m = NAME_RUN.matcher(s.text());
            while (m.find()) {
                String run = trimTrailing(m.group());
                int start = m.start();
                if (!latinDocument && run.length() == m.group().length()) {
                    // inside Chinese text a Latin phrase is a unit: "Deep thinker" is one name
                    Matcher tail = LOWERCASE_TAIL.matcher(s.text()).region(m.end(), s.text().length());
                    if (tail.lookingAt()) {
                        run = run + tail.group();
                    }
                }
                // "Germany's Continental AG": the owner, then the name
                Matcher possessive = POSSESSIVE_INSIDE.matcher(run);
                if (possessive.find()) {
                    propose(doc, s, start, run.substring(0, possessive.start()), words, out);
                    start += possessive.end();
                    run = run.substring(possessive.end());
                }
                // "Maria Lopez of Northwind Capital": a person's name, then where he works
                Matcher of = words.personOf().matcher(run);
                if (of.matches() && cues.isKnownGivenName(of.group(1))) {
                    propose(doc, s, start, of.group(1) + " " + of.group(2), words, out, new Cues.Typing(
                            EntityType.PERSON, "given name, then of an organization", MentionEvidence.OWN_FORM));
                    start += of.start(3);
                    run = of.group(3);
                }
                // a given name inside a capitalized run starts a person's name: "Chief Operating Officer Maria
                // Lopez", "Engineer Maria Lopez": the words before it are proposed on their own
                String[] parts = run.split(" ");
                for (int w = 1; w + 1 < parts.length; w++) {
                    if (cues.isGivenName(parts[w]) && Character.isUpperCase(parts[w + 1].charAt(0))) {
                        int cut = run.indexOf(" " + parts[w] + " ") + 1;
                        propose(doc, s, start, run.substring(0, cut).strip(), words, out);
                        start += cut;
                        run = run.substring(cut);
                        break;
                    }
                }
                propose(doc, s, start, run, words, out);
            }
            if (!latinDocument) {
                Matcher lower = LOWERCASE_WORD.matcher(s.text());
                while (lower.find()) {
                    Span span = new Span(s.span().begin() + lower.start(), s.span().begin() + lower.end());
                    Cues.Typing typing = cueTyping(doc.source().text(), span);
                    if (typing != null && !cues.isStopword(lower.group())) {
                        out.add(new Mention(span, lower.group(), typing.type(), NAME, "lower-case brand, "
                                + typing.reason(), 0.6, null, typing.evidence()));
                    }
                }
            }
        }
        return out;
    }

    /** A possessive ending a word inside a run: "Germany's Continental AG". */
    private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("['’]s (?=\\p{Lu})");

    private Cues.Typing cueTyping(String text, Span span) {
        Cues.Typing t = cues.afterCue(text, span.end());
        return t != null ? t : cues.beforeCue(text, span.begin());
    }

    private void propose(AnalyzedDocument doc, Sentence s, int start, String name, LanguageWords words,
                         List<Mention> out) {
        propose(doc, s, start, name, words, out, null);
    }

    private void propose(AnalyzedDocument doc, Sentence s, int start, String name, LanguageWords words,
                         List<Mention> out, Cues.Typing given) {
        boolean latinDocument = words.latinDocument();
        name = trimTrailing(name);
        // "O Nubank", "The Verge", "CEO of Acme": a leading article or title, and the connector after it, are not
        // part of the name
        int space = name.indexOf(' ');
        while (space > 0 && (cues.isStopword(name.substring(0, space))
                || PARTICLES.contains(name.substring(0, space))
                || words.located().matcher(name.substring(0, space)).matches())) {
            start += space + 1;
            name = name.substring(space + 1);
            space = name.indexOf(' ');
        }
        // "Presidente da Northwind", "CEO of Acme": a cue that a capitalized run took in is not part of the name
        Matcher connector = words.preposition().matcher(name);
        while (connector.find()) {
            if (cues.isBeforeCue(name.substring(0, connector.end() - 1))) {
                start += connector.end();
                name = name.substring(connector.end());
                break;
            }
        }
        // "X900 GPU": a generic word after a name is not part of it (a name's own suffix, "Stability AI", is)
        int lastSpace = name.lastIndexOf(' ');
        while (lastSpace > 0 && cues.isStopword(name.substring(lastSpace + 1))
                && cues.suffixCue(name) == null) {
            name = name.substring(0, lastSpace);
            lastSpace = name.lastIndexOf(' ');
        }
        if (name.length() < 2 || cues.isStopword(name) || TICKER.matcher(name).matches()) {
            return;
        }
        Span span = new Span(s.span().begin() + start, s.span().begin() + start + name.length());
        boolean sentenceInitial = start == 0 || s.text().substring(0, start).isBlank();
        Cues.Typing typing = given != null ? given : type(doc.source().text(), span, name);
        if (typing == null && latinDocument) {
            typing = nerTyping(s, span, name, words.personNeedsGivenName(), doc.source().text());
        }
        if (typing == null && latinDocument && name.contains(" ") && allTagged(s, span, "PERSON")) {
            return; // a person's name the tagger saw but nothing confirms: no list may make it an organization
        }
        if (typing == null && latinDocument && sentenceInitial && !name.contains(" ")) {
            return; // a capitalized first word of an English or Portuguese sentence is no evidence
        }
        if (isPlace(s, span) && (name.contains(" ") || typing == null)
                && (typing == null || typing.evidence() != MentionEvidence.OWN_FORM)) {
            return; // "San Francisco", "Silicon Valley": places, whatever cue stands next to them
        }
        out.add(typing == null
                ? new Mention(span, name, null, NAME, "Latin-script name", 0.4, null, MentionEvidence.NAME_SHAPE)
                : new Mention(span, name, typing.type(), NAME, typing.reason(), 0.7, null, typing.evidence()));
    }

    /**
     * The type CoreNLP's English NER gives the name in English or Portuguese text: a person when every token is
     * PERSON and the name has two words at least (a lone surname is found by propagation instead; where the
     * language's profile says so, as for Portuguese, the first must be a known given name, or the family name must
     * recur alone in the document, as news names a person in full once and then by the family name), an
     * organization when every token is ORGANIZATION.
     */
    private Cues.Typing nerTyping(Sentence s, Span span, String name, boolean needsGivenName, String text) {
        List<String> tags = new ArrayList<>();
        for (dev.kgx.model.Token t : s.tokens()) {
            if (span.contains(t.span())) {
                tags.add(t.ner());
            }
        }
        if (tags.isEmpty()) {
            return null;
        }
        // the English model reads capitalized pairs of other languages' words as people ("a Receita Federal"):
        // there a person's name must also start with a known given name
        String family = name.substring(name.lastIndexOf(' ') + 1);
        boolean givenName = !needsGivenName || cues.isKnownGivenName(name.substring(0, name.indexOf(' ') < 0
                ? name.length() : name.indexOf(' '))) || familyNameRecurs(text, name, family);
        if (tags.stream().allMatch("PERSON"::equals) && name.contains(" ") && givenName) {
            return new Cues.Typing(EntityType.PERSON, "CoreNLP NER: PERSON", MentionEvidence.STATISTICAL);
        }
        if (tags.stream().allMatch("ORGANIZATION"::equals)) {
            return new Cues.Typing(EntityType.ORGANIZATION, "CoreNLP NER: ORGANIZATION", MentionEvidence.STATISTICAL);
        }
        return null;
    }

    /** Whether the last word of a name stands alone elsewhere in the text, on word boundaries. */
    private static boolean familyNameRecurs(String text, String name, String family) {
        if (family.length() < 3 || family.equals(name)) {
            return false;
        }
        Matcher alone = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(family)
                + "(?![\\p{L}\\p{N}])").matcher(text);
        while (alone.find()) {
            int b = alone.start();
            boolean partOfFullName = b >= name.length() - family.length()
                    && text.startsWith(name, b - (name.length() - family.length()));
            if (!partOfFullName) {
                return true;
            }
        }
        return false;
    }

    private static boolean allTagged(Sentence s, Span span, String tag) {
        List<String> tags = s.tokens().stream().filter(t -> span.contains(t.span())).map(dev.kgx.model.Token::ner)
                .toList();
        return !tags.isEmpty() && tags.stream().allMatch(tag::equals);
    }

    private Cues.Typing type(String text, Span span, String name) {
        Cues.Typing t = cues.suffixCue(name);
        if (t == null) {
            t = cues.afterCue(text, span.end());
        }
        if (t == null) {
            t = cues.beforeCue(text, span.begin());
        }
        String[] words = name.split(" ");
        if (t == null && words.length >= 2 && words.length <= 3 && cues.isGivenName(words[0])
                && java.util.Arrays.stream(words).distinct().count() == words.length
                && Character.isUpperCase(words[words.length - 1].charAt(0))) {
            t = new Cues.Typing(EntityType.PERSON, "given name: " + words[0], MentionEvidence.OWN_FORM);
        }
        if (t == null && (words.length == 1 && MODEL_NUMBER.matcher(name).matches()
                || java.util.Arrays.stream(words).anyMatch(w -> MODEL_WORD.matcher(w).matches()))) {
            t = new Cues.Typing(EntityType.PRODUCT, "model-number shape", MentionEvidence.OWN_FORM);
        }
        return t;
    }

    /** Whether CoreNLP's NER tags every token of the span as a place. */
    private static boolean isPlace(Sentence s, Span span) {
        List<String> tags = s.tokens().stream().filter(t -> span.contains(t.span())).map(dev.kgx.model.Token::ner)
                .toList();
        return !tags.isEmpty() && tags.stream().allMatch(PLACE_TAGS::contains);
    }

    private static String trimTrailing(String name) {
        String n = name;
        // a possessive is not part of the name: "Waymo's chief executive"
        if (n.endsWith("'s") || n.endsWith("’s")) {
            n = n.substring(0, n.length() - 2);
        }
        while (!n.isEmpty() && "&.'’-".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}
