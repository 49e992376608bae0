package org.w3id.rikg.server.sparql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result formats SPARQL clients ask for by parameter ({@code output=} or {@code format=}), mapped to the
 * short names Fuseki understands. Clients spell them many ways: SPARQLWrapper sends {@code format=rdf+xml}
 * or {@code n3} for CONSTRUCT, others a media type. Fuseki answers an unknown value with 400 "Can't
 * determine output content type"; here a value that cannot be mapped is dropped and the {@code Accept}
 * header decides instead.
 */
final class OutputFormats {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("json", "json"), Map.entry("application/sparql-results+json", "json"),
            Map.entry("application/json", "json"),
            Map.entry("xml", "xml"), Map.entry("sparql", "xml"), Map.entry("application/sparql-results+xml", "xml"),
            Map.entry("rdf", "xml"), Map.entry("rdf+xml", "xml"), Map.entry("rdfxml", "xml"),
            Map.entry("application/rdf+xml", "xml"), Map.entry("application/xml", "xml"),
            Map.entry("csv", "csv"), Map.entry("text/csv", "csv"),
            Map.entry("tsv", "tsv"), Map.entry("text/tab-separated-values", "tsv"),
            Map.entry("text", "text"), Map.entry("text/plain", "text"),
            Map.entry("ttl", "ttl"), Map.entry("turtle", "ttl"), Map.entry("text/turtle", "ttl"),
            Map.entry("n3", "ttl"), Map.entry("text/n3", "ttl"), Map.entry("text/rdf+n3", "ttl"),
            Map.entry("nt", "nt"), Map.entry("ntriples", "nt"), Map.entry("n-triples", "nt"),
            Map.entry("application/n-triples", "nt"),
            Map.entry("json-ld", "json-ld"), Map.entry("jsonld", "json-ld"), Map.entry("application/ld+json", "json-ld"),
            Map.entry("trig", "trig"), Map.entry("application/trig", "trig"),
            Map.entry("nq", "n-quads"), Map.entry("n-quads", "n-quads"), Map.entry("application/n-quads", "n-quads"));

    private OutputFormats() {
    }

    /** The name Fuseki knows for {@code value}, or null when there is none. */
    static String name(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        int semicolon = key.indexOf(';');
        return NAMES.get(semicolon < 0 ? key : key.substring(0, semicolon).strip());
    }

    /** The parameters with {@code output}/{@code format} mapped, or dropped when unknown. */
    static Map<String, List<String>> normalise(Map<String, List<String>> parameters) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        parameters.forEach((key, values) -> {
            if (key.equals("output") || key.equals("format")) {
                List<String> mapped = new ArrayList<>();
                for (String value : values) {
                    String name = name(value);
                    if (name != null) {
                        mapped.add(name);
                    }
                }
                if (!mapped.isEmpty()) {
                    out.put(key, mapped.subList(0, 1));
                }
            } else {
                out.put(key, values);
            }
        });
        return out;
    }
}
