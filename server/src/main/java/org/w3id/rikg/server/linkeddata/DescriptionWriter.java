package org.w3id.rikg.server.linkeddata;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
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

    /** The statements of all graphs of the description, as one graph with RIKG's prefixes. */
    public static Graph triples(DatasetGraph description, PrefixMap prefixes) {
        Graph graph = GraphFactory.createDefaultGraph();
        description.find().forEachRemaining(quad -> graph.add(quad.asTriple()));
        graph.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
        return graph;
    }

    public static void write(DatasetGraph description, RdfFormat format, PrefixMap prefixes, String baseUri,
                             OutputStream out) {
        switch (format) {
            case TURTLE -> RDFWriter.source(triples(description, prefixes)).format(RDFFormat.TURTLE_PRETTY).output(out);
            case NTRIPLES -> RDFWriter.source(triples(description, prefixes)).format(RDFFormat.NTRIPLES).output(out);
            case RDFXML -> RDFWriter.source(triples(description, prefixes)).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> JsonLd.write(triples(description, prefixes), baseUri, out);
            case TRIG -> {
                description.prefixes().putAll(prefixes);
                RDFWriter.source(description).format(RDFFormat.TRIG_PRETTY).output(out);
            }
            case NQUADS -> RDFWriter.source(description).format(RDFFormat.NQUADS).output(out);
            case HTML -> throw new IllegalArgumentException("HTML is rendered by the page templates");
        }
    }
}
