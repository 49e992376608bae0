package org.w3id.rikg.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
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
    private final Object writeLock = new Object();
    private final Instant opened = Instant.now();
    private volatile StoreVersion version;
    private volatile Instant lastWrite;

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
    public <T> T select(StoredQuery query, Function<RowSet, T> reader) {
        try (RDFLink link = RDFLink.connect(dataset)) {
            return query.select(link, reader);
        }
    }

    @Override
    public Graph construct(StoredQuery query) {
        try (RDFLink link = RDFLink.connect(dataset)) {
            return query.construct(link);
        }
    }

    @Override
    public boolean ask(StoredQuery query) {
        try (RDFLink link = RDFLink.connect(dataset)) {
            return query.ask(link);
        }
    }

    @Override
    public void write(Consumer<StoreWriter> changes) {
        synchronized (writeLock) {
            Txn.executeWrite(dataset, () -> {
                changes.accept(new Writer());
                // Every write leaves its time in the load log, so the version (its hash) changes with it.
                Node load = NodeFactory.createURI(BundleLoader.LOAD_GRAPH);
                Node modified = NodeFactory.createURI("http://purl.org/dc/terms/modified");
                dataset.deleteAny(load, load, modified, Node.ANY);
                dataset.add(load, load, modified, NodeFactory.createLiteralDT(Instant.now().toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            });
            version = null;
            lastWrite = Instant.now();
        }
    }

    @Override
    public StoreVersion dump(OutputStream out, RDFFormat format, PrefixMap prefixes) {
        return Txn.calculateRead(dataset, () -> {
            StoreVersion snapshot = computeVersion();
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            prefixes.forEach(stream::prefix);
            List<Node> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graphs::add);
            graphs.sort(Comparator.comparing(Node::toString));
            for (Node graph : graphs) {
                dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
            }
            stream.finish();
            return snapshot;
        });
    }

    @Override
    public StoreVersion version() {
        StoreVersion current = version;
        if (current == null) {
            current = Txn.calculateRead(dataset, this::computeVersion);
            version = current;
        }
        return current;
    }

    /**
     * The version of what this read transaction sees: the SHA-256 of the load log (every write records
     * itself there: which graph, which file checksum, when), and the latest time in it. Persisted with the
     * data, so it survives restarts and changes exactly when the data does.
     */
    private StoreVersion computeVersion() {
        Node load = NodeFactory.createURI(BundleLoader.LOAD_GRAPH);
        List<String> lines = new ArrayList<>();
        Instant[] latest = {lastWrite};
        dataset.find(load, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            lines.add(q.getSubject() + " " + q.getPredicate() + " " + q.getObject());
            if (q.getObject().isLiteral() && q.getObject().getLiteralDatatypeURI().endsWith("#dateTime")) {
                try {
                    Instant at = Instant.parse(q.getObject().getLiteralLexicalForm());
                    if (latest[0] == null || at.isAfter(latest[0])) {
                        latest[0] = at;
                    }
                } catch (java.time.format.DateTimeParseException ignored) {
                    // not a time this version can use
                }
            }
        });
        Collections.sort(lines);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> digest.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            String tag = HexFormat.of().formatHex(digest.digest()).substring(0, 24);
            Instant modified = latest[0] == null ? opened : latest[0];
            return new StoreVersion(tag, modified.truncatedTo(ChronoUnit.SECONDS));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The changes of one write transaction, on the dataset. */
    private final class Writer implements StoreWriter {
        @Override
        public long replaceGraph(String graphIri, InputStream turtle, String description) {
            Node g = NodeFactory.createURI(graphIri);
            dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            Graph target = dataset.getGraph(g);
            try {
                RDFParser.source(turtle).lang(Lang.TURTLE).base(graphIri).parse(StreamRDFLib.graph(target));
            } catch (RiotException e) {
                throw new IllegalStateException("Graph " + graphIri + " from " + description + " does not parse: "
                        + e.getMessage(), e);
            }
            return target.size();
        }

        @Override
        public void dropGraph(String graphIri) {
            dataset.deleteAny(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public void add(Quad quad) {
            dataset.add(quad);
        }

        @Override
        public void deleteAny(Node graph, Node subject, Node predicate, Node object) {
            dataset.deleteAny(graph, subject, predicate, object);
        }

        @Override
        public boolean contains(Node graph, Node subject, Node predicate, Node object) {
            return dataset.contains(graph, subject, predicate, object);
        }
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
