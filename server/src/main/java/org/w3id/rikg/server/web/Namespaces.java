package org.w3id.rikg.server.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The prefixes RIKG writes its RDF with, and from which its published JSON-LD context is made, so that
 * Turtle, JSON-LD and the pages use the same short names.
 */
public final class Namespaces {

    /** Prefix to namespace, in the order they are written. */
    public static final Map<String, String> PREFIXES;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rikg", "https://w3id.org/rikg/ontology/");
        p.put("rikgsh", "https://w3id.org/rikg/shapes/");
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("org", "http://www.w3.org/ns/org#");
        p.put("foaf", "http://xmlns.com/foaf/0.1/");
        p.put("schema", "https://schema.org/");
        p.put("eli", "http://data.europa.eu/eli/ontology#");
        p.put("geo", "http://www.opengis.net/ont/geosparql#");
        p.put("time", "http://www.w3.org/2006/time#");
        p.put("sh", "http://www.w3.org/ns/shacl#");
        p.put("void", "http://rdfs.org/ns/void#");
        p.put("dcat", "http://www.w3.org/ns/dcat#");
        p.put("dcatde", "http://dcat-ap.de/def/dcatde/");
        p.put("vann", "http://purl.org/vocab/vann/");
        p.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        p.put("spdx", "http://spdx.org/rdf/terms#");
        p.put("wd", "http://www.wikidata.org/entity/");
        p.put("nuts", "http://data.europa.eu/nuts/code/");
        PREFIXES = java.util.Collections.unmodifiableMap(p);
    }

    private Namespaces() {
    }

    /** The prefixes plus those of RIKG's own resource space under the given base URI. */
    public static PrefixMap prefixMap(String baseUri) {
        PrefixMap map = PrefixMapFactory.create(PREFIXES);
        map.add("id", baseUri + "id/");
        map.add("graph", baseUri + "graph/");
        return map;
    }

    /** Shortens an IRI to prefix:local when a prefix fits and the local part is simple, else returns it. */
    public static String curie(PrefixMap prefixes, String iri) {
        String shortForm = prefixes.abbreviate(iri);
        return shortForm == null ? iri : shortForm;
    }
}
