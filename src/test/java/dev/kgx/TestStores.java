package dev.kgx;

import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.EntityType;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Evidence;
import dev.kgx.model.Language;
import dev.kgx.model.OffsetMap;
import dev.kgx.model.Relation;
import dev.kgx.model.RelationType;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.Span;
import dev.kgx.model.TemporalValue;
import dev.kgx.rdf.GraphMapper;
import dev.kgx.store.KgxStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Small stores built without NLP, as {@code extract} would write them, for tests of what reads a store. */
public final class TestStores {
    private TestStores() {
    }

    /**
     * A store of two documents: a.txt says Jane Doe works for Zentrix and joined it in 2021; b.txt says Zentrix
     * acquired Northwind Labs in March 2023.
     */
    public static void twoDocuments(Path location) {
        Entity jane = person("janedoe", "Jane Doe");
        Entity zentrix = company("zentrix", "Zentrix");
        Entity northwind = company("northwindlabs", "Northwind Labs");
        try (KgxStore store = KgxStore.open(location)) {
            store.replaceDocument("a.txt", document("a.txt", "Zentrix Corp hired Jane Doe in 2021.",
                    (src, ev) -> new DocumentGraph(src, List.of(jane, zentrix),
                            List.of(new Relation("janedoe", RelationType.WORKS_FOR, "zentrix", ev)),
                            List.of(new Event(EventType.JOINING, "janedoe", "zentrix", TemporalValue.year(2021),
                                    null, ev)), List.of())));
            store.replaceDocument("b.txt", document("b.txt", "Zentrix acquired Northwind Labs in March 2023.",
                    (src, ev) -> new DocumentGraph(src, List.of(zentrix, northwind),
                            List.of(new Relation("zentrix", RelationType.ACQUIRED, "northwindlabs", ev)),
                            List.of(new Event(EventType.ACQUISITION, "zentrix", "northwindlabs",
                                    TemporalValue.month(2023, 3), null, ev)), List.of())));
            store.recomputeDerived(profiles -> List.of(), 1);
        }
    }

    /** Builds a document's graph from its source and the evidence of its one sentence. */
    private interface Extraction {
        DocumentGraph of(SourceDocument src, Evidence ev);
    }

    private static org.apache.jena.rdf.model.Model document(String path, String text, Extraction extraction) {
        var src = new SourceDocument(path, "0".repeat(64), "UTF-8", text, text, OffsetMap.identity(text.length()),
                Language.ENGLISH);
        var ev = new Evidence(path, text, new Span(0, text.length()), "test", 0.9);
        return new GraphMapper().map(extraction.of(src, ev));
    }

    private static Entity person(String key, String name) {
        return new Entity(key, EntityType.PERSON, name, Set.of(new Entity.Name(name, "en")), List.of(), "test",
                "test");
    }

    private static Entity company(String key, String name) {
        return new Entity(key, EntityType.COMPANY, name, Set.of(new Entity.Name(name, "en")), List.of(), "test",
                "test");
    }
}
