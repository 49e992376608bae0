package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.rikg.vocab.RIKGID;

/**
 * graph/meta describes every graph the server loads: every graph of every {@code META-INF/rikg/graphs.tsv} on the
 * classpath (the ontology module's and the data module's), each with a German and an English title and a licence.
 */
class MetaGraphTest {

    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final Node TITLE = iri(DCTERMS + "title");
    static final Node LICENSE = iri(DCTERMS + "license");
    static final Node IDENTIFIER = iri(DCTERMS + "identifier");
    static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final Node DERIVED_FROM = iri("http://www.w3.org/ns/prov#wasDerivedFrom");
    static final Node TRIPLES = iri("http://rdfs.org/ns/void#triples");
    static final Node VOID_DATASET = iri("http://rdfs.org/ns/void#Dataset");

    static Map<String, String> manifest;
    static Graph meta;

    @BeforeAll
    static void load() {
        manifest = ShippedDataset.manifest();
        meta = ShippedDataset.load(manifest.get(RIKGID.META_GRAPH));
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    static Set<Node> objects(Node s, Node p) {
        return meta.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    static Set<String> languages(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).filter(o -> !o.getLiteralLexicalForm().isBlank())
                .map(Node::getLiteralLanguage).collect(Collectors.toSet());
    }

    @Test
    void theManifestsOfBothModulesAreOnTheClasspath() {
        assertThat(manifest).containsKeys(RIKGID.ONTOLOGY_GRAPH, RIKGID.SCHEMES_GRAPH, RIKGID.SHAPES_GRAPH,
                RIKGID.SHAPES_RECOMMENDED_GRAPH, RIKGID.META_GRAPH, RIKGID.graph(BuildDataset.DESTATIS));
    }

    @Test
    void everyShippedGraphHasAGermanAndAnEnglishTitleAndALicence() {
        for (String graph : manifest.keySet()) {
            Node g = iri(graph);
            assertThat(objects(g, TYPE)).as("types of %s", graph).contains(VOID_DATASET);
            assertThat(languages(g, TITLE)).as("languages of the titles of %s", graph).contains("de", "en");
            assertThat(meta.find(g, TITLE, Node.ANY).toList()).as("one title per language for %s", graph).hasSize(2);
            assertThat(objects(g, LICENSE)).as("licence of %s", graph).isNotEmpty();
        }
    }

    @Test
    void everyRightsStatementAndGraphDescriptionIsInGermanAndEnglish() {
        for (String graph : manifest.keySet()) {
            Node g = iri(graph);
            for (Node p : List.of(iri(DCTERMS + "rights"), iri(DCTERMS + "description"))) {
                if (!objects(g, p).isEmpty()) {
                    assertThat(languages(g, p)).as("%s of %s", p, graph).containsExactlyInAnyOrder("de", "en");
                }
            }
        }
    }

    @Test
    void theOntologyGraphsComeFromTheOntologyUnderCcBy() {
        Node ontology = iri(BuildDataset.ONTOLOGY);
        for (String graph : List.of(RIKGID.ONTOLOGY_GRAPH, RIKGID.SCHEMES_GRAPH, RIKGID.SHAPES_GRAPH,
                RIKGID.SHAPES_RECOMMENDED_GRAPH)) {
            Node g = iri(graph);
            assertThat(objects(g, LICENSE)).as("licence of %s", graph).containsExactly(iri(BuildDataset.CC_BY));
            assertThat(objects(g, iri(DCTERMS + "source"))).as("source of %s", graph).contains(ontology);
            assertThat(objects(g, DERIVED_FROM)).as("derivation of %s", graph).contains(ontology);
        }
        assertThat(objects(iri(RIKGID.SCHEMES_GRAPH), iri(DCTERMS + "source")))
                .contains(iri(RIKGID.source("iml")), iri(RIKGID.source("nap12")), iri(RIKGID.source("nap21")));
    }

    /** void:triples and the file's SHA-256 of each graph agree with the file the server loads into it. */
    @Test
    void triplesAndHashesOfTheOntologyGraphsMatchTheirFiles() throws IOException {
        for (Map.Entry<String, String> e : manifest.entrySet()) {
            if (!e.getValue().startsWith(BuildDataset.ONTOLOGY_CLASSPATH)) {
                continue;
            }
            Node g = iri(e.getKey());
            assertThat(objects(g, TRIPLES)).as("void:triples of %s", e.getKey())
                    .containsExactly(NodeFactory.createLiteralDT(Integer.toString(ShippedDataset.load(e.getValue()).size()),
                            XSDDatatype.XSDinteger));
            byte[] bytes;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(e.getValue())) {
                assertThat(in).as("%s on the classpath", e.getValue()).isNotNull();
                bytes = in.readAllBytes();
            }
            Node file = iri(RIKGID.ID + "file/ontology/" + e.getValue().substring(BuildDataset.ONTOLOGY_CLASSPATH.length()));
            assertThat(objects(g, DERIVED_FROM)).as("file of %s", e.getKey()).contains(file);
            assertThat(objects(file, IDENTIFIER)).as("SHA-256 of %s", e.getValue())
                    .containsExactly(NodeFactory.createLiteralString("sha256:" + BuildDataset.sha256(bytes)));
        }
    }
}
