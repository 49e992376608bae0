package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The synthetic practices: deterministic, marked synthetic in their own graph, conforming to the shapes. */
class SyntheticPracticesTest {

    static byte[] generate(int size, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticPractices.write(RegenerationTest.DATA_DIR, size, seed, out);
        return out.toByteArray();
    }

    @Test
    void theSameSizeAndSeedGiveTheSameBytesAndAnotherSeedOthers() {
        assertThat(generate(200, 7)).isEqualTo(generate(200, 7));
        assertThat(generate(200, 8)).isNotEqualTo(generate(200, 7));
    }

    @Test
    void everyPracticeIsMarkedSyntheticInItsOwnGraphAndConformsToTheShapes() {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new ByteArrayInputStream(generate(500, 42)), Lang.NQUADS);
        java.util.List<String> names = new java.util.ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        assertThat(names)
                .containsExactly("https://w3id.org/rikg/graph/synthetic-practices-500");
        Graph g = ds.getNamedModel("https://w3id.org/rikg/graph/synthetic-practices-500").getGraph();
        Set<Node> practices = g.find(Node.ANY, Ns.curie("rdf:type"), Ns.rikg("Practice")).mapWith(Triple::getSubject).toSet();
        assertThat(practices).hasSize(500);
        for (Node p : practices) {
            assertThat(p.getURI()).startsWith(Ns.ID + "practice/synthetic-");
            assertThat(g.contains(p, Ns.curie("prov:wasGeneratedBy"), Ns.id(SyntheticPractices.GENERATOR))).isTrue();
            assertThat(g.find(p, Ns.curie("rdfs:label"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                    .allSatisfy(l -> assertThat(l).matches("\\[Synthe(tisch|tic)\\] .*"));
        }
        // Spread over the country, with Land programmes only in their own Land.
        Set<Node> districts = g.find(Node.ANY, Ns.rikg("district"), Node.ANY).mapWith(Triple::getObject).toSet();
        assertThat(districts).hasSizeGreaterThan(200);
        assertThat(g.find(Node.ANY, Ns.rikg("programme"), Node.ANY).toList()).isNotEmpty();

        // Together with the real districts, schemes and ontology, the synthetic graph conforms to the shapes.
        Graph data = GraphFactory.createDefaultGraph();
        g.find().forEach(data::add);
        ShippedDataset.dataGraphs().values().forEach(x -> x.find().forEach(data::add));
        ShippedDataset.load("rikg/ontology/rikg.ttl").find().forEach(data::add);
        ShippedDataset.listClasspath("rikg/ontology/schemes", ".ttl").forEach(s -> ShippedDataset.load(s).find().forEach(data::add));
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(ShippedDataset.load("rikg/ontology/shapes/shapes.ttl")), data);
        assertThat(report.getEntries().stream().filter(e -> e.severity() == Severity.Violation)
                .map(e -> e.focusNode() + " " + e.message()).collect(Collectors.toList())).isEmpty();
    }

    @Test
    void nothingSyntheticIsInTheShippedDataset() {
        assertThat(ShippedDataset.dataGraphs().keySet()).noneMatch(k -> k.contains("synthetic"));
        assertThatThrownBy(() -> generate(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
