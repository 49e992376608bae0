package org.w3id.rikg.server.web;

import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The prefixes RIKG writes its RDF with, and from which its published JSON-LD context is made, so that
 * Turtle, JSON-LD and the pages use the same short names.
 */
public final class Namespaces {

    /** Prefix to namespace, in the order they are written: the vocabularies of the one prefix table. */
    public static final Map<String, String> PREFIXES = org.w3id.rikg.vocab.Prefixes.VOCABULARIES;

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
