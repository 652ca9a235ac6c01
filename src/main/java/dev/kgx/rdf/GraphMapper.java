package dev.kgx.rdf;

import dev.kgx.model.DocumentGraph;
import dev.kgx.model.Entity;
import dev.kgx.model.Event;
import dev.kgx.model.Evidence;
import dev.kgx.model.PersonDescription;
import dev.kgx.lang.LanguageProfile;
import dev.kgx.model.Relation;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.TemporalValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps one document's extraction onto the ontology: the triples of the document's named graph.
 * <p>
 * Provenance modelling: a relation is stated directly ({@code :a kgx:worksFor :b}) so that plain queries and
 * RDF 1.1 tools see it, and is also described by a {@code kgx:Assertion} node (an {@code rdf:Statement} with
 * {@code rdf:subject}, {@code rdf:predicate}, {@code rdf:object}) whose IRI depends only on the triple; each
 * document that states the fact adds a {@code kgx:Evidence} node to it (document, sentence, offsets in the
 * original file, extractor, confidence). Events are nodes and carry {@code kgx:evidence} themselves.
 */
public final class GraphMapper {
    /** The graph of a document whose file is not on disk (built in memory, by a test). */
    public Model map(DocumentGraph graph) {
        return map(graph, null, null);
    }

    /**
     * The graph of a document.
     *
     * @param sourceFile the absolute path of the file it was read from, or null: it tells a moved or deleted file
     *                   from one that is still there ({@code extract --prune}, a renamed file)
     * @param settings   the extract options that shaped the graph, or null ({@code kgx:extractedWith})
     */
    public Model map(DocumentGraph graph, String sourceFile, String settings) {
        Model m = ModelFactory.createDefaultModel();
        prefixes(m);
        SourceDocument src = graph.source();
        Resource doc = m.createResource(Iris.document(src.path()))
                .addProperty(RDF.type, KGX.Document)
                .addProperty(KGX.path, src.path())
                .addProperty(KGX.fileName, src.fileName())
                .addProperty(KGX.sha256, src.sha256())
                .addProperty(KGX.charset, src.charset())
                .addProperty(KGX.language, src.language().tag())
                .addLiteral(KGX.characters, m.createTypedLiteral(src.original().length(), XSDDatatype.XSDinteger));
        doc.addProperty(KGX.mediaType, src.format().mediaType());
        if (src.format().extracted()) {
            // the text the evidence offsets point into, which the file itself is not
            doc.addProperty(KGX.text, src.original());
        }
        if (sourceFile != null) {
            doc.addProperty(KGX.sourceFile, sourceFile);
        }
        if (settings != null) {
            doc.addProperty(KGX.extractedWith, settings);
        }
        Map<String, Resource> entities = new HashMap<>();
        for (Entity e : graph.entities()) {
            Resource r = m.createResource(Iris.entity(e.key()))
                    .addProperty(RDF.type, classOf(e))
                    .addProperty(RDFS.label, m.createLiteral(e.label(), labelLanguage(e)))
                    .addProperty(KGX.key, e.key())
                    .addProperty(KGX.mentionedIn, doc)
                    .addProperty(KGX.typeReason, e.typeReason())
                    .addProperty(KGX.mergeReason, e.mergeReason());
            for (Entity.Name n : e.names()) {
                r.addProperty(SKOS.altLabel, m.createLiteral(n.form(), n.languageTag()));
            }
            entities.put(e.key(), r);
        }
        for (PersonDescription d : graph.descriptions()) {
            Resource person = entities.get(d.entityKey());
            if (person == null) {
                continue;
            }
            String tag = dev.kgx.mention.NameKeys.hasHan(d.occupation()) ? "zh-Hans"
                    : LanguageProfile.of(src.language()).latinNameTag();
            person.addProperty(KGX.occupation, m.createLiteral(d.occupation(), tag));
            d.fields().forEach(f -> person.addProperty(KGX.workField, KGX.field(f)));
        }
        for (Relation rel : graph.relations()) {
            Resource s = entities.get(rel.subjectKey());
            Resource o = entities.get(rel.objectKey());
            var p = KGX.relation(rel.predicate());
            if (s == null || o == null) {
                continue;
            }
            s.addProperty(p, o);
            boolean swap = false;
            if (rel.predicate().symmetric()) {
                // stated both ways, so that a query from either side finds it; one assertion, its keys in order
                o.addProperty(p, s);
                swap = rel.subjectKey().compareTo(rel.objectKey()) > 0;
            }
            String first = swap ? rel.objectKey() : rel.subjectKey();
            String second = swap ? rel.subjectKey() : rel.objectKey();
            String fact = Iris.assertion(first, rel.predicate().term(), second);
            Resource assertion = m.createResource(fact)
                    .addProperty(RDF.type, KGX.Assertion)
                    .addProperty(RDF.subject, swap ? o : s)
                    .addProperty(RDF.predicate, p)
                    .addProperty(RDF.object, swap ? s : o);
            assertion.addProperty(KGX.evidence, evidence(m, doc, fact, rel.evidence()));
        }
        for (Event ev : graph.events()) {
            String iri = Iris.event(ev.type().className(), ev.agentKey(), ev.objectKey());
            Resource r = m.createResource(iri)
                    .addProperty(RDF.type, KGX.event(ev.type()))
                    .addProperty(KGX.mentionedIn, doc);
            if (ev.agentKey() != null && entities.containsKey(ev.agentKey())) {
                r.addProperty(KGX.agent, entities.get(ev.agentKey()));
            }
            if (entities.containsKey(ev.objectKey())) {
                r.addProperty(KGX.object, entities.get(ev.objectKey()));
            }
            if (ev.date() != null) {
                r.addLiteral(KGX.date, date(m, ev.date()));
                // the days the date covers, as xsd:date, so that a range filter finds 2022 and 2022-06 too
                r.addLiteral(KGX.dateStart, m.createTypedLiteral(ev.date().firstDay().toString(),
                        XSDDatatype.XSDdate));
                r.addLiteral(KGX.dateEnd, m.createTypedLiteral(ev.date().lastDay().toString(), XSDDatatype.XSDdate));
            }
            if (ev.amount() != null) {
                r.addProperty(KGX.amount, ev.amount());
            }
            r.addProperty(KGX.evidence, evidence(m, doc, iri, ev.evidence()));
        }
        return m;
    }

    public static void prefixes(Model m) {
        m.setNsPrefix("kgx", KGX.NS);
        m.setNsPrefix("doc", KGX.ID + "doc/");
        m.setNsPrefix("ent", KGX.ID + "entity/");
        m.setNsPrefix("fact", KGX.ID + "fact/");
        m.setNsPrefix("event", KGX.ID + "event/");
        m.setNsPrefix("ev", KGX.ID + "evidence/");
        m.setNsPrefix("rdf", RDF.uri);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    private static Resource evidence(Model m, Resource doc, String fact, Evidence e) {
        return m.createResource(Iris.evidence(fact, e.documentPath(), e.span().begin(), e.span().end(), e.extractor()))
                .addProperty(RDF.type, KGX.Evidence)
                .addProperty(KGX.inDocument, doc)
                .addProperty(KGX.sentence, e.sentence())
                .addLiteral(KGX.beginOffset, m.createTypedLiteral(e.span().begin(), XSDDatatype.XSDinteger))
                .addLiteral(KGX.endOffset, m.createTypedLiteral(e.span().end(), XSDDatatype.XSDinteger))
                .addProperty(KGX.extractor, e.extractor())
                .addLiteral(KGX.confidence, m.createTypedLiteral(String.valueOf(e.confidence()),
                        XSDDatatype.XSDdecimal));
    }

    private static Literal date(Model m, TemporalValue v) {
        XSDDatatype type = switch (v.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return m.createTypedLiteral(v.lexical(), type);
    }

    private static Resource classOf(Entity e) {
        return switch (e.type()) {
            case PERSON -> KGX.Person;
            case ORGANIZATION -> KGX.Organization;
            case COMPANY -> KGX.Company;
            case PRODUCT -> KGX.Product;
        };
    }

    /**
     * The label's tag depends on the label alone, so that every document gives an entity the same label: its
     * Chinese script, or {@code en} for Latin-script names (the form news in every language borrows).
     */
    private static String labelLanguage(Entity e) {
        if (!dev.kgx.mention.NameKeys.hasHan(e.label())) {
            return "en";
        }
        for (Entity.Name n : e.names()) {
            if (n.form().equals(e.label())) {
                return n.languageTag();
            }
        }
        return "zh-Hans";
    }
}
