package org.w3id.rikg.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of named graphs a module ships, {@value #PATH}: one line per graph,
 * {@code <graph IRI> TAB <path of one Turtle file>}, the path relative to the root of the tree that holds
 * {@code META-INF/} (the jar root); blank lines and lines starting with {@code #} are ignored. The one
 * reader of that format, for the server's loader, the data build and the tests.
 *
 * <pre>{@code
 * Map<String, String> graphs = GraphManifest.onClasspath(getClass().getClassLoader());
 * // {"https://w3id.org/rikg/graph/ontology" -> "rikg/ontology/rikg.ttl", ...}
 * }</pre>
 */
public final class GraphManifest {

    /** Where each module keeps its manifest. */
    public static final String PATH = "META-INF/rikg/graphs.tsv";

    /** One line of a manifest. */
    public record Entry(String graphIri, String path, int line) {
    }

    private GraphManifest() {
    }

    /**
     * Reads one manifest.
     *
     * @param where how to name the manifest in an error message
     * @throws IllegalStateException on a line that is not {@code <graph IRI> TAB <path>}
     */
    public static List<Entry> read(InputStream in, String where) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\t");
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalStateException(where + " line " + number
                        + ": expected '<graph IRI><TAB><path>', found '" + line + "'");
            }
            entries.add(new Entry(fields[0].strip(), fields[1].strip(), number));
        }
        return entries;
    }

    /** Graph IRI to classpath path, from every manifest the class loader sees, sorted by graph IRI. */
    public static Map<String, String> onClasspath(ClassLoader loader) {
        Map<String, String> graphs = new TreeMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(PATH))) {
                try (InputStream in = url.openStream()) {
                    for (Entry entry : read(in, url.toString())) {
                        String previous = graphs.putIfAbsent(entry.graphIri(), entry.path());
                        if (previous != null) {
                            throw new IllegalStateException("Graph " + entry.graphIri() + " is shipped twice: as "
                                    + previous + " and as " + entry.path());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graphs;
    }
}
