package org.w3id.rikg.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.w3id.rikg.vocab.RIKGID;

class GraphManifestTest {

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsLinesSkippingCommentsAndBlanks() throws IOException {
        var entries = GraphManifest.read(text("# comment\n\nhttps://example.org/g\trikg/x/a.ttl\n"), "m");

        assertThat(entries).containsExactly(new GraphManifest.Entry("https://example.org/g", "rikg/x/a.ttl", 3));
    }

    @Test
    void rejectsALineWithoutTabNamingTheManifestAndLine() {
        assertThatThrownBy(() -> GraphManifest.read(text("https://example.org/g rikg/x/a.ttl\n"), "the manifest"))
                .hasMessageContaining("the manifest line 1")
                .hasMessageContaining("expected '<graph IRI><TAB><path>'");
    }

    @Test
    void theOntologyModuleShipsItsFourGraphs() {
        assertThat(GraphManifest.onClasspath(getClass().getClassLoader())).containsOnlyKeys(
                RIKGID.ONTOLOGY_GRAPH, RIKGID.SCHEMES_GRAPH, RIKGID.SHAPES_GRAPH, RIKGID.SHAPES_RECOMMENDED_GRAPH);
    }
}
