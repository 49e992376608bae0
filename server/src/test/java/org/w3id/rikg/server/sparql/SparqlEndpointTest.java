package org.w3id.rikg.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.RunningServer.encode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.ServerExtension;
import org.w3id.rikg.server.support.RunningServer.FixtureBundle;

/**
 * SPARQL 1.1 over HTTP against the real application: every result format, every way to send a query,
 * the union default graph, errors and the query timeout.
 */
class SparqlEndpointTest {

    private static final String PEOPLE = "https://example.org/graph/people";
    private static final String NUMBERS = "https://example.org/graph/numbers";
    private static final String SELECT = "SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name";
    private static final String CONSTRUCT = "CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?name } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name }";

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            numbers.append("<urn:n:").append(i).append("> <urn:p:value> ").append(i).append(" .\n");
        }
        FixtureBundle bundle = new FixtureBundle(tmp.resolve("bundle"))
                .graph(PEOPLE, "people.ttl", """
                        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                        <urn:x:antje> foaf:name "Antje" .
                        <urn:x:klaus> foaf:name "Klaus" .
                        """)
                .graph(NUMBERS, "numbers.ttl", numbers.toString());
        return RunningServer.start(tmp.resolve("store"), Map.of(
                "rikg.store.manifests", bundle.pattern(),
                "rikg.sparql.timeout", "2s"));
    });

    static Stream<Arguments> selectFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", ResultSetLang.RS_JSON),
                Arguments.of("application/sparql-results+xml", ResultSetLang.RS_XML),
                Arguments.of("text/csv", ResultSetLang.RS_CSV),
                Arguments.of("text/tab-separated-values", ResultSetLang.RS_TSV));
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @MethodSource("selectFormats")
    void selectAnswersInEveryResultFormat(String accept, Lang lang) {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(SELECT), accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        assertThat(names(response.body(), lang)).containsExactly("Antje", "Klaus");
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(
                Arguments.of("text/turtle", Lang.TURTLE),
                Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/rdf+xml", Lang.RDFXML),
                Arguments.of("application/n-triples", Lang.NTRIPLES));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @MethodSource("graphFormats")
    void constructAnswersInEveryRdfFormat(String accept, Lang lang) {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(CONSTRUCT), accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(graph);
        assertThat(graph.size()).isEqualTo(2);
    }

    @Test
    void describeAnswersTurtle() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("DESCRIBE <urn:x:antje>"), "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Antje");
    }

    @Test
    void postFormAndPostSparqlQueryGiveTheSameAnswer() {
        HttpResponse<String> form = server.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(SELECT), "application/sparql-results+json");
        HttpResponse<String> direct = server.post("/sparql", "application/sparql-query", SELECT,
                "application/sparql-results+json");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(names(form.body(), ResultSetLang.RS_JSON)).containsExactly("Antje", "Klaus");
        assertThat(names(direct.body(), ResultSetLang.RS_JSON)).containsExactly("Antje", "Klaus");
    }

    @Test
    void askAnswersTrueAndFalse() {
        HttpResponse<String> yes = server.get("/sparql?query=" + encode("ASK { ?s <http://xmlns.com/foaf/0.1/name> \"Antje\" }"),
                "application/sparql-results+json");
        HttpResponse<String> no = server.get("/sparql?query=" + encode("ASK { ?s <http://xmlns.com/foaf/0.1/name> \"Nobody\" }"),
                "application/sparql-results+json");

        assertThat(yes.body()).contains("true");
        assertThat(no.body()).contains("false");
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?s IN (<urn:x:antje>, <urn:n:1>)) }";
        HttpResponse<String> response = server.get("/sparql?query=" + encode(query), "text/csv");

        assertThat(response.body().lines().toList()).containsExactly("n", "2");
    }

    @Test
    void eachSourceStaysInItsOwnNamedGraph() {
        String query = "SELECT ?g WHERE { GRAPH ?g { <urn:x:antje> ?p ?o } }";
        HttpResponse<String> response = server.get("/sparql?query=" + encode(query), "text/csv");

        assertThat(response.body().lines().toList()).containsExactly("g", PEOPLE);
    }

    @Test
    void aMalformedQueryGets400WithTheParserMessage() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("SELECT * WHERE { ?s ?p }"), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Parse error").contains("line 1");
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeoutAndTheServerKeepsServing() {
        // 300^4 rows to count: far longer than the 2 s timeout.
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:p:value> ?x . ?b <urn:p:value> ?y . ?c <urn:p:value> ?z . ?d <urn:p:value> ?w }";
        long start = System.nanoTime();
        HttpResponse<String> response = server.get("/sparql?query=" + encode(runaway), "application/sparql-results+json");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).containsIgnoringCase("timed out");
        assertThat(seconds).isLessThan(30);

        HttpResponse<String> after = server.get("/sparql?query=" + encode(SELECT), "application/sparql-results+json");
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void graphStoreProtocolReadsANamedGraph() {
        HttpResponse<String> response = server.get("/data?graph=" + encode(PEOPLE), "application/n-triples");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(2);
        assertThat(response.body()).contains("\"Klaus\"");
    }

    @Test
    void graphStoreProtocolIsReadOnly() {
        HttpResponse<String> response = server.post("/data?graph=" + encode(PEOPLE), "text/turtle",
                "<urn:x:eve> <http://xmlns.com/foaf/0.1/name> \"Eve\" .", null);

        assertThat(response.statusCode()).isBetween(400, 499);
        HttpResponse<String> check = server.get("/sparql?query=" + encode(SELECT), "text/csv");
        assertThat(check.body()).doesNotContain("Eve");
    }

    @Test
    void sparqlUpdateIsNotOffered() {
        HttpResponse<String> response = server.post("/sparql", "application/sparql-update",
                "INSERT DATA { <urn:x:eve> <http://xmlns.com/foaf/0.1/name> \"Eve\" }", null);

        assertThat(response.statusCode()).isBetween(400, 499);
        HttpResponse<String> check = server.get("/sparql?query=" + encode(SELECT), "text/csv");
        assertThat(check.body()).doesNotContain("Eve");
    }

    private static List<String> names(String body, Lang lang) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        List<String> names = new ArrayList<>();
        results.forEachRemaining(row -> names.add(row.get("name").toString().replace("\"", "")));
        return names;
    }
}
