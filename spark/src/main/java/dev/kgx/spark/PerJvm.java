package dev.kgx.spark;

import dev.kgx.pipeline.CrossDocumentResolution;
import dev.kgx.pipeline.Pipeline;

/**
 * What each JVM of the job makes once and keeps for every task it runs after: the pipeline, made on an executor's
 * first document, so that the NLP models (about 1.5 GB, 10 to 30 s to load) load once per executor, not per task or
 * document; and the resolution's rules (cue and lexicon files, no model). Both are safe to share between the
 * executor's task threads ({@code kgx extract --threads} shares the pipeline too).
 */
final class PerJvm {
    private static Pipeline withDependencies;
    private static Pipeline withoutDependencies;
    private static CrossDocumentResolution resolution;

    private PerJvm() {
    }

    /**
     * Hadoop puts Woodstox on Spark's classpath, and StAX then finds it before the JDK's own parser; Jena asks every
     * StAX parser to refuse external DTDs, which Woodstox does not understand, and logs an error each time it makes
     * one. Jena's XML is read with the JDK's parser, as in {@code kgx extract}; Hadoop makes its own Woodstox parser
     * by name and keeps it.
     */
    static void useTheJdksStaxParser() {
        if (System.getProperty(STAX) == null) {
            System.setProperty(STAX, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    private static final String STAX = "javax.xml.stream.XMLInputFactory";

    static synchronized Pipeline pipeline(boolean dependencies) {
        useTheJdksStaxParser();
        if (dependencies) {
            if (withDependencies == null) {
                withDependencies = Pipeline.standard(true);
            }
            return withDependencies;
        }
        if (withoutDependencies == null) {
            withoutDependencies = Pipeline.standard(false);
        }
        return withoutDependencies;
    }

    static synchronized CrossDocumentResolution resolution() {
        if (resolution == null) {
            resolution = CrossDocumentResolution.standard();
        }
        return resolution;
    }
}
