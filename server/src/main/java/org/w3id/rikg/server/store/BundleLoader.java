package org.w3id.rikg.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.rikg.server.store.BundleManifest.BundledGraph;

/**
 * Brings the store up to date with the bundled ontology and data, atomically.
 *
 * <p>Each bundled graph is identified by the SHA-256 of its file. The loader keeps, in the named graph
 * {@value #LOAD_GRAPH}, one record per loaded graph (checksum, triple count, time of loading). On start it
 * compares the bundle with those records: graphs whose checksum changed are replaced, new graphs are added,
 * graphs no longer bundled are dropped, all in one write transaction, so a failure (a parse error, a crash)
 * leaves the store exactly as it was. When nothing changed, nothing is written.
 */
public final class BundleLoader {

    /** The named graph that records what was loaded. */
    public static final String LOAD_GRAPH = "https://w3id.org/rikg/graph/load";

    private static final Logger log = LoggerFactory.getLogger(BundleLoader.class);

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final Node LOAD = NodeFactory.createURI(LOAD_GRAPH);
    private static final Node PROV_ENTITY = NodeFactory.createURI(PROV + "Entity");
    private static final Node GENERATED_AT = NodeFactory.createURI(PROV + "generatedAtTime");
    private static final Node CHECKSUM_VALUE = NodeFactory.createURI(SPDX + "checksumValue");
    private static final Node TRIPLES = VOID.triples.asNode();
    private static final StoredQuery RECORDS = StoredQuery.load("store/load-records.rq");
    private static final StoredQuery LOG_DESCRIBED = StoredQuery.load("store/load-log-described.rq");

    private BundleLoader() {
    }

    /**
     * Loads what changed in the bundle into the dataset.
     *
     * @throws IllegalStateException when a bundled file cannot be read or parsed; the store is unchanged
     */
    public static LoadReport load(GraphStore store, List<BundledGraph> bundle) {
        Instant start = Instant.now();
        Map<String, String> bundled = new LinkedHashMap<>();
        for (BundledGraph graph : bundle) {
            bundled.put(graph.graphIri(), sha256(graph));
        }
        Map<String, String> stored = storedChecksums(store);

        List<BundledGraph> toLoad = bundle.stream()
                .filter(g -> !bundled.get(g.graphIri()).equals(stored.get(g.graphIri())))
                .toList();
        List<String> unchanged = bundle.stream().map(BundledGraph::graphIri)
                .filter(g -> bundled.get(g).equals(stored.get(g)))
                .toList();
        List<String> toRemove = stored.keySet().stream().filter(g -> !bundled.containsKey(g)).sorted().toList();

        if (toLoad.isEmpty() && toRemove.isEmpty()) {
            if (!store.ask(LOG_DESCRIBED)) {
                // A store loaded before the load log described itself.
                String now = Instant.now().toString();
                store.write(w -> describeLoadGraph(w, now));
            }
            LoadReport report = new LoadReport(List.of(), unchanged, List.of(), Duration.between(start, Instant.now()));
            log.info("Store is up to date with the bundle: {} graphs unchanged, nothing loaded", unchanged.size());
            return report;
        }

        String loadedAt = Instant.now().toString();
        List<LoadReport.GraphLoad> loaded = new ArrayList<>();
        store.write(w -> {
            for (String graphIri : toRemove) {
                w.dropGraph(graphIri);
                forgetRecord(w, NodeFactory.createURI(graphIri));
            }
            for (BundledGraph graph : toLoad) {
                Node g = NodeFactory.createURI(graph.graphIri());
                long triples;
                try (InputStream in = graph.source().getInputStream()) {
                    triples = w.replaceGraph(graph.graphIri(), in, graph.source().getDescription());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + graph.source().getDescription(), e);
                }
                String checksum = bundled.get(graph.graphIri());
                forgetRecord(w, g);
                record(w, g, checksum, triples, loadedAt);
                loaded.add(new LoadReport.GraphLoad(graph.graphIri(), triples, checksum));
            }
            describeLoadGraph(w, loadedAt);
        });
        LoadReport report = new LoadReport(List.copyOf(loaded), unchanged, toRemove, Duration.between(start, Instant.now()));
        for (LoadReport.GraphLoad graph : report.loaded()) {
            log.info("Loaded {} ({} triples)", graph.graphIri(), graph.triples());
        }
        for (String graph : report.removed()) {
            log.info("Removed {} (no longer bundled)", graph);
        }
        log.info("Loaded {} graphs, {} triples, in {} ms; {} graphs unchanged, {} removed",
                report.loaded().size(), report.triplesLoaded(), report.took().toMillis(),
                report.unchanged().size(), report.removed().size());
        return report;
    }

    private static Map<String, String> storedChecksums(GraphStore store) {
        Map<String, String> checksums = new LinkedHashMap<>();
        store.select(RECORDS.bind("load", LOAD), rows -> {
            rows.forEachRemaining(row -> {
                Node graph = row.get("graph");
                Node checksum = row.get("checksum");
                if (graph != null && graph.isURI() && checksum != null && checksum.isLiteral()) {
                    checksums.put(graph.getURI(), checksum.getLiteralLexicalForm());
                }
            });
            return null;
        });
        return checksums;
    }

    /**
     * The load log describes itself, so that it is a declared part of the dataset: it dereferences, is
     * listed in the dataset description and is in the dumps, like every other graph.
     */
    static void describeLoadGraph(StoreWriter w, String loadedAt) {
        w.deleteAny(LOAD, LOAD, Node.ANY, Node.ANY);
        Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        Node description = NodeFactory.createURI("http://purl.org/dc/terms/description");
        Node license = NodeFactory.createURI("http://purl.org/dc/terms/license");
        Node modified = NodeFactory.createURI("http://purl.org/dc/terms/modified");
        w.add(Quad.create(LOAD, LOAD, RDF.type.asNode(), NodeFactory.createURI(PROV + "Bundle")));
        w.add(Quad.create(LOAD, LOAD, title, NodeFactory.createLiteralLang("Ladeprotokoll des RIKG-Servers", "de")));
        w.add(Quad.create(LOAD, LOAD, title, NodeFactory.createLiteralLang("Load log of the RIKG server", "en")));
        w.add(Quad.create(LOAD, LOAD, description, NodeFactory.createLiteralLang("Welche Datei jedes benannten Graphen "
                + "(SHA-256, Zahl der Tripel) der Server wann in den Speicher geladen hat. Buchführung des Servers, "
                + "keine Aussage einer Quelle.", "de")));
        w.add(Quad.create(LOAD, LOAD, description, NodeFactory.createLiteralLang("Which file of each named graph (SHA-256, "
                + "number of triples) the server loaded into the store, and when. The server's bookkeeping, not a "
                + "statement of any source.", "en")));
        w.add(Quad.create(LOAD, LOAD, license, NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        w.add(Quad.create(LOAD, LOAD, modified, NodeFactory.createLiteralDT(loadedAt, XSDDatatype.XSDdateTime)));
    }

    private static void forgetRecord(StoreWriter w, Node graph) {
        w.deleteAny(LOAD, graph, Node.ANY, Node.ANY);
    }

    private static void record(StoreWriter w, Node graph, String checksum, long triples, String loadedAt) {
        w.add(Quad.create(LOAD, graph, RDF.type.asNode(), PROV_ENTITY));
        w.add(Quad.create(LOAD, graph, CHECKSUM_VALUE, NodeFactory.createLiteralString(checksum)));
        w.add(Quad.create(LOAD, graph, TRIPLES, NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger)));
        w.add(Quad.create(LOAD, graph, GENERATED_AT, NodeFactory.createLiteralDT(loadedAt, XSDDatatype.XSDdateTime)));
    }

    static String sha256(BundledGraph graph) {
        try (InputStream in = new DigestInputStream(graph.source().getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + graph.source().getDescription(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
