package org.w3id.rikg.server.store;

import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The one door to the knowledge graph: every read, write, load and dump of the server goes through it.
 *
 * <p>Reads are {@link StoredQuery stored queries} with bound parameters; writes are one transaction each
 * ({@link #write}); {@link #dump} streams every named graph from one snapshot; {@link #version()} changes
 * on every committed write. The embedded TDB2 store implements it today; an external SPARQL 1.1 store
 * (Fuseki, replicated with RDF Delta) will implement the same interface, so callers never see which.
 * Only serving Fuseki's protocol over the local dataset asks for {@link #embedded()}.
 *
 * <pre>{@code
 * List<String> names = store.select(NAMES.bind("land", land), rows -> ...);
 * store.write(w -> w.replaceGraph(graphIri, in, "bundle file"));
 * }</pre>
 */
public interface GraphStore {

    /** Runs a SELECT and hands its rows to {@code reader} while the execution is open. */
    <T> T select(StoredQuery query, Function<RowSet, T> reader);

    /** Runs a CONSTRUCT or DESCRIBE. */
    Graph construct(StoredQuery query);

    /** Runs an ASK. */
    boolean ask(StoredQuery query);

    /** Makes changes in one write transaction; the version changes when it commits. */
    void write(Consumer<StoreWriter> changes);

    /**
     * Writes every named graph, sorted by name, in a streaming RDF format ({@code NQUADS}, {@code TRIG_BLOCKS}),
     * from one snapshot of the store; returns the version of that snapshot.
     */
    StoreVersion dump(OutputStream out, RDFFormat format, PrefixMap prefixes);

    /** The version of the data now. */
    StoreVersion version();

    /** The local dataset when the store is embedded (for Fuseki's protocol); empty for an external store. */
    Optional<DatasetGraph> embedded();
}
