package dev.kgx.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Spark in local mode for the tests and benches: the driver's JVM runs the tasks, on this many cores, no web UI. */
final class LocalSpark {
    private LocalSpark() {
    }

    static JavaSparkContext start(int cores) {
        return new JavaSparkContext(new SparkConf().setMaster("local[" + cores + "]").setAppName("kgx test")
                .set("spark.ui.enabled", "false"));
    }
}
