package org.w3id.rikg.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of prefixes RIKG writes its RDF with: the server's documents, its JSON-LD context and
 * pages, and the data build's Turtle take theirs from here, so a prefix means the same everywhere.
 *
 * <pre>{@code
 * Prefixes.ALL.get("rikg")                          // https://w3id.org/rikg/ontology/
 * Prefixes.select("rdf", "rikg", "district")        // a subset, in the order asked for
 * }</pre>
 */
public final class Prefixes {

    /** Every prefix: vocabularies first, then RIKG's resource spaces under the public base. */
    public static final Map<String, String> ALL;

    /** The vocabularies (reused and RIKG's own), in the order they are written. */
    public static final Map<String, String> VOCABULARIES;

    static {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("rikg", RIKGID.BASE + "ontology/");
        v.put("rikgsh", RIKGID.BASE + "shapes/");
        v.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        v.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        v.put("owl", "http://www.w3.org/2002/07/owl#");
        v.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        v.put("skos", "http://www.w3.org/2004/02/skos/core#");
        v.put("dcterms", "http://purl.org/dc/terms/");
        v.put("prov", "http://www.w3.org/ns/prov#");
        v.put("org", "http://www.w3.org/ns/org#");
        v.put("foaf", "http://xmlns.com/foaf/0.1/");
        v.put("schema", "https://schema.org/");
        v.put("eli", "http://data.europa.eu/eli/ontology#");
        v.put("geo", "http://www.opengis.net/ont/geosparql#");
        v.put("time", "http://www.w3.org/2006/time#");
        v.put("sh", "http://www.w3.org/ns/shacl#");
        v.put("void", "http://rdfs.org/ns/void#");
        v.put("dcat", "http://www.w3.org/ns/dcat#");
        v.put("dcatde", "http://dcat-ap.de/def/dcatde/");
        v.put("vann", "http://purl.org/vocab/vann/");
        v.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        v.put("spdx", "http://spdx.org/rdf/terms#");
        v.put("wd", "http://www.wikidata.org/entity/");
        v.put("nuts", "http://data.europa.eu/nuts/code/");
        VOCABULARIES = Collections.unmodifiableMap(v);

        Map<String, String> all = new LinkedHashMap<>(v);
        all.put("id", RIKGID.ID);
        all.put("graph", RIKGID.GRAPH);
        all.put("district", RIKGID.ID + "district/");
        all.put("land", RIKGID.ID + "land/");
        all.put("statistics", RIKGID.ID + "statistics/");
        all.put("source", RIKGID.ID + "source/");
        ALL = Collections.unmodifiableMap(all);
    }

    private Prefixes() {
    }

    /** The named prefixes, in the order given; an unknown name is an error. */
    public static Map<String, String> select(String... names) {
        Map<String, String> selected = new LinkedHashMap<>();
        for (String name : names) {
            String namespace = ALL.get(name);
            if (namespace == null) {
                throw new IllegalArgumentException("No prefix " + name + " in " + ALL.keySet());
            }
            selected.put(name, namespace);
        }
        return Collections.unmodifiableMap(selected);
    }
}
