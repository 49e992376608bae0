package org.w3id.rikg.server.store;

import java.util.Optional;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one seam between RIKG and the SPARQL store that holds the knowledge graph.
 *
 * <p>Features talk to the store only through {@link #connect()}: a SPARQL 1.1 connection that works the
 * same on the embedded TDB2 dataset and on an external SPARQL 1.1 service. Only a feature that cannot be
 * expressed over SPARQL (serving Fuseki over the local dataset, loading the bundle) asks for
 * {@link #embedded()}.
 *
 * <pre>{@code
 * try (RDFLink link = store.connect()) {
 *     link.queryResultSet(query, rs -> ...);
 * }
 * }</pre>
 */
public interface GraphStore {

    /** A new connection to the store; close it after use. */
    RDFLink connect();

    /** The local dataset when the store is embedded; empty for an external store. */
    Optional<DatasetGraph> embedded();
}
