package org.w3id.rikg.server.web;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a description (quads) in an RDF format. Triple formats get the statements without their graphs
 * (duplicates merged); TriG and N-Quads keep the named graph, that is the source, of every statement.
 */
public final class DescriptionWriter {

    private DescriptionWriter() {
    }

    /** The statements of all graphs of the description, as one graph with those of RIKG's prefixes it uses. */
    public static Graph triples(DatasetGraph description, PrefixMap prefixes) {
        Graph graph = GraphFactory.createDefaultGraph();
        description.find().forEachRemaining(quad -> graph.add(quad.asTriple()));
        graph.getPrefixMapping().setNsPrefixes(used(prefixes, description));
        return graph;
    }

    /** The prefixes whose namespace starts an IRI or a datatype in the description. */
    static java.util.Map<String, String> used(PrefixMap prefixes, DatasetGraph description) {
        java.util.Set<String> iris = new java.util.HashSet<>();
        description.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                } else if (n.isLiteral()) {
                    iris.add(n.getLiteralDatatypeURI());
                }
            }
        });
        java.util.Map<String, String> used = new java.util.LinkedHashMap<>();
        prefixes.getMapping().forEach((prefix, namespace) -> {
            if (iris.stream().anyMatch(iri -> iri.startsWith(namespace))) {
                used.put(prefix, namespace);
            }
        });
        return used;
    }

    public static void write(DatasetGraph description, RdfFormat format, PrefixMap prefixes, String baseUri,
                             OutputStream out) {
        switch (format) {
            case TURTLE -> RDFWriter.source(triples(description, prefixes)).format(RDFFormat.TURTLE_PRETTY).output(out);
            case NTRIPLES -> RDFWriter.source(triples(description, prefixes)).format(RDFFormat.NTRIPLES).output(out);
            case RDFXML -> RDFWriter.source(triples(description, prefixes)).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> JsonLd.write(triples(description, prefixes), baseUri, out);
            case TRIG -> {
                used(prefixes, description).forEach(description.prefixes()::add);
                RDFWriter.source(description).format(RDFFormat.TRIG_PRETTY).output(out);
            }
            case NQUADS -> RDFWriter.source(description).format(RDFFormat.NQUADS).output(out);
            case HTML -> throw new IllegalArgumentException("HTML is rendered by the page templates");
        }
    }
}
