package org.w3id.rikg.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.rikg.server.support.Rdf4j;
import org.w3id.rikg.server.support.RunningServer;

/**
 * The dataset description at {@code /.well-known/void} against the real application: it parses with
 * Jena and with RDF4J to the same graph in every format, its statistics are those of the fixture, it
 * carries the sources' metadata and DCAT-AP.de distributions, its service URLs follow the request.
 */
class DatasetDescriptionEndToEndTest {

    private static final String DATASET = DatasetFixture.BASE + "dataset";
    private static final String DCATDE = "http://dcat-ap.de/def/dcatde/";

    @TempDir
    static Path tmp;

    static RunningServer server;
    static Graph description;

    @BeforeAll
    static void start() throws IOException {
        server = DatasetFixture.start(tmp, Map.of());
        HttpResponse<String> response = server.get("/.well-known/void", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        description = jena(response.body(), Lang.TURTLE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("text/turtle", Lang.TURTLE, RDFFormat.TURTLE),
                Arguments.of("application/ld+json", Lang.JSONLD, RDFFormat.JSONLD),
                Arguments.of("application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML),
                Arguments.of("application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void parsesWithJenaAndRdf4jToTheSameGraph(String accept, Lang lang, RDFFormat rdf4jFormat) {
        HttpResponse<String> response = server.get("/.well-known/void", accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        String body = response.body();
        Graph byJena = jena(body, lang);
        Graph byRdf4j = Rdf4j.toGraph(Rdf4j.parse(body.getBytes(StandardCharsets.UTF_8), rdf4jFormat, server.baseUrl()));

        assertThat(byJena.size()).isGreaterThan(50);
        assertThat(byRdf4j.isIsomorphicWith(byJena)).as("RDF4J and Jena read the same graph").isTrue();
        assertThat(byJena.isIsomorphicWith(description)).as("same graph as the Turtle").isTrue();
    }

    @Test
    void statisticsAreThoseOfTheData() {
        Node dataset = uri(DATASET);

        assertThat(integer(dataset, VOID.triples.asNode())).isEqualTo(DatasetFixture.DISTINCT_TRIPLES);
        assertThat(integer(dataset, VOID.entities.asNode())).isEqualTo(DatasetFixture.ENTITIES);

        Map<String, Long> perClass = new HashMap<>();
        objects(dataset, VOID.classPartition.asNode()).forEach(partition ->
                perClass.put(single(partition, VOID._class.asNode()).getURI(), integer(partition, VOID.entities.asNode())));
        assertThat(perClass).isEqualTo(DatasetFixture.ENTITIES_PER_CLASS);

        Map<String, Long> perGraph = new HashMap<>();
        objects(dataset, VOID.subset.asNode()).forEach(subset ->
                perGraph.put(subset.getURI(), integer(subset, VOID.triples.asNode())));
        Map<String, Long> expected = new HashMap<>(DatasetFixture.TRIPLES_PER_GRAPH);
        // The load log: four records of four triples, and its own description.
        expected.put(org.w3id.rikg.server.store.BundleLoader.LOAD_GRAPH, 4L * 4 + 7);
        assertThat(perGraph).as("every named graph, the load log included").isEqualTo(expected);
    }

    @Test
    void vocabulariesAreThoseUsed() {
        assertThat(objects(uri(DATASET), VOID.vocabulary.asNode()).stream().map(Node::getURI))
                .containsExactlyInAnyOrder(
                        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                        "http://www.w3.org/2000/01/rdf-schema#",
                        "http://www.w3.org/2002/07/owl#",
                        "https://w3id.org/rikg/ontology/",
                        "http://purl.org/dc/terms/",
                        "http://www.w3.org/ns/prov#");
    }

    @Test
    void eachSourceCarriesWhatTheMetadataGraphSays() {
        Node destatis = uri(DatasetFixture.DESTATIS);

        assertThat(objects(destatis, RDF.type.asNode())).contains(VOID.Dataset.asNode(), DCAT.Dataset.asNode());
        assertThat(objects(destatis, DCTerms.license.asNode())).containsExactly(uri("https://www.govdata.de/dl-de/by-2-0"));
        assertThat(objects(destatis, DCTerms.source.asNode()))
                .as("DCAT-AP reads dct:source as another dcat:Dataset; sources are documents (prov:wasDerivedFrom)")
                .isEmpty();
        assertThat(objects(destatis, DCTerms.title.asNode()).stream().map(Node::getLiteralLanguage))
                .containsExactlyInAnyOrder("de", "en");
        assertThat(objects(uri(DatasetFixture.PRESS), DCTerms.license.asNode()))
                .containsExactly(uri("https://creativecommons.org/licenses/by/4.0/"));
    }

    @Test
    void titleDescriptionPublisherAndLicence() {
        Node dataset = uri(DATASET);

        assertThat(objects(dataset, RDF.type.asNode())).contains(VOID.Dataset.asNode(), DCAT.Dataset.asNode());
        assertThat(objects(dataset, DCTerms.title.asNode()).stream().map(Node::getLiteralLanguage)).containsExactlyInAnyOrder("de", "en");
        assertThat(objects(dataset, DCTerms.description.asNode()).stream().map(Node::getLiteralLanguage)).containsExactlyInAnyOrder("de", "en");
        assertThat(objects(dataset, DCTerms.license.asNode())).containsExactly(uri("https://creativecommons.org/licenses/by/4.0/"));
        Node publisher = single(dataset, DCTerms.publisher.asNode());
        assertThat(objects(publisher, uri("http://xmlns.com/foaf/0.1/name"))).hasSize(1);
        assertThat(objects(dataset, uri(DCATDE + "licenseAttributionByText"))).isNotEmpty();
        assertThat(single(dataset, VOID.uriSpace.asNode()).getLiteralLexicalForm()).isEqualTo(DatasetFixture.BASE);
        assertThat(objects(dataset, DCTerms.modified.asNode())).hasSize(1);
    }

    @Test
    void endpointAndDumpsAreAbsoluteUrlsOfThisServer() {
        Node dataset = uri(DATASET);

        assertThat(objects(dataset, VOID.sparqlEndpoint.asNode())).containsExactly(uri(server.baseUrl() + "/sparql"));
        assertThat(objects(dataset, VOID.dataDump.asNode())).containsExactlyInAnyOrder(
                uri(server.baseUrl() + "/dumps/rikg.nq.gz"), uri(server.baseUrl() + "/dumps/rikg.trig.gz"));
        Node service = single(uri(DATASET + "#sparql-service"), DCAT.endpointURL.asNode());
        assertThat(service).isEqualTo(uri(server.baseUrl() + "/sparql"));
        assertThat(objects(uri(DATASET + "#sparql-service"), RDF.type.asNode())).contains(DCAT.DataService.asNode());
    }

    @Test
    void dumpsAreDcatApDeDistributions() {
        List<Node> distributions = objects(uri(DATASET), DCAT.distribution.asNode());
        assertThat(distributions).hasSize(3);

        Node nquads = uri(DATASET + "#dump-nquads");
        assertThat(distributions).contains(nquads, uri(DATASET + "#dump-trig"));
        assertThat(objects(nquads, DCAT.downloadURL.asNode())).containsExactly(uri(server.baseUrl() + "/dumps/rikg.nq.gz"));
        assertThat(objects(nquads, DCAT.mediaType.asNode()))
                .containsExactly(uri("https://www.iana.org/assignments/media-types/application/n-quads"));
        assertThat(objects(nquads, DCAT.compressFormat.asNode()))
                .containsExactly(uri("https://www.iana.org/assignments/media-types/application/gzip"));
        for (Node distribution : distributions) {
            assertThat(objects(distribution, DCTerms.license.asNode()))
                    .containsExactly(uri("http://dcat-ap.de/def/licenses/cc-by/4.0"));
            assertThat(objects(distribution, DCAT.accessURL.asNode())).hasSize(1);
        }
    }

    @Test
    void behindAProxyTheUrlsAreThoseOfTheProxy() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/.well-known/void"))
                .header("Accept", "application/n-triples")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "data.example.org")
                .header("X-Forwarded-Port", "443")
                .GET().build();
        Graph graph = jena(server.send(request).body(), Lang.NTRIPLES);

        assertThat(graph.find(uri(DATASET), VOID.sparqlEndpoint.asNode(), Node.ANY).toList())
                .extracting(Triple::getObject).containsExactly(uri("https://data.example.org/sparql"));
        assertThat(graph.contains(uri(DATASET), RDF.type.asNode(), VOID.Dataset.asNode()))
                .as("URIs under the base do not follow the request").isTrue();
    }

    @Test
    void aBrowserGetsThePageInGermanFirst() {
        HttpResponse<String> response = server.get("/.well-known/void",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"de\"").contains("Aus dem Datenbestand berechnet")
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"void.ttl\">")
                .doesNotContain("void.trig");
        assertThat(server.get("/.well-known/void", "*/*").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    }

    @Test
    void eachFormatHasItsOwnDocument() {
        Graph turtle = GraphFactory.createDefaultGraph();
        RDFParser.fromString(server.get("/.well-known/void.ttl", null).body(), Lang.TURTLE).parse(turtle);
        Graph ntriples = GraphFactory.createDefaultGraph();
        RDFParser.fromString(server.get("/.well-known/void.nt", "text/html").body(), Lang.NTRIPLES).parse(ntriples);

        assertThat(turtle.isIsomorphicWith(ntriples)).isTrue();
        assertThat(turtle.contains(uri(DATASET), RDF.type.asNode(), VOID.Dataset.asNode())).isTrue();
        assertThat(server.get("/.well-known/void.html?lang=en", null).body()).contains("Computed from the store");
        HttpResponse<String> missing = server.get("/.well-known/void.trig", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("void.ttl");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"image/png", "application/json;q=0", "text/turtle;q=0, */*;q=0"})
    void anUnservableAcceptGets406ListingWhatIsOffered(String accept) {
        HttpResponse<String> response = server.get("/.well-known/void", accept);

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        assertThat(response.body()).contains("text/turtle", "application/ld+json", "application/rdf+xml",
                "application/n-triples");
    }

    @Test
    void headGivesTheHeadersOnly() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/.well-known/void"))
                .header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void theDatasetIriSeesOtherToTheDescription() {
        HttpResponse<String> response = server.get("/dataset", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/.well-known/void"));
    }

    private static Graph jena(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(server.baseUrl()).parse(graph);
        return graph;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static List<Node> objects(Node subject, Node predicate) {
        return description.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node single(Node subject, Node predicate) {
        List<Node> objects = objects(subject, predicate);
        assertThat(objects).as("%s %s", subject, predicate).hasSize(1);
        return objects.get(0);
    }

    private static long integer(Node subject, Node predicate) {
        return Long.parseLong(single(subject, predicate).getLiteralLexicalForm());
    }

    @SuppressWarnings("unused")
    private static Set<String> uris(List<Node> nodes) {
        return nodes.stream().map(Node::getURI).collect(Collectors.toSet());
    }
}
