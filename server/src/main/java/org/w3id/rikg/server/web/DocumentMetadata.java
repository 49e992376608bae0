package org.w3id.rikg.server.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.rikg.server.store.StoreVersion;

/**
 * What an RDF document says about itself, so that a client that has only the document knows what it is
 * about, under which licence, from which dataset and how current: {@code foaf:primaryTopic} (the resource),
 * {@code dcterms:license}, {@code void:inDataset}, {@code dcterms:modified} (the store version's time), in
 * the default graph of the document.
 *
 * <pre>{@code
 * <https://w3id.org/rikg/id/district/12061.ttl> a foaf:Document ;
 *     foaf:primaryTopic <https://w3id.org/rikg/id/district/12061> ;
 *     dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
 *     void:inDataset <https://w3id.org/rikg/dataset> .
 * }</pre>
 */
public final class DocumentMetadata {

    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private DocumentMetadata() {
    }

    /**
     * Adds the document's description of itself to {@code description}; when the description holds only the
     * first {@code ResourceView.INCOMING_LIMIT} statements pointing to the topic, {@code rdfs:seeAlso} names a
     * SPARQL query (at {@code sparqlEndpoint}) that lists all of them.
     */
    public static void add(DatasetGraph description, String documentIri, String topicIri, String datasetIri,
                           StoreVersion version, String sparqlEndpoint) {
        Node topic = NodeFactory.createURI(topicIri);
        long incoming = description.stream(Node.ANY, Node.ANY, Node.ANY, topic).filter(q -> !q.getSubject().equals(topic)).count();
        if (incoming >= ResourceView.INCOMING_LIMIT) {
            description.add(Quad.defaultGraphIRI, NodeFactory.createURI(documentIri),
                    org.apache.jena.vocabulary.RDFS.seeAlso.asNode(), NodeFactory.createURI(sparqlEndpoint + "?query="
                            + java.net.URLEncoder.encode(ResourceView.incomingQuery(topicIri), java.nio.charset.StandardCharsets.UTF_8)));
        }
        Node doc = NodeFactory.createURI(documentIri);
        Node g = Quad.defaultGraphIRI;
        description.add(g, doc, RDF.type.asNode(), NodeFactory.createURI(FOAF + "Document"));
        description.add(g, doc, NodeFactory.createURI(FOAF + "primaryTopic"), NodeFactory.createURI(topicIri));
        description.add(g, doc, DCTerms.license.asNode(), NodeFactory.createURI(LICENSE));
        description.add(g, doc, VOID.inDataset.asNode(), NodeFactory.createURI(datasetIri));
        description.add(g, doc, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(version.modified().toString(), XSDDatatype.XSDdateTime));
    }
}
