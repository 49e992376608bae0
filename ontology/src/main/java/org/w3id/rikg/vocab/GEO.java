package org.w3id.rikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The OGC GeoSPARQL terms that RIKG uses for places, without a dependency on jena-geosparql.
 *
 * <p>Only the terms declared in {@code ontology/rikg.ttl}; a test keeps the two in step.
 */
public final class GEO {

    /** The GeoSPARQL namespace. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    /** A spatial thing; rikg:AdministrativeArea refines it. */
    public static final Resource Feature = ResourceFactory.createResource(NS + "Feature");
    /** Simple-features "within"; rikg:inLand refines it. */
    public static final Property sfWithin = ResourceFactory.createProperty(NS + "sfWithin");

    private GEO() {
    }
}
