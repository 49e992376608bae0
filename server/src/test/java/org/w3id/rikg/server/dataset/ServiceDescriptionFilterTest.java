package org.w3id.rikg.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.RunningServer.encode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.rikg.server.dataset.DatasetFixture;
import org.w3id.rikg.server.store.BundleLoader;
import org.w3id.rikg.server.support.Rdf4j;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * The SPARQL 1.1 Service Description at {@code /sparql} against the real application, and that queries
 * still reach Fuseki.
 */
class ServiceDescriptionFilterTest {

    private static final String SD = ServiceDescriptionFilter.SD;

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> DatasetFixture.start(tmp, Map.of()));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle,TURTLE", "application/n-triples,NTRIPLES", "application/rdf+xml,RDFXML", "*/*,TURTLE"})
    void describesTheServiceInRdfReadTheSameByJenaAndRdf4j(String accept, String format) {
        HttpResponse<String> response = server.get("/sparql", accept);

        assertThat(response.statusCode()).isEqualTo(200);
        Lang lang = switch (format) {
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(lang.getContentType().getContentTypeStr()));
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        Graph byJena = parse(response.body(), lang);
        Graph byRdf4j = Rdf4j.toGraph(Rdf4j.parse(response.body().getBytes(StandardCharsets.UTF_8),
                switch (format) {
                    case "NTRIPLES" -> RDFFormat.NTRIPLES;
                    case "RDFXML" -> RDFFormat.RDFXML;
                    default -> RDFFormat.TURTLE;
                }, server.baseUrl()));
        assertThat(byRdf4j.isIsomorphicWith(byJena)).isTrue();
    }

    @Test
    void statesEndpointLanguageFormatsUnionDefaultGraphAndTheNamedGraphs() {
        Graph sd = parse(server.get("/sparql", "text/turtle").body(), Lang.TURTLE);
        Node service = sd.find(Node.ANY, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri(SD + "Service"))
                .next().getSubject();

        assertThat(objects(sd, service, "endpoint")).containsExactly(uri(server.baseUrl() + "/sparql"));
        assertThat(objects(sd, service, "supportedLanguage")).containsExactly(uri(SD + "SPARQL11Query"));
        assertThat(objects(sd, service, "feature")).contains(uri(SD + "UnionDefaultGraph"));
        assertThat(objects(sd, service, "resultFormat").stream().map(Node::getURI)).containsExactlyInAnyOrder(
                "http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
                "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
                "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD",
                "http://www.w3.org/ns/formats/RDF_XML", "http://www.w3.org/ns/formats/N-Triples");

        Node dataset = objects(sd, service, "defaultDataset").get(0);
        assertThat(objects(sd, dataset, "defaultGraph")).hasSize(1);
        Set<String> names = objects(sd, dataset, "namedGraph").stream()
                .map(entry -> objects(sd, entry, "name").get(0).getURI())
                .collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrder(DatasetFixture.ONTOLOGY, DatasetFixture.DESTATIS,
                DatasetFixture.PRESS, DatasetFixture.META, BundleLoader.LOAD_GRAPH);
    }

    @Test
    void aBrowserGetsAPageWithAQueryForm() {
        HttpResponse<String> response = server.get("/sparql",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("<form", "name=\"query\"", "method=\"get\"", "SPARQL", "Anfrage", "Grenzen");
        assertThat(server.get("/sparql?lang=en", "text/html").body()).as("the page template, in English")
                .contains("Send queries by GET or POST", "Limits");

        HttpResponse<String> submitted = server.get("/sparql?query=" + encode("ASK {}") + "&format=csv",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(submitted.statusCode()).as("what the form sends reaches Fuseki").isEqualTo(200);
        assertThat(submitted.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    }

    @Test
    void anUnservableAcceptGets406() {
        HttpResponse<String> response = server.get("/sparql", "image/png");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("text/turtle", "text/html");
    }

    @Test
    void headGivesTheHeadersOnly() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql"))
                .header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void queriesStillReachFuseki() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/rikg/id/land/12> ?p ?o }";

        HttpResponse<String> get = server.get("/sparql?query=" + encode(query), "text/csv");
        HttpResponse<String> post = server.post("/sparql", "application/sparql-query", query, "text/csv");
        HttpResponse<String> form = server.post("/sparql", "application/x-www-form-urlencoded", "query=" + encode(query),
                "text/csv");

        assertThat(get.body().lines().toList()).containsExactly("n", "2");
        assertThat(post.body().lines().toList()).containsExactly("n", "2");
        assertThat(form.body().lines().toList()).containsExactly("n", "2");
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(server.baseUrl()).parse(graph);
        return graph;
    }

    private static java.util.List<Node> objects(Graph graph, Node subject, String sdTerm) {
        return graph.find(subject, uri(SD + sdTerm), Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
