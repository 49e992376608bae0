package org.w3id.rikg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.rikg.vocab.RIKGID;

/**
 * The themes and target groups of practices (and the legal areas of laws) are RIKG's editorial classification, not
 * statements of the cited sources: they live only in graph/rikg-classification, never in a source's graph.
 */
class ClassificationProvenanceTest {

    static final String RIKG = "https://w3id.org/rikg/ontology/";
    static final String CLASSIFICATION = RIKGID.graph(BuildDataset.CLASSIFICATION);
    static final Node TYPE = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final Node THEME = iri(RIKG + "theme");
    static final Node TARGET_GROUP = iri(RIKG + "targetGroup");
    static final Node LEGAL_AREA = iri(RIKG + "legalArea");

    /** Every shipped graph (data and ontology modules): graph IRI → graph. */
    static Map<String, Graph> graphs;
    static Graph union;

    @BeforeAll
    static void load() {
        graphs = new TreeMap<>();
        ShippedDataset.manifest().forEach((iri, path) -> graphs.put(iri, ShippedDataset.load(path)));
        union = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEach(union::add));
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    /** The source graphs: every graph except graph/rikg-classification, graph/meta and the ontology module's graphs. */
    static Map<String, Graph> sourceGraphs() {
        Set<String> excluded = Set.of(CLASSIFICATION, RIKGID.META_GRAPH, RIKGID.ONTOLOGY_GRAPH, RIKGID.SCHEMES_GRAPH,
                RIKGID.SHAPES_GRAPH, RIKGID.SHAPES_RECOMMENDED_GRAPH);
        return graphs.entrySet().stream().filter(e -> !excluded.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    @Test
    void theClassificationGraphIsShipped() {
        assertThat(graphs).containsKey(CLASSIFICATION);
        assertThat(sourceGraphs()).hasSizeGreaterThan(40).containsKey(RIKGID.graph("lzz-lk"));
    }

    @Test
    void noSourceGraphHasAThemeATargetGroupOrALegalArea() {
        for (Map.Entry<String, Graph> e : sourceGraphs().entrySet()) {
            for (Node p : List.of(THEME, TARGET_GROUP, LEGAL_AREA)) {
                assertThat(e.getValue().find(Node.ANY, p, Node.ANY).toList()).as("%s triples in %s", p, e.getKey()).isEmpty();
            }
        }
    }

    @Test
    void everyPracticeHasItsThemesInTheClassificationGraph() {
        Graph classification = graphs.get(CLASSIFICATION);
        Set<Node> practices = union.find(Node.ANY, TYPE, iri(RIKG + "Practice")).mapWith(Triple::getSubject).toSet();
        practices.addAll(union.find(Node.ANY, TYPE, iri(RIKG + "Project")).mapWith(Triple::getSubject).toSet());
        assertThat(practices).hasSizeGreaterThan(20);
        for (Node practice : practices) {
            assertThat(objects(classification, practice, THEME)).as("themes of %s in the classification graph", practice)
                    .isNotEmpty().isEqualTo(objects(union, practice, THEME));
            assertThat(objects(classification, practice, TARGET_GROUP)).as("target groups of %s", practice)
                    .isEqualTo(objects(union, practice, TARGET_GROUP));
        }
        assertThat(objects(classification, iri(RIKGID.ID + "practice/bernkastel-wittlich-lzz-hotels-restaurants"), THEME))
                .containsExactly(iri(RIKGID.ID + "theme/labour-market"));
    }

    @Test
    void theClassificationGraphHoldsOnlyClassificationsAndIsDescribedAsTheEditors() {
        Graph classification = graphs.get(CLASSIFICATION);
        assertThat(classification.find().mapWith(Triple::getPredicate).toSet())
                .containsExactlyInAnyOrder(THEME, TARGET_GROUP, LEGAL_AREA);
        Graph meta = graphs.get(RIKGID.META_GRAPH);
        Node g = iri(CLASSIFICATION);
        Node editors = iri(RIKGID.source(BuildDataset.EDITORS));
        Node dcterms = iri("http://purl.org/dc/terms/");
        assertThat(objects(meta, g, iri(dcterms.getURI() + "source"))).containsExactly(editors);
        assertThat(objects(meta, editors, TYPE)).containsExactly(iri(RIKG + "SourceDocument"));
        assertThat(objects(meta, g, iri("http://www.w3.org/ns/prov#wasDerivedFrom")))
                .contains(iri(RIKGID.ID + "file/curated/practices.tsv"), iri(RIKGID.graph("lzz-lk")),
                        iri(RIKGID.graph("lds-2024-0189")));
        assertThat(objects(meta, g, iri("http://rdfs.org/ns/void#triples"))).containsExactly(NodeFactory.createLiteralDT(
                Integer.toString(classification.size()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
    }
}
