package org.w3id.rikg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.rikg.vocab.RIKG;

/**
 * What every own term must carry: a declaration as class or property, rdfs:label and skos:definition in
 * German and English (and no literal without a language), and rdfs:isDefinedBy the ontology.
 */
final class TermDocumentation {

    static final Set<Resource> PROPERTY_DECLARATIONS = Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty);
    static final Set<Resource> DECLARATIONS = Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty);
    static final List<String> LANGUAGES = List.of("de", "en");

    private TermDocumentation() {
    }

    /** The own terms: every IRI subject in the rikg: namespace. */
    static List<Resource> ownTerms(Model model) {
        return model.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(RIKG.NS))
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    /** One line per problem, empty when every own term is documented. */
    static List<String> problems(Model model) {
        List<String> problems = new ArrayList<>();
        for (Resource term : ownTerms(model)) {
            String name = "rikg:" + term.getURI().substring(RIKG.NS.length());
            if (DECLARATIONS.stream().noneMatch(type -> model.contains(term, RDF.type, type))) {
                problems.add(name + " is not declared as an OWL class or property");
            }
            for (Property property : List.of(RDFS.label, SKOS.definition)) {
                String p = property.equals(RDFS.label) ? "rdfs:label" : "skos:definition";
                for (String lang : LANGUAGES) {
                    long count = literals(model, term, property).stream()
                            .filter(l -> lang.equals(l.asLiteral().getLanguage())).count();
                    if (count != 1) {
                        problems.add(name + " has " + count + " " + p + " in language '" + lang + "', expected 1");
                    }
                }
                if (literals(model, term, property).stream().anyMatch(l -> l.asLiteral().getLanguage().isEmpty())) {
                    problems.add(name + " has a " + p + " without a language tag");
                }
            }
            if (!model.contains(term, RDFS.isDefinedBy, model.getResource(RIKG.ONTOLOGY))) {
                problems.add(name + " is not rdfs:isDefinedBy <" + RIKG.ONTOLOGY + ">");
            }
        }
        return problems;
    }

    private static List<RDFNode> literals(Model model, Resource term, Property property) {
        return model.listObjectsOfProperty(term, property).toList().stream().filter(RDFNode::isLiteral).toList();
    }
}
