package dev.kgx;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.lang.Script;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Language;
import dev.kgx.model.OffsetMap;
import dev.kgx.model.Sentence;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds analysed documents by hand for tests that need no models. Each sentence is given as its tokens;
 * a token may carry tags as {@code word/POS} or {@code word/POS/NER}. Tokens are joined without spaces for
 * Chinese and with single spaces otherwise; sentences are separated by a newline.
 */
public final class Docs {
    private Docs() {
    }

    public static AnalyzedDocument analyzed(Language language, String[]... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        boolean han = LanguageProfile.of(language).script() == Script.HAN;
        String sep = han ? "" : " ";
        // Chinese words untagged are common nouns; Latin-script words untagged have no tag, as where no tagger ran
        String untagged = han ? "NN" : "";
        for (String[] tokens : sentences) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int sentenceStart = text.length();
            List<Token> toks = new ArrayList<>();
            for (int i = 0; i < tokens.length; i++) {
                String[] parts = tokens[i].split("/");
                String word = parts[0].isEmpty() ? "/" : parts[0];
                if (i > 0) {
                    text.append(sep);
                }
                int b = text.length();
                text.append(word);
                toks.add(new Token(word, new Span(b, text.length()), parts.length > 1 ? parts[1] : untagged,
                        parts.length > 2 ? parts[2] : "O"));
            }
            Span span = new Span(sentenceStart, text.length());
            out.add(new Sentence(out.size(), span, span.of(text), toks, List.of()));
        }
        String t = text.toString();
        SourceDocument src = new SourceDocument("test.txt", "0".repeat(64), "UTF-8", t, t,
                OffsetMap.identity(t.length()), language);
        return new AnalyzedDocument(src, out);
    }

    /**
     * The same document with name candidates as HanLP's recognizers would propose them, each given as
     * {@code text:nature} ("深言科技:nt") and placed at every occurrence of its text.
     */
    public static AnalyzedDocument withCandidates(AnalyzedDocument doc, String... candidates) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<dev.kgx.model.NameCandidate> found = new ArrayList<>(s.candidates());
            for (String c : candidates) {
                String text = c.substring(0, c.lastIndexOf(':'));
                String nature = c.substring(c.lastIndexOf(':') + 1);
                for (int i = s.text().indexOf(text); i >= 0; i = s.text().indexOf(text, i + 1)) {
                    Span span = new Span(s.span().begin() + i, s.span().begin() + i + text.length());
                    found.add(new dev.kgx.model.NameCandidate(span, text, nature));
                }
            }
            out.add(new Sentence(s.index(), s.span(), s.text(), s.tokens(), found, s.parse()));
        }
        return new AnalyzedDocument(doc.source(), out);
    }

    public static String[] s(String... tokens) {
        return tokens;
    }
}
