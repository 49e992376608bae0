package org.w3id.rikg.ontology.doc;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Read-only helpers over the ontology model that the generators share: the own terms in a stable
 * order, their labels and definitions, and compact names for IRIs.
 */
final class OntologyModel {

    /** The namespace of own terms (kept here, not taken from RIKG.java, which is generated from it). */
    static final String NS = "https://w3id.org/rikg/ontology/";

    private static final List<String[]> PREFIXES = List.of(
            new String[] {"rikg", NS},
            new String[] {"org", "http://www.w3.org/ns/org#"},
            new String[] {"prov", "http://www.w3.org/ns/prov#"},
            new String[] {"skos", SKOS.uri},
            new String[] {"foaf", "http://xmlns.com/foaf/0.1/"},
            new String[] {"eli", "http://data.europa.eu/eli/ontology#"},
            new String[] {"geo", "http://www.opengis.net/ont/geosparql#"},
            new String[] {"dcterms", "http://purl.org/dc/terms/"},
            new String[] {"schema", "https://schema.org/"},
            new String[] {"time", "http://www.w3.org/2006/time#"},
            new String[] {"xsd", "http://www.w3.org/2001/XMLSchema#"},
            new String[] {"rdf", RDF.uri},
            new String[] {"rdfs", RDFS.uri});

    private final Model model;

    OntologyModel(Model model) {
        this.model = model;
    }

    Model model() {
        return model;
    }

    /** Subjects in the rikg: namespace typed with the given OWL type, sorted by IRI. */
    List<Resource> ownTerms(Resource owlType) {
        return model.listSubjectsWithProperty(RDF.type, owlType).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(NS))
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    /** The IRI objects of a property on a subject, sorted. */
    List<Resource> iris(Resource subject, org.apache.jena.rdf.model.Property property) {
        return model.listObjectsOfProperty(subject, property).toList().stream()
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    /** The first IRI object of a property, if any. */
    Optional<Resource> iri(Resource subject, org.apache.jena.rdf.model.Property property) {
        return iris(subject, property).stream().findFirst();
    }

    /** The literal of a property in a language, if any. */
    Optional<String> text(Resource subject, org.apache.jena.rdf.model.Property property, String lang) {
        return model.listStatements(subject, property, (RDFNode) null).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                .map(o -> o.asLiteral().getLexicalForm())
                .sorted()
                .findFirst();
    }

    boolean isFunctional(Resource term) {
        return model.contains(term, RDF.type, OWL2.FunctionalProperty);
    }

    /** A compact name such as {@code org:Organization}, or the IRI in angle brackets. */
    static String curie(String iri) {
        for (String[] p : PREFIXES) {
            if (iri.startsWith(p[1]) && iri.length() > p[1].length()) {
                return p[0] + ":" + iri.substring(p[1].length());
            }
        }
        return "<" + iri + ">";
    }
}
