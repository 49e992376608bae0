package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * The whole dataset (every data graph, with the ontology and its concept schemes for subclasses and concepts)
 * conforms to the ontology's SHACL shapes: no sh:Violation. Warnings (shapes-recommended) are printed, not failed.
 */
class ShapesConformanceTest {

    @Test
    void theWholeDatasetConformsToTheOntologyShapes() {
        List<String> shapeFiles = ShippedDataset.listClasspath("rikg/ontology/shapes", ".ttl");
        assertThat(shapeFiles).as("SHACL shapes of the ontology module on the classpath").isNotEmpty();

        Graph data = GraphFactory.createDefaultGraph();
        ShippedDataset.dataGraphs().values().forEach(g -> g.find().forEach(data::add));
        ShippedDataset.load("rikg/ontology/rikg.ttl").find().forEach(data::add);
        for (String scheme : ShippedDataset.listClasspath("rikg/ontology/schemes", ".ttl")) {
            ShippedDataset.load(scheme).find().forEach(data::add);
        }

        for (String file : shapeFiles) {
            Shapes shapes = Shapes.parse(ShippedDataset.load(file));
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            long violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
            long warnings = report.getEntries().stream().filter(e -> e.severity() == Severity.Warning).count();
            if (!report.conforms()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
                System.out.println("SHACL report for " + file + ": " + violations + " violations, " + warnings
                        + " warnings\n" + out.toString(StandardCharsets.UTF_8));
            }
            assertThat(violations).as("sh:Violation results for %s (report printed to the test output)", file).isZero();
        }
    }
}
