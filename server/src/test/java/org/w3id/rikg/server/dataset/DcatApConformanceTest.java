package org.w3id.rikg.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * The dataset description of the real bundled data conforms to the official DCAT-AP 3.0.1 SHACL shapes
 * (SEMIC, vendored under {@code dcat-ap/}, see its README), and the shapes do fire on it: without its
 * catalogue's title, or with a dataset lacking its description, it does not conform.
 */
class DcatApConformanceTest {

    private static final Node DCAT_CATALOG = NodeFactory.createURI("http://www.w3.org/ns/dcat#Catalog");
    private static final Node DCAT_DATASET = NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset");

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> RunningServer.start(tmp.resolve("store"), Map.of()));

    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() throws Exception {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : new String[] {"dcat-ap-SHACL.ttl", "jena-compat.ttl"}) {
            try (InputStream in = DcatApConformanceTest.class.getResourceAsStream("/dcat-ap/" + file)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            }
        }
        shapes = Shapes.parse(graph);
    }

    private static Graph description() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(server.get("/.well-known/void", "text/turtle").body(), Lang.TURTLE).parse(graph);
        return graph;
    }

    @Test
    void theDescriptionConformsToDcatAp() {
        Graph description = description();
        ValidationReport report = ShaclValidator.get().validate(shapes, description);

        assertThat(description.contains(Node.ANY, RDF.type.asNode(), DCAT_CATALOG)).isTrue();
        assertThat(description.find(Node.ANY, RDF.type.asNode(), DCAT_DATASET).toList()).hasSizeGreaterThan(50);
        assertThat(report.conforms()).as(() -> print(report)).isTrue();
    }

    @Test
    void theShapesFireOnAMissingDescriptionOrCatalogueTitle() {
        Graph withoutDescription = description();
        Triple aDescription = withoutDescription.find(Node.ANY, DCTerms.description.asNode(), Node.ANY)
                .filterKeep(t -> withoutDescription.contains(t.getSubject(), RDF.type.asNode(), DCAT_DATASET))
                .toList().stream().findFirst().orElseThrow();
        withoutDescription.find(aDescription.getSubject(), DCTerms.description.asNode(), Node.ANY).toList()
                .forEach(withoutDescription::delete);
        assertThat(ShaclValidator.get().validate(shapes, withoutDescription).conforms()).isFalse();

        Graph withoutCatalogueTitle = description();
        Node catalogue = withoutCatalogueTitle.find(Node.ANY, RDF.type.asNode(), DCAT_CATALOG).next().getSubject();
        withoutCatalogueTitle.find(catalogue, DCTerms.title.asNode(), Node.ANY).toList().forEach(withoutCatalogueTitle::delete);
        assertThat(ShaclValidator.get().validate(shapes, withoutCatalogueTitle).conforms()).isFalse();
    }

    private static String print(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(new java.io.PrintStream(out), report);
        RDFDataMgr.write(out, report.getGraph(), Lang.TURTLE);
        String text = out.toString();
        return text.length() > 20000 ? text.substring(0, 20000) : text;
    }
}
