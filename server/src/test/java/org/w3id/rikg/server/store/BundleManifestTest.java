package org.w3id.rikg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.rikg.server.store.BundleManifest.BundledGraph;

class BundleManifestTest {

    @TempDir
    Path root;

    private String write(String manifest) throws IOException {
        Path tsv = root.resolve("META-INF/rikg/graphs.tsv");
        Files.createDirectories(tsv.getParent());
        Files.writeString(tsv, manifest);
        return tsv.toUri().toString();
    }

    @Test
    void resolvesPathsAgainstTheRootOfTheTreeThatHoldsMetaInf() throws IOException {
        Files.createDirectories(root.resolve("rikg/x"));
        Files.writeString(root.resolve("rikg/x/a.ttl"), "<urn:a> <urn:b> <urn:c> .");
        String pattern = write("# comment\n\nhttps://example.org/g/a\trikg/x/a.ttl\n");

        List<BundledGraph> graphs = BundleManifest.resolve(List.of(pattern));

        assertThat(graphs).singleElement().satisfies(g -> {
            assertThat(g.graphIri()).isEqualTo("https://example.org/g/a");
            assertThat(g.source().getFile().toPath()).isEqualTo(root.resolve("rikg/x/a.ttl"));
        });
    }

    @Test
    void rejectsALineWithoutTab() throws IOException {
        String pattern = write("https://example.org/g/a rikg/x/a.ttl\n");

        assertThatThrownBy(() -> BundleManifest.resolve(List.of(pattern)))
                .hasMessageContaining("line 1")
                .hasMessageContaining("expected '<graph IRI><TAB><path>'");
    }

    @Test
    void rejectsAMissingFile() throws IOException {
        String pattern = write("https://example.org/g/a\trikg/x/missing.ttl\n");

        assertThatThrownBy(() -> BundleManifest.resolve(List.of(pattern)))
                .hasMessageContaining("no file rikg/x/missing.ttl");
    }

    @Test
    void rejectsAGraphShippedTwice() throws IOException {
        Files.createDirectories(root.resolve("rikg/x"));
        Files.writeString(root.resolve("rikg/x/a.ttl"), "");
        String pattern = write("https://example.org/g/a\trikg/x/a.ttl\nhttps://example.org/g/a\trikg/x/a.ttl\n");

        assertThatThrownBy(() -> BundleManifest.resolve(List.of(pattern)))
                .hasMessageContaining("shipped twice");
    }
}
