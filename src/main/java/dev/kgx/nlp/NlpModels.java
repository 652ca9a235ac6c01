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

    private StanfordCoreNLP chineseTagger;
    private StanfordCoreNLP chineseNer;
    private StanfordCoreNLP chineseParser;
    private StanfordCoreNLP latin;
    private StanfordCoreNLP englishParser;

    /**
     * Lets the CoreNLP models go (this class's references and CoreNLP's own pool of annotators), so that the heap
     * they took serves what comes next; a later call for a model loads it again.
     */
    public synchronized void release() {
        if (chineseTagger == null && chineseNer == null && chineseParser == null && latin == null
                && englishTagger == null && englishParser == null) {
            return; // nothing was loaded (a run whose documents were all unchanged)
        }
        chineseTagger = null;
        chineseNer = null;
        chineseParser = null;
        latin = null;
        englishTagger = null;
        englishParser = null;
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /**
     * CoreNLP's Chinese POS tagger, for tokens that HanLP segmented: the 330 MB CTB segmenter is never loaded.
     */
    public synchronized StanfordCoreNLP chineseTagger() {
        if (chineseTagger == null) {
            chineseTagger = chineseAnnotator("pos", "Chinese POS tagger");
        }
        return chineseTagger;
    }

    /** CoreNLP's Chinese CRF NER, for sentences already tagged with parts of speech. */
    public synchronized StanfordCoreNLP chineseNer() {
        if (chineseNer == null) {
            // people, organizations and places only: numbers and dates are kgx's own job
            chineseNer = chineseAnnotator("ner", "Chinese NER", "ner.applyNumericClassifiers", "false",
                    "ner.useSUTime", "false", "ner.applyFineGrained", "false", "ner.buildEntityMentions", "false");
        }
        return chineseNer;
    }

    /** CoreNLP's Chinese neural dependency parser alone, for sentences already tagged. */
    /**
     * How many of the parser's most frequent features it multiplies out when it loads. The cache only saves work
     * per word parsed, and kgx parses few sentences (those with two entities and a trigger), so a small cache
     * makes a cold run about two seconds faster and changes no parse (measured on the seeds, README Performance).
     */
    private static final String PARSER_PRECOMPUTED = "1000";

    public synchronized StanfordCoreNLP chineseParser() {
        if (chineseParser == null) {
            chineseParser = chineseAnnotator("depparse", "Chinese parser", "depparse.numPreComputed", PARSER_PRECOMPUTED);
        }
        return chineseParser;
    }

    /**
     * One CoreNLP annotator with the Chinese models' properties, run on tokens kgx made: CoreNLP's own
     * requirements (its tokenizer before everything) are not enforced.
     */
    private static StanfordCoreNLP chineseAnnotator(String annotator, String what, String... settings) {
        Properties props = chineseProperties();
        props.setProperty("annotators", annotator);
        props.setProperty("enforceRequirements", "false");
        for (int i = 0; i + 1 < settings.length; i += 2) {
            props.setProperty(settings[i], settings[i + 1]);
        }
        return build(props, what);
    }

    /**
     * For Latin-script text: CoreNLP's English tokenizer, sentence splitter and the 3-class CRF NER (PERSON,
     * ORGANIZATION, LOCATION), the one NER model CoreNLP has that also reads Portuguese names passably. The NER
     * model uses no part-of-speech features, so the tagger (the slowest step) is left out.
     */
    public synchronized StanfordCoreNLP latin() {
        if (latin == null) {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,ner");
            props.setProperty("enforceRequirements", "false");
            props.setProperty("tokenize.language", "en");
            props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
            props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            props.setProperty("ner.applyNumericClassifiers", "false");
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.buildEntityMentions", "false");
            latin = build(props, "Latin-script");
        }
        return latin;
    }

    private StanfordCoreNLP englishTagger;

    /** CoreNLP's English part-of-speech tagger alone, for sentences the Latin-script pipeline made. */
    public synchronized StanfordCoreNLP englishTagger() {
        if (englishTagger == null) {
            Properties props = new Properties();
            props.setProperty("annotators", "pos");
            props.setProperty("enforceRequirements", "false");
            englishTagger = build(props, "English tagger");
        }
        return englishTagger;
    }

    /** CoreNLP's English part-of-speech tagger and neural dependency parser, for tokens kgx made. */
    public synchronized StanfordCoreNLP englishParser() {
        if (englishParser == null) {
            Properties props = new Properties();
            props.setProperty("annotators", "pos,depparse");
            props.setProperty("depparse.numPreComputed", PARSER_PRECOMPUTED);
            props.setProperty("enforceRequirements", "false");
            englishParser = build(props, "English parser");
        }
        return englishParser;
    }

    private static Properties chineseProperties() {
        Properties props = new Properties();
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(CHINESE_PROPERTIES)) {
            if (in == null) {
                throw new ModelException("CoreNLP's Chinese models are not on the class path ("
                        + CHINESE_PROPERTIES + " not found): build with Maven so that the models-chinese jar "
                        + "is resolved", null);
            }
            props.load(in);
        } catch (IOException e) {
            throw new ModelException("cannot read " + CHINESE_PROPERTIES + ": " + e.getMessage(), e);
        }
        return props;
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

    /**
     * HanLP's Chinese person-name recognizer over its own dictionaries only: kgx's additions to the (process-wide)
     * custom dictionary make a lexicon name one word, and a person whose given name is one (何 + 小鹏) is then
     * never proposed by {@link #hanlpNameSegmenter()}.
     */
    public Segment hanlpPersonSegmenterWithoutAdditions() {
        return HanLP.newSegment()
                .enableCustomDictionary(false)
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enableOrganizationRecognize(false)
                .enablePlaceRecognize(false)
                .enableOffset(true);
    }

    /** The HanLP nature given to the lexicon's names in the segmenter dictionary. */
    static final String KNOWN_NAME_NATURE = "nz";

    private static boolean dictionaryExtended;

    /**
     * Adds kgx's vocabulary to HanLP's (process-wide) custom dictionary once: the Chinese names of the lexicon,
     * the cue words and {@code lexicon/segmenter-words.txt}, so that each is one token.
     */
    private static synchronized void extendSegmenterDictionary() {
        if (dictionaryExtended) {
            return;
        }
        for (String line : dev.kgx.Resources.lines("dev/kgx/lexicon/segmenter-words.txt")) {
            String[] f = line.split(" ", 2);
            com.hankcs.hanlp.dictionary.CustomDictionary.insert(f[0], f[1] + " 1024");
        }
        for (String line : dev.kgx.Resources.lines(dev.kgx.mention.Lexicon.RESOURCE)) {
            for (String name : line.split("\t")[2].split("\\|")) {
                if (dev.kgx.mention.NameKeys.hasHan(name)) {
                    com.hankcs.hanlp.dictionary.CustomDictionary.insert(name, KNOWN_NAME_NATURE + " 1024");
                }
            }
        }
        for (String line : dev.kgx.Resources.lines("dev/kgx/lexicon/cues.tsv")) {
            String cue = line.split("\t")[1];
            if (dev.kgx.mention.NameKeys.hasHan(cue)) {
                com.hankcs.hanlp.dictionary.CustomDictionary.insert(cue, "n 1024");
            }
        }
        // the Chinese trigger words of relations and events are whole words: "旗下首款" must not become 旗/下首/款
        for (dev.kgx.lang.Trigger t : dev.kgx.lang.LanguageProfile.all().stream()
                .filter(p -> p.script() == dev.kgx.lang.Script.HAN)
                .flatMap(p -> p.triggers().all().stream()).toList()) {
            String word = t.phrase();
            if (word.length() >= 2 && dev.kgx.mention.NameKeys.hasHan(word)
                    && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(word)) {
                com.hankcs.hanlp.dictionary.CustomDictionary.insert(word,
                        (t.kind() == dev.kgx.lang.TriggerKind.NOUN ? "n" : "v") + " 1024");
            }
        }
        dictionaryExtended = true;
    }

    /**
     * A plain HanLP segmenter (dictionary and bigram model, no name recognizers): its tokens are what CoreNLP's
     * tagger sees. The recognizers glue function words to names (于 + 在 → "于在"), which misleads the tagger.
     */
    public Segment hanlpSegmenter() {
        extendSegmenterDictionary();
        return HanLP.newSegment()
                .enableCustomDictionary(true)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enableOrganizationRecognize(false)
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
