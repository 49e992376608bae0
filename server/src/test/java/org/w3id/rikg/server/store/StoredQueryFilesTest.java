package org.w3id.rikg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stored query parses, so a broken query fails the build and not a user; bindings are real. */
class StoredQueryFilesTest {

    static Stream<String> queryFiles() throws IOException, URISyntaxException {
        Path root = Path.of(StoredQuery.class.getClassLoader().getResource(StoredQuery.ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".rq"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList().stream();
        }
    }

    @Test
    void thereAreQueryFiles() throws Exception {
        assertThat(queryFiles()).contains("linkeddata/describe.rq", "linkeddata/exists.rq");
    }

    @ParameterizedTest(name = "{0} parses")
    @MethodSource("queryFiles")
    void everyQueryFileParses(String name) {
        assertThat(StoredQuery.load(name).query()).isNotNull();
    }

    @Test
    void aMissingQueryFileIsAClearError() {
        assertThatThrownBy(() -> StoredQuery.load("nowhere/missing.rq")).hasMessageContaining("No stored query sparql/nowhere/missing.rq");
    }

    @Test
    void boundValuesAreSubstitutedNotSpliced() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")));
        StoredQuery exists = StoredQuery.load("linkeddata/exists.rq");
        try (RDFLink link = RDFLink.connect(dataset)) {
            assertThat(exists.bind("resource", NodeFactory.createURI("urn:s")).ask(link)).isTrue();
            assertThat(exists.bind("resource", NodeFactory.createURI("urn:other")).ask(link)).isFalse();
            // An IRI that would break a spliced query is just an IRI that matches nothing.
            assertThat(exists.bind("resource", NodeFactory.createURI("urn:x> ?p ?o } UNION { ?s")).ask(link)).isFalse();
        }
    }
}
