package dev.kgx.extract;

import dev.kgx.Resources;
import dev.kgx.model.AnalyzedDocument;
import dev.kgx.model.Entity;
import dev.kgx.model.Event;
import dev.kgx.model.EventType;
import dev.kgx.model.Evidence;
import dev.kgx.model.Mention;
import dev.kgx.model.Relation;
import dev.kgx.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completes another extractor's facts with general knowledge of who develops well-known products
 * ({@code lexicon/developers.tsv}): a document that names a product and its developer in one sentence about
 * making or releasing products states {@code develops} with that sentence as evidence, and a launch of the product whose pattern named no agent gets
 * the developer as agent when the document names it (and states {@code develops} on the launch's sentence).
 */
public final class DeveloperKnowledgeExtractor implements FactExtractor {
    public static final String NAME = "developer-knowledge";
    static final double CONFIDENCE = 0.6;

    private final FactExtractor inner;
    private final Map<String, String> developerOf = new HashMap<>();

    public DeveloperKnowledgeExtractor(FactExtractor inner) {
        this.inner = inner;
        for (String line : Resources.lines("dev/kgx/lexicon/developers.tsv")) {
            String[] f = line.split("\t");
            developerOf.put(f[0], f[1]);
        }
    }

    @Override
    public Facts extract(AnalyzedDocument doc, List<Entity> entities) {
        Facts found = inner.extract(doc, entities);
        Map<String, Entity> byKey = entities.stream().collect(Collectors.toMap(Entity::key, e -> e, (a, b) -> a));
        Map<String, Relation> relations = new LinkedHashMap<>();
        for (Relation r : found.relations()) {
            relations.put(r.subjectKey() + "|" + r.predicate() + "|" + r.objectKey(), r);
        }
        for (Entity product : entities) {
            String developer = developerOf.get(product.key());
            if (developer == null || !byKey.containsKey(developer)) {
                continue;
            }
            Sentence together = firstSentenceWithBoth(doc, product, byKey.get(developer));
            String id = developer + "|develops|" + product.key();
            if (together != null && !relations.containsKey(id)) {
                Evidence ev = new Evidence.Builder(doc.source(), together).build(NAME, CONFIDENCE);
                relations.put(id, new Relation(developer, "develops", product.key(), ev));
            }
        }
        List<Event> events = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Event e : found.events()) {
            Event completed = e;
            String developer = developerOf.get(e.objectKey());
            if (e.type() == EventType.PRODUCT_LAUNCH && e.agentKey() == null && developer != null
                    && byKey.containsKey(developer)) {
                completed = new Event(e.type(), developer, e.objectKey(), e.date(), e.amount(), e.evidence());
                // whoever launches a product develops it: the launch's sentence is the evidence
                relations.putIfAbsent(developer + "|develops|" + e.objectKey(), new Relation(developer, "develops",
                        e.objectKey(), new Evidence(e.evidence().fileName(), e.evidence().sentence(),
                        e.evidence().span(), NAME, Math.min(CONFIDENCE, e.evidence().confidence()))));
            }
            if (seen.add(completed.type() + "|" + completed.agentKey() + "|" + completed.objectKey())) {
                events.add(completed);
            }
        }
        return new Facts(new ArrayList<>(relations.values()), events);
    }

    /** Words that make a sentence about product work ({@code lexicon/product-work.txt}). */
    private static final java.util.regex.Pattern PRODUCT_WORK = productWork();

    private static java.util.regex.Pattern productWork() {
        List<String> alternatives = new ArrayList<>();
        for (String word : Resources.lines("dev/kgx/lexicon/product-work.txt")) {
            String w = word.strip();
            if (dev.kgx.mention.NameKeys.hasHan(w)) {
                alternatives.add(java.util.regex.Pattern.quote(w));
            } else if (w.endsWith("*")) {
                alternatives.add("\\b" + java.util.regex.Pattern.quote(w.substring(0, w.length() - 1)));
            } else {
                alternatives.add("\\b" + java.util.regex.Pattern.quote(w) + "\\b");
            }
        }
        return java.util.regex.Pattern.compile(String.join("|", alternatives),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    private static Sentence firstSentenceWithBoth(AnalyzedDocument doc, Entity a, Entity b) {
        for (Sentence s : doc.sentences()) {
            if (mentionedIn(a, s) && mentionedIn(b, s) && PRODUCT_WORK.matcher(s.text()).find()) {
                return s;
            }
        }
        return null;
    }

    private static boolean mentionedIn(Entity e, Sentence s) {
        for (Mention m : e.mentions()) {
            if (s.span().contains(m.span())) {
                return true;
            }
        }
        return false;
    }
}
