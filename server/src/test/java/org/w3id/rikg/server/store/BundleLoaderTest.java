package org.w3id.rikg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.rikg.server.support.RunningServer.FixtureBundle;

/** The loader against a real TDB2 database in a temp folder. */
class BundleLoaderTest {

    private static final String A = "https://example.org/graph/a";
    private static final String B = "https://example.org/graph/b";

    @TempDir
    Path tmp;

    private EmbeddedTdb2Store store;
    private DatasetGraph dataset;
    private FixtureBundle bundle;

    @BeforeEach
    void open() throws IOException {
        store = new EmbeddedTdb2Store(new StoreProperties(tmp.resolve("tdb2"), null, true),
                new StoreProperties.Sparql(null, null, null));
        dataset = store.embedded().orElseThrow();
        bundle = new FixtureBundle(tmp.resolve("bundle"))
                .graph(A, "a.ttl", "<urn:x:1> <urn:x:p> \"one\" . <urn:x:2> <urn:x:p> \"two\" .")
                .graph(B, "b.ttl", "<urn:x:3> <urn:x:p> \"three\" .");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LoadReport load() {
        return BundleLoader.load(store, BundleManifest.resolve(List.of(bundle.pattern())));
    }

    /** The default graph holds exactly the union of the named graphs. */
    private void assertDefaultGraphIsTheUnion() {
        Txn.executeRead(dataset, () -> {
            org.apache.jena.graph.Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
            assertThat(dataset.getDefaultGraph().size()).isEqualTo(union.size());
            assertThat(dataset.getDefaultGraph().isIsomorphicWith(union)).isTrue();
        });
    }

    private long size(String graph) {
        return Txn.calculateRead(dataset, () -> dataset.getGraph(NodeFactory.createURI(graph)).size());
    }

    private boolean contains(String graph, String literal) {
        Node g = NodeFactory.createURI(graph);
        return Txn.calculateRead(dataset, () ->
                dataset.contains(g, Node.ANY, Node.ANY, NodeFactory.createLiteralString(literal)));
    }

    /** Type, title (de, en), description (de, en), licence, modified. */
    static final int LOG_DESCRIPTION = 7;

    @Test
    void firstLoadPutsEachFileIntoItsGraphAndRecordsIt() {
        LoadReport report = load();

        assertThat(report.loaded()).extracting(LoadReport.GraphLoad::graphIri).containsExactly(A, B);
        assertThat(report.triplesLoaded()).isEqualTo(3);
        assertThat(size(A)).isEqualTo(2);
        assertThat(size(B)).isEqualTo(1);
        assertThat(size(BundleLoader.LOAD_GRAPH)).as("a load record per graph, and the log's own description")
                .isEqualTo(8 + BundleLoaderTest.LOG_DESCRIPTION);
    }

    @Test
    void secondLoadOfTheSameBundleWritesNothing() {
        load();
        LoadReport again = load();

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.unchanged()).containsExactly(A, B);
        assertThat(size(A)).isEqualTo(2);
    }

    @Test
    void aChangedFileReplacesOnlyItsGraph() throws IOException {
        load();
        Files.writeString(bundle.file("a.ttl"), "<urn:x:1> <urn:x:p> \"uno\" .");

        LoadReport report = load();

        assertThat(report.loaded()).extracting(LoadReport.GraphLoad::graphIri).containsExactly(A);
        assertThat(report.unchanged()).containsExactly(B);
        assertThat(contains(A, "uno")).isTrue();
        assertThat(contains(A, "one")).as("old content is gone").isFalse();
        assertThat(size(B)).isEqualTo(1);
        assertDefaultGraphIsTheUnion();
    }

    @Test
    void aTripleStatedByTwoGraphsStaysInTheUnionUntilBothDropIt() throws IOException {
        bundle = new FixtureBundle(tmp.resolve("shared"))
                .graph(A, "a.ttl", "<urn:x:s> <urn:x:p> \"shared\" . <urn:x:a> <urn:x:p> \"a\" .")
                .graph(B, "b.ttl", "<urn:x:s> <urn:x:p> \"shared\" .");
        load();
        assertDefaultGraphIsTheUnion();

        Files.writeString(bundle.file("a.ttl"), "<urn:x:a> <urn:x:p> \"a\" .");
        load();
        assertThat(Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().contains(NodeFactory.createURI("urn:x:s"),
                Node.ANY, NodeFactory.createLiteralString("shared")))).as("b still states it").isTrue();
        assertDefaultGraphIsTheUnion();

        Files.writeString(bundle.file("b.ttl"), "<urn:x:b> <urn:x:p> \"b\" .");
        load();
        assertThat(Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().contains(NodeFactory.createURI("urn:x:s"),
                Node.ANY, NodeFactory.createLiteralString("shared")))).as("no graph states it any more").isFalse();
        assertDefaultGraphIsTheUnion();
    }

    @Test
    void aGraphNoLongerBundledIsRemoved() throws IOException {
        load();
        bundle = new FixtureBundle(tmp.resolve("bundle2")).graph(A, "a.ttl",
                "<urn:x:1> <urn:x:p> \"one\" . <urn:x:2> <urn:x:p> \"two\" .");

        LoadReport report = load();

        assertThat(report.removed()).containsExactly(B);
        assertThat(report.unchanged()).containsExactly(A);
        assertThat(size(B)).isZero();
        assertDefaultGraphIsTheUnion();
    }

    @Test
    void aFileThatDoesNotParseLeavesTheStoreAsItWas() throws IOException {
        load();
        // a is loaded first and parses; b, loaded after it in the same transaction, does not.
        Files.writeString(bundle.file("a.ttl"), "<urn:x:1> <urn:x:p> \"uno\" .");
        Files.writeString(bundle.file("b.ttl"), "<urn:x:3> <urn:x:p> \"broken");

        assertThatThrownBy(this::load)
                .hasMessageContaining(B)
                .hasMessageContaining("does not parse");

        assertThat(contains(A, "one")).as("the graph written before the failure was rolled back").isTrue();
        assertThat(contains(A, "uno")).isFalse();
        assertThat(contains(B, "three")).isTrue();
        assertDefaultGraphIsTheUnion();
    }
}
