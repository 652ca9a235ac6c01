package dev.kgx.rdf;

import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

import java.io.File;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ontology is OWL 2 DL, by the OWL API's profile checker (an implementation independent of Jena's). */
class OntologyProfileTest {
    @Test
    void theOntologyIsInOwl2Dl() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File("ontology/kgx.ttl"));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<String> violations = report.getViolations().stream().map(OWLProfileViolation::toString).sorted().toList();
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
