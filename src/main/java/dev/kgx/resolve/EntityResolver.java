package dev.kgx.resolve;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Mention;

import java.util.List;

/** The resolution stage: groups a document's mentions into entities, each with the key shared across documents. */
public interface EntityResolver {
    List<Entity> resolve(AnalyzedDocument doc, List<Mention> mentions);
}
