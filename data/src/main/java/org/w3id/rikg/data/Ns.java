package org.w3id.rikg.data;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs the dataset build writes: namespaces of the shared design contract and the prefixes of the
 * generated Turtle (a selection of the one prefix table, {@link org.w3id.rikg.vocab.Prefixes}).
 */
final class Ns {

    static final String RIKG = "https://w3id.org/rikg/ontology/";
    static final String ID = "https://w3id.org/rikg/id/";
    static final String GRAPH = "https://w3id.org/rikg/graph/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ELI = "http://data.europa.eu/eli/ontology#";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String NUTS = "http://data.europa.eu/nuts/code/";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String GEO = "http://www.opengis.net/ont/geosparql#";

    /** Prefixes used in the written Turtle and in curated tables ({@code rikg:Practice}), from the one table. */
    static final Map<String, String> PREFIXES = org.w3id.rikg.vocab.Prefixes.select("dcat", "dcterms", "eli", "foaf",
            "org", "owl", "prov", "rdf", "rdfs", "rikg", "skos", "void", "xsd", "district", "land", "statistics", "source",
            "nuts", "wd", "geo", "schema");

    private Ns() {
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node rikg(String local) {
        return iri(RIKG + local);
    }

    /** A resource {@code https://w3id.org/rikg/id/{kind}/{key}}. */
    static Node id(String kindAndKey) {
        return iri(ID + kindAndKey);
    }

    static Node graph(String key) {
        return iri(GRAPH + key);
    }

    /** Expands {@code prefix:local} with the known prefixes. */
    static Node curie(String curie) {
        int colon = curie.indexOf(':');
        if (colon < 0 || !PREFIXES.containsKey(curie.substring(0, colon))) {
            throw new IllegalArgumentException("Unknown prefix in " + curie);
        }
        return iri(PREFIXES.get(curie.substring(0, colon)) + curie.substring(colon + 1));
    }
}
