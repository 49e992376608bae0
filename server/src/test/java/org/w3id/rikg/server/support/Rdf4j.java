package org.w3id.rikg.server.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * Parses with Eclipse RDF4J Rio, a second toolkit independent of Jena, and converts the result to Jena
 * nodes so that tests can compare what RDF4J read with what Jena holds (isomorphism).
 */
public final class Rdf4j {

    private Rdf4j() {
    }

    public static Model parse(byte[] body, RDFFormat format, String baseUri) {
        try {
            return Rio.parse(new ByteArrayInputStream(body), baseUri, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements as a Jena graph (graph names ignored). */
    public static Graph toGraph(Model model) {
        Map<String, Node> blanks = new HashMap<>();
        Graph graph = GraphFactory.createDefaultGraph();
        for (Statement st : model) {
            graph.add(node(st.getSubject(), blanks), node(st.getPredicate(), blanks), node(st.getObject(), blanks));
        }
        return graph;
    }

    /** The statements as a Jena dataset, keeping their named graphs. */
    public static DatasetGraph toDataset(Model model) {
        Map<String, Node> blanks = new HashMap<>();
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (Statement st : model) {
            Node g = st.getContext() == null ? Quad.defaultGraphIRI : node(st.getContext(), blanks);
            dataset.add(g, node(st.getSubject(), blanks), node(st.getPredicate(), blanks), node(st.getObject(), blanks));
        }
        return dataset;
    }

    private static Node node(Value value, Map<String, Node> blanks) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            return blanks.computeIfAbsent(bnode.getID(), id -> NodeFactory.createBlankNode());
        }
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(literal.getLabel(),
                TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }
}
