package dev.kgx.nlp;

import dev.kgx.lang.LanguageProfile;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.SourceDocument;

/**
 * The analyze stage: each document is analysed the way its language's profile says ({@code analyzer} in
 * {@code lang/<language>/language.tsv}): Chinese by {@link HanlpCoreNlpAnalyzer}, Latin-script languages by
 * {@link LatinScriptAnalyzer}. Both share the models.
 */
public final class ProfileAnalyzer implements Analyzer {
    private final Analyzer chinese;
    private final Analyzer latin;

    public ProfileAnalyzer(NlpModels models) {
        this(new HanlpCoreNlpAnalyzer(models), new LatinScriptAnalyzer(models));
    }

    ProfileAnalyzer(Analyzer chinese, Analyzer latin) {
        this.chinese = chinese;
        this.latin = latin;
    }

    @Override
    public AnalyzedDocument analyze(SourceDocument document) {
        return switch (LanguageProfile.of(document.language()).analysis()) {
            case CHINESE -> chinese.analyze(document);
            case LATIN -> latin.analyze(document);
        };
    }
}
