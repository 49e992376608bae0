package org.w3id.rikg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.RunningServer.encode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.RunningServer.FixtureBundle;

/**
 * The application started, stopped and started again on the same store folder: the bundle is loaded
 * once, kept across restarts, and reloaded only where it changed.
 */
class RestartEndToEndTest {

    private static final String GRAPH_A = "https://example.org/graph/a";
    private static final String GRAPH_B = "https://example.org/graph/b";
    private static final String LABELS = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label";
    private static final String LOADED_AT = "SELECT ?t WHERE { GRAPH <" + BundleLoader.LOAD_GRAPH + "> { <" + GRAPH_B
            + "> <http://www.w3.org/ns/prov#generatedAtTime> ?t } }";

    @TempDir
    Path tmp;

    @Test
    void dataSurvivesARestartIsNotReloadedAndIsReloadedWhenTheBundleChanges() throws IOException {
        Path store = tmp.resolve("store");
        FixtureBundle bundle = new FixtureBundle(tmp.resolve("bundle"))
                .graph(GRAPH_A, "a.ttl", "<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> \"Alpha\" .")
                .graph(GRAPH_B, "b.ttl", "<urn:x:b> <http://www.w3.org/2000/01/rdf-schema#label> \"Beta\" .");
        Map<String, Object> properties = Map.of("rikg.store.manifests", bundle.pattern());

        String firstLoadOfB;
        try (RunningServer server = RunningServer.start(store, properties)) {
            LoadReport report = server.bean(LoadReport.class);
            assertThat(report.loaded()).extracting(LoadReport.GraphLoad::graphIri).containsExactly(GRAPH_A, GRAPH_B);
            assertThat(csv(server, LABELS)).containsExactly("label", "Alpha", "Beta");
            firstLoadOfB = csv(server, LOADED_AT).get(1);
        }

        try (RunningServer server = RunningServer.start(store, properties)) {
            LoadReport report = server.bean(LoadReport.class);
            assertThat(report.changedAnything()).as("nothing reloaded on an unchanged bundle").isFalse();
            assertThat(report.unchanged()).containsExactly(GRAPH_A, GRAPH_B);
            assertThat(csv(server, LABELS)).containsExactly("label", "Alpha", "Beta");
            assertThat(csv(server, LOADED_AT).get(1)).isEqualTo(firstLoadOfB);
        }

        Files.writeString(bundle.file("a.ttl"), "<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#label> \"Aleph\" .");
        try (RunningServer server = RunningServer.start(store, properties)) {
            LoadReport report = server.bean(LoadReport.class);
            assertThat(report.loaded()).extracting(LoadReport.GraphLoad::graphIri).containsExactly(GRAPH_A);
            assertThat(report.unchanged()).containsExactly(GRAPH_B);
            assertThat(csv(server, LABELS)).containsExactly("label", "Aleph", "Beta");
            assertThat(csv(server, LOADED_AT).get(1)).as("graph b was left alone").isEqualTo(firstLoadOfB);
        }
    }

    private static java.util.List<String> csv(RunningServer server, String query) {
        return server.get("/sparql?query=" + encode(query), "text/csv").body().lines().toList();
    }
}
