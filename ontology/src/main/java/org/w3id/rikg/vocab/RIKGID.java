package org.w3id.rikg.vocab;

import java.util.regex.Pattern;

/**
 * The IRI patterns of RIKG resources, concept schemes and named graphs, in one place.
 *
 * <p>Resources are {@code https://w3id.org/rikg/id/{kind}/{key}}, concepts
 * {@code https://w3id.org/rikg/id/{scheme}/{key}}, schemes {@code https://w3id.org/rikg/id/scheme/{scheme}}
 * and graphs {@code https://w3id.org/rikg/graph/{key}}. The helpers return IRI strings, so they serve
 * Jena ({@code ResourceFactory.createResource(RIKGID.district("12061"))}) and SPARQL bindings alike.
 * <pre>{@code
 * RIKGID.district("12061");                    // https://w3id.org/rikg/id/district/12061
 * RIKGID.concept("theme", "labour-market");    // https://w3id.org/rikg/id/theme/labour-market
 * RIKGID.graph("lds-2024-0189");               // https://w3id.org/rikg/graph/lds-2024-0189
 * }</pre>
 */
public final class RIKGID {

    /** The base of all RIKG IRIs. */
    public static final String BASE = "https://w3id.org/rikg/";
    /** The base of resource IRIs. */
    public static final String ID = BASE + "id/";
    /** The base of concept scheme IRIs. */
    public static final String SCHEME = ID + "scheme/";
    /** The base of named graph IRIs. */
    public static final String GRAPH = BASE + "graph/";

    /** The graph holding the ontology (rikg.ttl). */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** The graph holding the concept schemes (schemes/schemes.ttl). */
    public static final String SCHEMES_GRAPH = GRAPH + "schemes";
    /** The graph holding the shapes that must hold (shapes/shapes.ttl). */
    public static final String SHAPES_GRAPH = GRAPH + "shapes";
    /** The graph holding the shapes that should hold (shapes/shapes-recommended.ttl). */
    public static final String SHAPES_RECOMMENDED_GRAPH = GRAPH + "shapes-recommended";
    /** The graph describing every graph: its source, licence and dates. */
    public static final String META_GRAPH = GRAPH + "meta";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    private static final Pattern AGS = Pattern.compile("[0-9]{5}");
    private static final Pattern LAND_CODE = Pattern.compile("0[1-9]|1[0-6]");

    private RIKGID() {
    }

    /** The IRI of a resource of the given kind, such as {@code id("organization", "ramboll")}. */
    public static String id(String kind, String key) {
        return ID + key(kind) + "/" + key(key);
    }

    /** The IRI of a district by its five-digit AGS. */
    public static String district(String ags) {
        if (!AGS.matcher(ags).matches()) {
            throw new IllegalArgumentException("An AGS has five digits: " + ags);
        }
        return ID + "district/" + ags;
    }

    /** The IRI of a Land by its two-digit code, "01" to "16". */
    public static String land(String code) {
        if (!LAND_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A Land code is 01 to 16: " + code);
        }
        return ID + "land/" + code;
    }

    /** The IRI of a source document, such as {@code source("lds-2024-0189")}. */
    public static String source(String key) {
        return id("source", key);
    }

    /** The IRI of a concept scheme, such as {@code scheme("theme")}. */
    public static String scheme(String scheme) {
        return SCHEME + key(scheme);
    }

    /** The IRI of a concept in a scheme, such as {@code concept("role", "founding-member")}. */
    public static String concept(String scheme, String key) {
        return ID + key(scheme) + "/" + key(key);
    }

    /** The IRI of a named graph, such as {@code graph("meta")}. */
    public static String graph(String key) {
        return GRAPH + key(key);
    }

    private static String key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a RIKG key (letters, digits, single hyphens): " + key);
        }
        return key;
    }
}
