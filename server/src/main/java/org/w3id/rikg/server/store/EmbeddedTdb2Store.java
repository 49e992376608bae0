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
 * <p>Every source sits in its own named graph, and the default graph is their union, so that simple queries
 * see everything and {@code GRAPH ?g} tells who says what. The union is materialized: the default graph
 * holds a copy of every triple of the named graphs, kept in step by every write ({@link Writer}), because
 * TDB2's computed union default graph ({@code tdb:unionDefaultGraph}) makes joins markedly slower (BSBM Q5:
 * 1.5x a plain default graph; see bench/). The dumps and {@code GRAPH} patterns see the named graphs only.
 * Every query ends after the configured timeout. Sorting and duplicate removal spill to disk beyond a threshold, and
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
        // The default graph is the union of the named graphs, materialized (see UnionDefaultGraph).
        dataset.getContext().set(TDB2.symUnionDefaultGraph, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(sparql.timeout().toMillis()));
        dataset.getContext().set(ARQ.spillToDiskThreshold, sparql.spillThreshold());
        ServicePolicy.apply(dataset.getContext(), sparql.federation());
        materializeUnionIfMissing();
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
                Writer writer = new Writer();
                changes.accept(writer);
                // Every write leaves its time in the load log, so the version (its hash) changes with it.
                Node load = NodeFactory.createURI(BundleLoader.LOAD_GRAPH);
                Node modified = NodeFactory.createURI("http://purl.org/dc/terms/modified");
                writer.deleteAny(load, load, modified, Node.ANY);
                writer.add(Quad.create(load, load, modified, NodeFactory.createLiteralDT(Instant.now().toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)));
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

    /**
     * The changes of one write transaction, on the dataset, keeping the default graph the union of the
     * named graphs: a triple added to a named graph is added to it, a triple removed from a named graph
     * is removed from it unless another named graph still states it.
     */
    private final class Writer implements StoreWriter {
        @Override
        public long replaceGraph(String graphIri, InputStream turtle, String description) {
            Node g = NodeFactory.createURI(graphIri);
            deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            Graph target = dataset.getGraph(g);
            Graph union = dataset.getDefaultGraph();
            StreamRDF both = new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void triple(org.apache.jena.graph.Triple triple) {
                    target.add(triple);
                    union.add(triple);
                }
            };
            try {
                RDFParser.source(turtle).lang(Lang.TURTLE).base(graphIri).parse(both);
            } catch (RiotException e) {
                throw new IllegalStateException("Graph " + graphIri + " from " + description + " does not parse: "
                        + e.getMessage(), e);
            }
            return target.size();
        }

        @Override
        public void dropGraph(String graphIri) {
            deleteAny(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public void add(Quad quad) {
            dataset.add(quad);
            if (!quad.isDefaultGraph()) {
                dataset.getDefaultGraph().add(quad.asTriple());
            }
        }

        @Override
        public void deleteAny(Node graph, Node subject, Node predicate, Node object) {
            List<Quad> removed = new ArrayList<>();
            dataset.findNG(graph, subject, predicate, object).forEachRemaining(removed::add);
            dataset.deleteAny(graph, subject, predicate, object);
            Graph union = dataset.getDefaultGraph();
            for (Quad quad : removed) {
                if (!dataset.findNG(Node.ANY, quad.getSubject(), quad.getPredicate(), quad.getObject()).hasNext()) {
                    union.delete(quad.asTriple());
                }
            }
        }

        @Override
        public boolean contains(Node graph, Node subject, Node predicate, Node object) {
            return dataset.contains(graph, subject, predicate, object);
        }
    }

    /**
     * Fills the default graph with the union of the named graphs when it is empty but they are not: a
     * store written before the union was materialized. Done once, at open.
     */
    private void materializeUnionIfMissing() {
        boolean missing = Txn.calculateRead(dataset, () ->
                dataset.getDefaultGraph().isEmpty() && dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
        if (missing) {
            log.info("Materializing the union of the named graphs as the default graph");
            Txn.executeWrite(dataset, () -> {
                Graph union = dataset.getDefaultGraph();
                dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
            });
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
