package dev.kgx.nlp;

import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;

import java.util.List;

/**
 * The dependency-parse step of analysis, run once the entities are known: a sentence that names two entities and
 * holds a trigger word of its language is parsed with each entity mention as one token, so
 * that the parser sees a name where a treebank has one. Other sentences are left unparsed: parsing is the costliest
 * step of analysis.
 */
public interface StructureParser {
    /** Parses nothing: the sentences keep no dependencies, and facts come from frames over the words alone. */
    StructureParser NONE = (doc, entities) -> doc;

    AnalyzedDocument parse(AnalyzedDocument doc, List<Entity> entities);
}
