package dev.kgx.spark;

import dev.kgx.pipeline.Pipeline;

/**
 * The pipeline of this JVM: made on an executor's first document and kept for every task the executor runs after,
 * so that the NLP models (about 1.5 GB, 10 to 30 s to load) load once per executor, not per task or document. The
 * pipeline is safe to share between the executor's task threads ({@code kgx extract --threads} shares it too).
 */
final class ExecutorPipeline {
    private static Pipeline withDependencies;
    private static Pipeline withoutDependencies;

    private ExecutorPipeline() {
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

    static synchronized Pipeline get(boolean dependencies) {
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
}
