package org.w3id.rikg.server.linkeddata;

import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.Namespaces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Service;
import org.w3id.rikg.server.web.LanguagePreference;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.GraphStore;

/**
 * The human-readable documentation of the ontology, generated from the ontology graph in the store: its
 * header (version, licence, prefix), then every class and property with labels and definitions in both
 * languages, superclasses, domains and ranges. Nothing here is written by hand, so the page cannot drift
 * from the ontology.
 */
@Service
public class OntologyDocumentation {

    private static final StoredQuery GRAPH_CONTENT = StoredQuery.load("linkeddata/graph-content.rq");
    private static final String VANN = "http://purl.org/vocab/vann/";

    private final GraphStore store;
    private final LinkedDataProperties properties;

    public OntologyDocumentation(GraphStore store, LinkedDataProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** A link to a term, shown by its prefixed name. */
    public record TermLink(String name, String href) {
    }

    /** One class or property. */
    public record Term(String iri, String anchor, String name, String kind, String labelDe, String labelEn,
                       String definitionDe, String definitionEn, List<TermLink> parents, List<TermLink> domains,
                       List<TermLink> ranges) {
    }

    public record Documentation(String iri, String title, String description, String versionIri, String version,
                                String license, String prefix, String namespace, String modified,
                                List<Term> classes, List<Term> properties) {
    }

    public Documentation build(Locale locale) {
        Model model = ontologyModel();
        PrefixMap prefixes = Namespaces.prefixMap(properties.baseUri());
        String lang = locale.getLanguage();
        Resource ontology = model.createResource(properties.baseUri() + "ontology");
        List<Term> classes = new ArrayList<>();
        List<Term> props = new ArrayList<>();
        model.listSubjectsWithProperty(RDFS.isDefinedBy, ontology).forEachRemaining(term -> {
            if (!term.isURIResource()) {
                return;
            }
            String kind = kind(term);
            if (kind == null) {
                return;
            }
            Term t = new Term(term.getURI(), term.getLocalName(), Namespaces.curie(prefixes, term.getURI()), kind,
                    literal(term, RDFS.label.asNode(), "de"), literal(term, RDFS.label.asNode(), "en"),
                    literal(term, SKOS.definition.asNode(), "de"), literal(term, SKOS.definition.asNode(), "en"),
                    links(term, kind.equals("class") ? RDFS.subClassOf.asNode() : RDFS.subPropertyOf.asNode(), prefixes),
                    links(term, RDFS.domain.asNode(), prefixes), links(term, RDFS.range.asNode(), prefixes));
            (kind.equals("class") ? classes : props).add(t);
        });
        classes.sort(Comparator.comparing(Term::name));
        props.sort(Comparator.comparing(Term::name));
        return new Documentation(ontology.getURI(),
                literal(ontology, DCTerms.title.asNode(), lang),
                literal(ontology, DCTerms.description.asNode(), lang),
                uri(ontology, OWL2.versionIRI),
                literal(ontology, OWL2.versionInfo.asNode(), ""),
                uri(ontology, DCTerms.license),
                literal(ontology, NodeFactory.createURI(VANN + "preferredNamespacePrefix"), ""),
                literal(ontology, NodeFactory.createURI(VANN + "preferredNamespaceUri"), ""),
                literal(ontology, DCTerms.modified.asNode(), ""),
                classes, props);
    }

    private Model ontologyModel() {
        Model model = ModelFactory.createDefaultModel();
        GRAPH_CONTENT.bind("graph", NodeFactory.createURI(LinkedDataController.ONTOLOGY_GRAPH)).select(store, rows -> {
            rows.forEachRemaining(row -> model.getGraph().add(row.get("s"), row.get("p"), row.get("o")));
            return null;
        });
        return model;
    }

    private static String kind(Resource term) {
        if (term.hasProperty(RDF.type, OWL2.Class) || term.hasProperty(RDF.type, RDFS.Class)) {
            return "class";
        }
        if (term.hasProperty(RDF.type, OWL2.ObjectProperty) || term.hasProperty(RDF.type, OWL2.DatatypeProperty)
                || term.hasProperty(RDF.type, OWL2.AnnotationProperty) || term.hasProperty(RDF.type, RDF.Property)) {
            return term.hasProperty(RDF.type, OWL2.ObjectProperty) ? "object-property"
                    : term.hasProperty(RDF.type, OWL2.DatatypeProperty) ? "datatype-property" : "annotation-property";
        }
        return null;
    }

    /** The literal of the property in the language; else German, English, untagged, any (LanguagePreference). */
    private static String literal(Resource subject, Node property, String lang) {
        List<Node> literals = new ArrayList<>();
        for (Statement st : subject.listProperties(subject.getModel().createProperty(property.getURI())).toList()) {
            if (st.getObject().isLiteral()) {
                literals.add(st.getObject().asNode());
            }
        }
        return LanguagePreference.of(lang).best(literals).map(Node::getLiteralLexicalForm).orElse(null);
    }

    private static String uri(Resource subject, org.apache.jena.rdf.model.Property property) {
        Statement st = subject.getProperty(property);
        return st != null && st.getObject().isURIResource() ? st.getObject().asResource().getURI() : null;
    }

    private List<TermLink> links(Resource term, Node property, PrefixMap prefixes) {
        List<TermLink> links = new ArrayList<>();
        term.listProperties(term.getModel().createProperty(property.getURI())).forEachRemaining(st -> {
            if (st.getObject().isURIResource()) {
                String iri = st.getObject().asResource().getURI();
                String local = properties.pathForIri(iri);
                links.add(new TermLink(Namespaces.curie(prefixes, iri), local != null ? local : iri));
            }
        });
        links.sort(Comparator.comparing(TermLink::name));
        return links;
    }
}
