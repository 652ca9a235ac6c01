package dev.kgx.extract;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.Occupations;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Mention;
import dev.kgx.model.PersonDescription;
import dev.kgx.model.Sentence;
import dev.kgx.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says its people do: an occupation of the language's {@code occupations.tsv} written right before
 * a person's name ("biologist John Smith", 首席执行官张三), in an apposition after it ("John Smith, a marine
 * biologist,", 张三（律师）) or after a copula ("John Smith is a footballer", 张三是一名演员). Between the opener and
 * the occupation stand at most a few modifiers ("a marine biologist", 海洋生物学家) and none of the words that make
 * the clause one about something else ("John Smith, who hired a biologist"); an occupation marked as past
 * ("former CEO", 前CEO) is not read. Cross-document resolution compares the fields of work of what two documents
 * say ({@code CorpusResolver}).
 */
public final class PersonDescriptions {
    /** Signs that open an apposition right after a name. */
    private static final String OPENERS = ",，(（";
    /** Signs that end an apposition or clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,，;；。.!?！？()（）:：、\"“”]");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");
    /** The most modifier words before an occupation (Latin script: "a former Stanford marine biologist"). */
    private static final int MAX_MODIFIER_WORDS = 3;
    /** The most modifier characters before an occupation in a script without spaces (海洋生物学家). */
    private static final int MAX_MODIFIER_CHARS = 4;
    /** How far an apposition is read after a name. */
    private static final int REACH = 80;

    /** The descriptions of the document's people, one per person and occupation, in text order. */
    public List<PersonDescription> find(AnalyzedDocument doc, List<Entity> entities) {
        Occupations words = LanguageProfile.of(doc.source().language()).occupations();
        boolean spaced = !doc.source().language().caseSensitive();
        String text = doc.source().text();
        Map<String, PersonDescription> found = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                Sentence s = doc.sentenceAt(m.span());
                Span bounds = s != null ? s.span() : new Span(0, text.length());
                List<Occupations.Occupation> here = new ArrayList<>();
                Occupations.Occupation before = before(words, spaced, text.substring(bounds.begin(),
                        m.span().begin()));
                if (before != null) {
                    here.add(before);
                }
                Occupations.Occupation after = after(words, spaced, text.substring(m.span().end(),
                        Math.min(bounds.end(), m.span().end() + REACH)));
                if (after != null) {
                    here.add(after);
                }
                for (Occupations.Occupation o : here) {
                    found.putIfAbsent(e.key() + "\u0000" + o.words(),
                            new PersonDescription(e.key(), o.words(), o.fields()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The occupation that ends right before a name ("CEO John Smith"), unless marked as past. */
    private static Occupations.Occupation before(Occupations words, boolean spaced, String preceding) {
        String folded = words.fold(preceding.stripTrailing());
        for (Occupations.Occupation o : words.occupations()) {
            if (!folded.endsWith(o.folded())) {
                continue;
            }
            String rest = folded.substring(0, folded.length() - o.folded().length());
            if (spaced && !rest.isEmpty() && isWordChar(rest.charAt(rest.length() - 1))) {
                continue; // inside a longer word
            }
            return isPast(words, spaced, rest) ? null : o;
        }
        return null;
    }

    /** The occupation of an apposition or a copula right after a name ("John Smith, a biologist"). */
    private static Occupations.Occupation after(Occupations words, boolean spaced, String following) {
        String rest = words.fold(following).stripLeading();
        if (rest.isEmpty()) {
            return null;
        }
        if (OPENERS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
        } else {
            String copula = leading(words.copulas(), spaced, rest);
            if (copula == null || spaced && rest.length() > copula.length()
                    && !Character.isWhitespace(rest.charAt(copula.length()))) {
                return null;
            }
            rest = rest.substring(copula.length());
        }
        Matcher end = CLAUSE_END.matcher(rest);
        String clause = end.find() ? rest.substring(0, end.start()) : rest;
        clause = clause.strip();
        for (int i = 0; i < 2; i++) { // "一位著名", "a", "the"
            String article = leading(words.articles(), spaced, clause);
            if (article == null) {
                break;
            }
            clause = clause.substring(article.length()).stripLeading();
        }
        return spaced ? occupationAfterWords(words, clause) : occupationAfterChars(words, clause);
    }

    /** Latin script: the first occupation after at most a few modifier words, none of them a stop word. */
    private static Occupations.Occupation occupationAfterWords(Occupations words, String clause) {
        Matcher w = LATIN_WORD.matcher(clause);
        int count = 0;
        while (w.find() && count <= MAX_MODIFIER_WORDS) {
            for (Occupations.Occupation o : words.occupations()) {
                int end = w.start() + o.folded().length();
                if (clause.startsWith(o.folded(), w.start())
                        && (end == clause.length() || !isWordChar(clause.charAt(end)))) {
                    return isPast(words, true, clause.substring(0, w.start())) ? null : o;
                }
            }
            if (words.stops().contains(w.group()) || words.copulas().contains(w.group())) {
                return null;
            }
            count++;
        }
        return null;
    }

    /** A script without spaces: an occupation after at most a few characters holding no stop word. */
    private static Occupations.Occupation occupationAfterChars(Occupations words, String clause) {
        for (int i = 0; i <= Math.min(MAX_MODIFIER_CHARS, clause.length()); i++) {
            String modifiers = clause.substring(0, i);
            if (words.stops().stream().anyMatch(modifiers::contains)) {
                return null;
            }
            for (Occupations.Occupation o : words.occupations()) {
                if (clause.startsWith(o.folded(), i)) {
                    return isPast(words, false, modifiers) ? null : o;
                }
            }
        }
        return null;
    }

    /** Whether the text before an occupation ends with a word that makes it a past one ("former", 前). */
    private static boolean isPast(Occupations words, boolean spaced, String before) {
        String b = before.stripTrailing();
        if (b.endsWith("-")) {
            b = b.substring(0, b.length() - 1); // ex-presidente
        }
        for (String p : words.past()) {
            if (b.endsWith(p) && (!spaced || b.length() == p.length()
                    || !isWordChar(b.charAt(b.length() - p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The word of a list that the text starts with (a whole word in a spaced script), or null. */
    private static String leading(java.util.Set<String> list, boolean spaced, String text) {
        String best = null;
        for (String w : list) {
            if (text.startsWith(w) && (!spaced || text.length() == w.length() || !isWordChar(text.charAt(w.length())))
                    && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
