package org.w3id.rikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The European Legislation Identifier (ELI) terms that RIKG uses for legal frameworks, because Jena
 * ships no ELI vocabulary class.
 *
 * <p>Only the terms declared in {@code ontology/rikg.ttl}; a test keeps the two in step.
 * <pre>{@code model.add(law, ELI.title_short, "AufenthG");}</pre>
 */
public final class ELI {

    /** The ELI ontology namespace. */
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    /** A work in a legislative corpus; rikg:LegalFramework refines it. */
    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    /** The title of a legal resource, language-tagged. */
    public static final Property title = ResourceFactory.createProperty(NS + "title");
    /** The short title or abbreviation, such as "AufenthG". */
    public static final Property title_short = ResourceFactory.createProperty(NS + "title_short");
    /** The date of adoption or signature. */
    public static final Property date_document = ResourceFactory.createProperty(NS + "date_document");
    /** The first date of entry into force. */
    public static final Property first_date_entry_in_force = ResourceFactory.createProperty(NS + "first_date_entry_in_force");
    /** The type of the legal resource: a concept of the legal-form scheme (act, ordinance). */
    public static final Property type_document = ResourceFactory.createProperty(NS + "type_document");
    /** A subject of the legal resource: a concept of the theme scheme. */
    public static final Property is_about = ResourceFactory.createProperty(NS + "is_about");

    private ELI() {
    }
}
