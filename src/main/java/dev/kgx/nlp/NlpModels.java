package dev.kgx.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.kgx.KgxException.ModelException;
import dev.kgx.ingest.ScriptConverter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The only place where CoreNLP and HanLP models are built. Each model is loaded lazily, at most once per process,
 * and shared; commands that only read the store never touch this class.
 */
public final class NlpModels {
    private static final String CHINESE_PROPERTIES = "StanfordCoreNLP-chinese.properties";
    private static final NlpModels SHARED = new NlpModels();

    /** The models of this process: every pipeline built in one JVM shares them, so each loads once. */
    public static NlpModels shared() {
        return SHARED;
    }

    private StanfordCoreNLP chinese;
    private StanfordCoreNLP latin;

    /** CoreNLP's Chinese pipeline: CTB segmentation, sentence splitting, POS and the CRF NER. */
    public synchronized StanfordCoreNLP chinese() {
        if (chinese == null) {
            Properties props = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(CHINESE_PROPERTIES)) {
                if (in == null) {
                    throw new ModelException("CoreNLP's Chinese models are not on the class path ("
                            + CHINESE_PROPERTIES + " not found): build with Maven so that the models-chinese jar "
                            + "is resolved", null);
                }
                props.load(in);
            } catch (IOException e) {
                throw new ModelException("cannot read " + CHINESE_PROPERTIES + ": " + e.getMessage(), e);
            }
            // only what kgx uses: no parsing or coreference; numbers and dates are kgx's own job
            props.setProperty("annotators", "tokenize,ssplit,pos,ner");
            props.setProperty("ner.applyNumericClassifiers", "false");
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.buildEntityMentions", "false");
            // kgx hands CoreNLP one sentence at a time (see CoreNlpAnalyzer.chineseSentences)
            props.setProperty("ssplit.isOneSentence", "true");
            chinese = build(props, "Chinese");
        }
        return chinese;
    }

    /** Tokenizer and sentence splitter for Latin-script text; it needs no model files. */
    public synchronized StanfordCoreNLP latin() {
        if (latin == null) {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit");
            props.setProperty("tokenize.language", "en");
            props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
            latin = build(props, "Latin-script");
        }
        return latin;
    }

    /** A HanLP segmenter with its Chinese, transliterated and Japanese name and organization recognizers on. */
    public Segment hanlpNameSegmenter() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enableOrganizationRecognize(true)
                .enablePlaceRecognize(false)
                .enableOffset(true);
    }

    /** HanLP's Traditional-to-Simplified converter; its dictionary is small and loads in well under a second. */
    public ScriptConverter scriptConverter() {
        return HanLP::convertToSimplifiedChinese;
    }

    private static StanfordCoreNLP build(Properties props, String what) {
        try {
            return new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new ModelException("cannot load CoreNLP's " + what + " pipeline: " + e.getMessage(), e);
        }
    }
}
