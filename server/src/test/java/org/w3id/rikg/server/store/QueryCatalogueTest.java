package org.w3id.rikg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The query catalogue: every query file, the server's and the ontology's research queries, has a #+
 * header with a summary and typed parameters that the query really has; binding a misspelt variable is an
 * error; and the server's queries show their edge on tiny fixtures (the 201st incoming link).
 */
class QueryCatalogueTest {

    static Stream<String> researchQueries() throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rikg/ontology/queries/*.rq")) {
            names.add(r.getFilename());
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(10);
        return names.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("researchQueries")
    void researchQueriesHaveTheSameHeaderConvention(String name) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/rikg/ontology/queries/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StoredQuery query = StoredQuery.of("rikg/ontology/queries/" + name, text);

        assertThat(query.header().summary()).isNotBlank();
        assertThat(query.header().summaryDe()).isNotBlank();
        assertThat(query.header().tags()).isNotEmpty();
        for (QueryHeader.Parameter p : query.header().parameters()) {
            assertThat(p.defaultValue()).as("%s: ?%s has a default", name, p.name()).isNotBlank();
        }
    }

    @Test
    void aParameterizedResearchQueryDeclaresItsParameter() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/rikg/ontology/queries/07-districts-of-a-land.rq")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        QueryHeader.Parameter land = StoredQuery.of("07", text).header().parameter("land").orElseThrow();
        assertThat(land.type()).isEqualTo(QueryHeader.Type.iri);
        assertThat(land.defaultValue()).isEqualTo("https://w3id.org/rikg/id/land/06");
    }

    @Test
    void bindingAMisspeltVariableIsAnError() {
        StoredQuery describe = StoredQuery.load("linkeddata/describe.rq");

        assertThatThrownBy(() -> describe.bind("resouce", NodeFactory.createURI("urn:x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("?resouce");
        assertThatThrownBy(() -> StoredQuery.load("dataset/triples.rq").bind("s", NodeFactory.createURI("urn:x")))
                .as("a variable of the query that its header does not declare as a parameter")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a parameter");
    }

    @Test
    void aHeaderWithoutSummaryOrWithAnUnusedParameterIsRefused() {
        assertThatThrownBy(() -> StoredQuery.of("no-header", "ASK {}")).hasMessageContaining("no #+ header");
        assertThatThrownBy(() -> StoredQuery.of("unused", "#+ summary: x\n#+ params:\n#+   - name: nope\nASK { ?s ?p ?o }"))
                .hasMessageContaining("?nope");
        assertThatThrownBy(() -> StoredQuery.of("bad-type", "#+ summary: x\n#+ params:\n#+   - name: s\n#+     type: blob\nASK { ?s ?p ?o }"))
                .hasMessageContaining("unknown type");
    }

    @Test
    void describeHoldsTheFirst200IncomingLinksOf201() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("urn:g");
        Node target = NodeFactory.createURI("https://w3id.org/rikg/id/district/12061");
        Node links = NodeFactory.createURI("urn:p:links");
        dataset.add(Quad.create(g, target, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Dahme-Spreewald", "de")));
        for (int i = 0; i < 201; i++) {
            dataset.add(Quad.create(g, NodeFactory.createURI(String.format("urn:s:%03d", i)), links, target));
        }
        StoredQuery describe = StoredQuery.load("linkeddata/describe.rq").bind("resource", target);

        List<Node> first = incomingSubjects(dataset, describe, target);
        List<Node> again = incomingSubjects(dataset, describe, target);

        assertThat(first).hasSize(200).doesNotHaveDuplicates();
        assertThat(again).as("the same 200 every time").isEqualTo(first);
    }

    private static List<Node> incomingSubjects(DatasetGraph dataset, StoredQuery describe, Node target) {
        try (RDFLink link = RDFLink.connect(dataset)) {
            return describe.select(link, rows -> {
                List<Node> subjects = new ArrayList<>();
                rows.forEachRemaining(row -> {
                    if (target.equals(row.get("o")) && !target.equals(row.get("s"))) {
                        subjects.add(row.get("s"));
                    }
                });
                subjects.sort(java.util.Comparator.comparing(Node::getURI));
                return subjects;
            });
        }
    }
}
