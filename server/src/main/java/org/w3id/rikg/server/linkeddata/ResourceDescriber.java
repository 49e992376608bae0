package org.w3id.rikg.server.linkeddata;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.stereotype.Service;
import org.w3id.rikg.server.store.StoredQuery;
import org.w3id.rikg.server.store.GraphStore;

/**
 * What RIKG says about one resource: the quads of {@code describe.rq}, each statement in the named graph
 * of its source. A resource exists when at least one statement has it as subject.
 *
 * <pre>{@code
 * Optional<DatasetGraph> d = describer.describe("https://w3id.org/rikg/id/district/12061");
 * }</pre>
 */
@Service
public class ResourceDescriber {

    private static final StoredQuery DESCRIBE = StoredQuery.load("linkeddata/describe.rq");

    private static final StoredQuery EXISTS = StoredQuery.load("linkeddata/exists.rq");

    private final GraphStore store;

    public ResourceDescriber(GraphStore store) {
        this.store = store;
    }

    /** Whether any statement has the resource as subject. */
    public boolean exists(String iri) {
        return EXISTS.bind("resource", NodeFactory.createURI(iri)).ask(store);
    }

    /** The description, or empty when nothing is said about the resource as a subject. */
    public Optional<DatasetGraph> describe(String iri) {
        Node resource = NodeFactory.createURI(iri);
        DatasetGraph description = DatasetGraphFactory.create();
        DESCRIBE.bind("resource", resource).select(store, rows -> {
            rows.forEachRemaining((Binding row) -> description.add(Quad.create(
                    row.get("g"), row.get("s"), row.get("p"), row.get("o"))));
            return null;
        });
        boolean exists = description.find(Node.ANY, resource, Node.ANY, Node.ANY).hasNext();
        return exists ? Optional.of(description) : Optional.empty();
    }
}
