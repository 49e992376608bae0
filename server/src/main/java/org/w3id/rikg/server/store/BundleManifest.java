package org.w3id.rikg.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.w3id.rikg.bundle.GraphManifest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The graphs a module ships, read from its {@code META-INF/rikg/graphs.tsv}.
 *
 * <p>Each non-comment line is {@code <graph IRI> TAB <path of a Turtle file>}; the file holds exactly the
 * triples of that one named graph. The path is relative to the root of the tree that holds
 * {@code META-INF/} (the jar root for a module on the classpath), so the ontology and data modules name
 * their files as {@code rikg/ontology/rikg.ttl} or {@code rikg/data/destatis.ttl}.
 *
 * <pre>{@code
 * List<BundledGraph> graphs = BundleManifest.resolve(List.of(BundleManifest.CLASSPATH_PATTERN));
 * }</pre>
 */
public final class BundleManifest {

    /** Every manifest on the classpath: one per module that ships graphs. */
    public static final String CLASSPATH_PATTERN = "classpath*:" + GraphManifest.PATH;

    private static final String MANIFEST_SUFFIX = GraphManifest.PATH;

    private BundleManifest() {
    }

    /** One bundled graph: its name and the resource holding its Turtle. */
    public record BundledGraph(String graphIri, Resource source, String manifest) {
    }

    /**
     * Resolves the manifests matched by the patterns into the list of bundled graphs, in manifest order.
     *
     * @throws IllegalStateException when a line is malformed, a file is missing or a graph is named twice
     */
    public static List<BundledGraph> resolve(List<String> patterns) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, BundledGraph> graphs = new LinkedHashMap<>();
        try {
            for (String pattern : patterns) {
                for (Resource manifest : resolver.getResources(pattern)) {
                    for (BundledGraph graph : read(manifest)) {
                        BundledGraph previous = graphs.putIfAbsent(graph.graphIri(), graph);
                        if (previous != null) {
                            throw new IllegalStateException("Graph " + graph.graphIri() + " is shipped twice: by "
                                    + previous.manifest() + " and by " + graph.manifest());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundle manifests " + patterns + ": " + e.getMessage(), e);
        }
        return List.copyOf(graphs.values());
    }

    static List<BundledGraph> read(Resource manifest) throws IOException {
        String manifestUrl = manifest.getURL().toString();
        if (!manifestUrl.endsWith(MANIFEST_SUFFIX)) {
            throw new IllegalStateException("A bundle manifest must be named " + MANIFEST_SUFFIX + ": " + manifestUrl);
        }
        Resource root = manifest.createRelative("../../");
        List<BundledGraph> graphs = new ArrayList<>();
        try (InputStream in = manifest.getInputStream()) {
            for (GraphManifest.Entry entry : GraphManifest.read(in, manifestUrl)) {
                Resource source = root.createRelative(entry.path());
                if (!source.exists()) {
                    throw new IllegalStateException(manifestUrl + " line " + entry.line() + ": no file " + entry.path());
                }
                graphs.add(new BundledGraph(entry.graphIri(), source, manifestUrl));
            }
        }
        return graphs;
    }
}
