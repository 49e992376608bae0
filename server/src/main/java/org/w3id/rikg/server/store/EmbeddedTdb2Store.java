package org.w3id.rikg.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

import org.apache.jena.query.ARQ;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default store: an Apache Jena TDB2 database in a folder of this machine.
 *
 * <p>The dataset is configured so that the default graph of a query is the union of all named graphs
 * (every source sits in its own named graph, yet simple queries see everything) and so that every query
 * ends after the configured timeout. Sorting and duplicate removal spill to disk beyond a threshold, and
 * {@code SERVICE} reaches only the configured federation endpoints (none by default). Closing the store releases the folder, so another process (or a
 * restart in the same JVM) can open it again.
 */
public class EmbeddedTdb2Store implements GraphStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedTdb2Store.class);

    private final DatasetGraph dataset;

    public EmbeddedTdb2Store(StoreProperties properties, StoreProperties.Sparql sparql) {
        try {
            Files.createDirectories(properties.location());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + properties.location(), e);
        }
        this.dataset = DatabaseMgr.connectDatasetGraph(properties.location().toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(sparql.timeout().toMillis()));
        dataset.getContext().set(ARQ.spillToDiskThreshold, sparql.spillThreshold());
        ServicePolicy.apply(dataset.getContext(), sparql.federation());
        log.info("TDB2 store at {} (query timeout {}, SERVICE allowed to {})", properties.location().toAbsolutePath(),
                sparql.timeout(), sparql.federation().allowedEndpoints().isEmpty() ? "no endpoint"
                        : sparql.federation().allowedEndpoints());
    }

    @Override
    public RDFLink connect() {
        return RDFLink.connect(dataset);
    }

    @Override
    public Optional<DatasetGraph> embedded() {
        return Optional.of(dataset);
    }

    @Override
    public void close() {
        TDBInternal.expel(dataset);
        log.info("TDB2 store closed");
    }
}
