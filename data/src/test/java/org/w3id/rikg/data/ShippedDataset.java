package org.w3id.rikg.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.rikg.bundle.GraphManifest;

/**
 * Loads what the data and ontology modules ship, the way the server does: every {@code META-INF/rikg/graphs.tsv}
 * on the classpath, each listed Turtle file into its named graph. In memory, for tests.
 */
final class ShippedDataset {

    static final String DATA_PREFIX = "rikg/data/";

    private ShippedDataset() {
    }

    /** Graph IRI → classpath path of every manifest on the classpath. */
    static Map<String, String> manifest() {
        return GraphManifest.onClasspath(ShippedDataset.class.getClassLoader());
    }

    static Graph load(String classpath) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShippedDataset.class.getClassLoader().getResourceAsStream(classpath)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + classpath);
            }
            RDFDataMgr.read(g, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /**
     * Every shipped graph (data and ontology), in memory: each in its named graph, and the default graph the union of
     * them all (as the server's store answers with a union default graph).
     */
    static Dataset all() {
        Map<String, Graph> graphs = new TreeMap<>();
        manifest().forEach((iri, path) -> graphs.put(iri, load(path)));
        Graph union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEach(union::add));
        DatasetGraph dsg = DatasetGraphFactory.create(union);
        graphs.forEach((iri, g) -> dsg.addGraph(NodeFactory.createURI(iri), g));
        return DatasetFactory.wrap(dsg);
    }

    /** The data module's graphs only: graph IRI → graph. */
    static Map<String, Graph> dataGraphs() {
        Map<String, Graph> graphs = new TreeMap<>();
        manifest().forEach((iri, path) -> {
            if (path.startsWith(DATA_PREFIX)) {
                graphs.put(iri, load(path));
            }
        });
        return graphs;
    }

    /** The classpath files under a folder such as {@code rikg/ontology/shapes}, with the given ending. */
    static List<String> listClasspath(String folder, String suffix) {
        List<String> files = new ArrayList<>();
        try {
            Enumeration<URL> urls = ShippedDataset.class.getClassLoader().getResources(folder);
            for (URL url : Collections.list(urls)) {
                Path dir;
                if (url.getProtocol().equals("jar")) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.getFileSystem(url.toURI());
                    } catch (FileSystemNotFoundException e) {
                        fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                    }
                    dir = fs.provider().getPath(url.toURI());
                } else {
                    dir = Path.of(url.toURI());
                }
                try (Stream<Path> s = Files.list(dir)) {
                    s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
                            .forEach(n -> files.add(folder + "/" + n));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
