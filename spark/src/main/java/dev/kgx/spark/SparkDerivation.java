package dev.kgx.spark;

import dev.kgx.store.CrossDocumentParts;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/**
 * What crosses documents, derived as a Spark stage: person rows joined into components by their keys and the
 * blocking words of their names (the candidates a merge can join: people whose names share a word, people of one
 * key a split can tell apart), each component derived on its own on an executor, as {@code kgx load} and
 * {@code kgx extract} derive it on one machine ({@link CrossDocumentParts}). Nothing is gathered on the driver.
 *
 * <p>The components are found by propagating labels over the graph of keys and words: each key starts labelled by
 * itself, each word takes the smallest label of its keys, each key the smallest label of its words, until no label
 * changes. A component ends labelled by its smallest key, which is the name {@code kgx load} gives it. Each round
 * crosses two edges; the rounds needed are about half the longest chain of keys and words, a handful for names.
 */
final class SparkDerivation {
    private SparkDerivation() {
    }

    /** The derivation of these encoded person rows, as lines that {@code kgx load --derived} reads. */
    static JavaRDD<String> derive(JavaRDD<String> rows) {
        JavaPairRDD<String, String> rowsByKey = rows.mapToPair(row -> new Tuple2<>(keyNode(row), row))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // key node -> join node (its own key node among them), each edge once
        JavaPairRDD<String, String> edges = rowsByKey.flatMapToPair(kr -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String join : PerJvm.resolution().joins(kr._2())) {
                out.add(new Tuple2<>(kr._1(), join));
            }
            return out.iterator();
        }).distinct().persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> byJoin = edges.mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = rowsByKey
                .mapToPair(kr -> new Tuple2<>(kr._1(), CrossDocumentParts.key(kr._2())))
                .reduceByKey(SparkDerivation::smaller)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        while (true) {
            JavaPairRDD<String, String> joinLabels = edges.join(labels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                    .reduceByKey(SparkDerivation::smaller);
            JavaPairRDD<String, String> next = byJoin.join(joinLabels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                    .reduceByKey(SparkDerivation::smaller)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        JavaRDD<String> lines = rowsByKey.join(labels)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1())) // component -> row
                .groupByKey()
                .flatMap(c -> {
                    List<String> inComponent = new ArrayList<>();
                    c._2().forEach(inComponent::add);
                    return PerJvm.resolution().deriveComponent(c._1(), inComponent).iterator();
                });
        return lines;
    }

    private static String keyNode(String row) {
        return CrossDocumentParts.keyNode(CrossDocumentParts.key(row));
    }

    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
