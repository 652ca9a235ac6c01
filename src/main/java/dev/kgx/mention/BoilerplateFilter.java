package dev.kgx.mention;

import dev.kgx.Resources;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a news page that are not the article: short lines that match the conventions of bylines,
 * republishing notices, links, ads and footers ({@code lexicon/boilerplate.tsv} and each language's
 * {@code lang/<language>/boilerplate.tsv}), and URLs and e-mail addresses anywhere. Names found there are not
 * entities of the article. The conventions of every language apply to every page: portals add notices in other
 * languages than the article's (an English disclaimer under a Chinese article).
 */
public final class BoilerplateFilter {
    /** Lines longer than this are article text even when they contain a boilerplate phrase. */
    static final int MAX_BOILERPLATE_LINE = 80;
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s\\u4e00-\\u9fff,,。]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private final List<Pattern> patterns = new ArrayList<>();

    public static BoilerplateFilter load() {
        BoilerplateFilter f = new BoilerplateFilter();
        for (String line : Resources.lines("dev/kgx/lexicon/boilerplate.tsv")) {
            f.patterns.add(Pattern.compile(line));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LanguageProfile language : LanguageProfile.all()) {
            language.boilerplate().stream().filter(p -> seen.add(p.pattern())).forEach(f.patterns::add);
        }
        return f;
    }

    /** Spans of the text that are boilerplate lines, URLs or e-mail addresses. */
    public List<Span> boilerplate(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (isBoilerplateLine(line)) {
                out.add(new Span(start, end));
            }
            start = end + 1;
        }
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /** A short line matching any pattern, or a line of any length matching a pattern anchored at its start. */
    boolean isBoilerplateLine(String line) {
        boolean shortLine = line.strip().length() <= MAX_BOILERPLATE_LINE;
        for (Pattern p : patterns) {
            if ((shortLine || p.pattern().startsWith("^")) && p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
