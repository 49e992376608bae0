package org.w3id.rikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C PROV-O terms that RIKG uses, because Jena ships no PROV vocabulary class.
 *
 * <p>Only the terms declared in {@code ontology/rikg.ttl}; a test keeps the two in step.
 * <pre>{@code model.add(graph, PROV.wasDerivedFrom, source);}</pre>
 */
public final class PROV {

    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** A thing with fixed aspects, here: every source-derived resource such as a practice or a claim. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** Something that occurs over time and acts on entities, here: the build that generated a graph. */
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    /** Where something is or happened. */
    public static final Property atLocation = ResourceFactory.createProperty(NS + "atLocation");
    /** The agent an entity is ascribed to. */
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    /** The most general influence between entities, activities and agents. */
    public static final Property wasInfluencedBy = ResourceFactory.createProperty(NS + "wasInfluencedBy");
    /** The entity (for a graph: the source document) from which an entity was derived. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    /** The activity that generated an entity. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");

    private PROV() {
    }
}
