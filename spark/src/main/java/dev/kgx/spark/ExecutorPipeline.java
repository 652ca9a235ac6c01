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

    static synchronized Pipeline get(boolean dependencies) {
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
