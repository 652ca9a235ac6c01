package dev.kgx.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KgxVocabularyTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/kgx.ttl");

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> out = new HashSet<>();
        for (Field f : KGX.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(KGX.NS + f.getName(), r.getURI(), "constant named as its local name");
                out.add(f.getName());
            }
        }
        return out;
    }

    private static Set<String> ontologyTerms() {
        Set<String> out = new HashSet<>();
        for (Resource type : new Resource[]{OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(KGX.NS)) {
                    out.add(r.getLocalName());
                }
            });
        }
        return out;
    }

    @Test
    void everyConstantIsDeclaredAndEveryTermHasAConstant() throws IllegalAccessException {
        assertEquals(ontologyTerms(), constants());
    }

    @Test
    void everyTermHasEnglishAndChineseLabels() {
        for (String term : ontologyTerms()) {
            Resource r = ONTOLOGY.getResource(KGX.NS + term);
            Set<String> langs = new HashSet<>();
            r.listProperties(RDFS.label).forEachRemaining(s -> langs.add(s.getLanguage()));
            assertTrue(langs.contains("en") && langs.contains("zh-Hans"), term + " labels: " + langs);
            assertTrue(r.hasProperty(RDFS.comment), term + " has a comment");
        }
    }

    @Test
    void companyIsAnOrganizationAndEventTypesAreEvents() {
        assertTrue(ONTOLOGY.contains(KGX.Company, RDFS.subClassOf, KGX.Organization));
        for (Resource e : new Resource[]{KGX.Founding, KGX.ProductLaunch, KGX.Joining, KGX.Departure,
                KGX.Acquisition, KGX.Investment}) {
            assertTrue(ONTOLOGY.contains(e, RDFS.subClassOf, KGX.Event), e.getLocalName());
        }
    }
}
