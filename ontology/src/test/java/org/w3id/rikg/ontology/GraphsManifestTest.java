package org.w3id.rikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** META-INF/rikg/graphs.tsv lists one Turtle file per graph, each on the classpath and parseable. */
class GraphsManifestTest {

    @Test
    void everyListedGraphLoadsFromTheClasspath() throws IOException {
        Map<String, String> graphs = new LinkedHashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/rikg/graphs.tsv")) {
            assertThat(in).as("graphs.tsv on the classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as(line).hasSize(2);
                assertThat(graphs.put(f[0], f[1])).as("graph listed twice: " + f[0]).isNull();
            }
        }
        assertThat(graphs).containsOnlyKeys(
                "https://w3id.org/rikg/graph/ontology", "https://w3id.org/rikg/graph/schemes",
                "https://w3id.org/rikg/graph/shapes", "https://w3id.org/rikg/graph/shapes-recommended");
        for (Map.Entry<String, String> g : graphs.entrySet()) {
            assertThat(g.getValue()).startsWith("rikg/ontology/").endsWith(".ttl");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(g.getValue())) {
                assertThat(in).as(g.getValue()).isNotNull();
                Model m = ModelFactory.createDefaultModel();
                RDFDataMgr.read(m, in, g.getKey(), Lang.TURTLE);
                assertThat(m.size()).as(g.getKey()).isPositive();
            }
        }
    }
}
