package org.w3id.rikg.server.linkeddata;

import org.w3id.rikg.server.web.DescriptionWriter;
import org.w3id.rikg.server.web.LinkedDataProperties;
import org.w3id.rikg.server.web.Namespaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.LinkedDataFixture.DESTATIS;
import static org.w3id.rikg.server.support.LinkedDataFixture.DISTRICT;
import static org.w3id.rikg.server.support.LinkedDataFixture.PRESS;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.rikg.server.support.Rdf4j;
import org.w3id.rikg.server.support.LinkedDataFixture;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * Every served document parses with RDF4J, a toolkit independent of Jena, and is isomorphic to the
 * description Jena holds; JSON-LD expands with the published context; the HTML page shows labels and
 * sources in the reader's language.
 */
class ResourceDocumentsEndToEndTest {

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> LinkedDataFixture.start(tmp));

    private static DatasetGraph jenaDescription() {
        return server.bean(ResourceDescriber.class).describe(DISTRICT).orElseThrow();
    }

    private static Graph jenaTriples() {
        return DescriptionWriter.triples(jenaDescription(), Namespaces.prefixMap(LinkedDataProperties.DEFAULT_BASE_URI));
    }

    /** The served statements without the document's description of itself (see documentsDescribeThemselves). */
    static Graph withoutDocument(Graph served) {
        Graph copy = GraphFactory.createDefaultGraph();
        served.find().forEachRemaining(t -> {
            if (!(t.getSubject().isURI() && t.getSubject().getURI().matches(".*\\.(ttl|rdf|nt|jsonld|trig|nq)$"))) {
                copy.add(t);
            }
        });
        return copy;
    }

    static DatasetGraph withoutDocument(DatasetGraph served) {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        served.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                copy.add(q);
            }
        });
        return copy;
    }

    @ParameterizedTest(name = "{0} describes itself")
    @MethodSource("allDocuments")
    void documentsDescribeThemselves(String document, RDFFormat format) {
        Graph served = GraphFactory.createDefaultGraph();
        if (format == RDFFormat.TRIG || format == RDFFormat.NQUADS) {
            // The document's description of itself is in the default graph.
            Rdf4j.toDataset(Rdf4j.parse(body("/id/district/" + document), format, DISTRICT)).getDefaultGraph()
                    .find().forEachRemaining(served::add);
        } else {
            served = Rdf4j.toGraph(Rdf4j.parse(body("/id/district/" + document), format, DISTRICT));
        }
        Node doc = NodeFactory.createURI(DISTRICT + document.substring(document.indexOf('.')));

        assertThat(served.contains(doc, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"),
                NodeFactory.createURI(DISTRICT))).isTrue();
        assertThat(served.contains(doc, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/"))).isTrue();
        assertThat(served.contains(doc, NodeFactory.createURI("http://rdfs.org/ns/void#inDataset"),
                NodeFactory.createURI("https://w3id.org/rikg/dataset"))).isTrue();
        assertThat(served.contains(doc, NodeFactory.createURI("http://purl.org/dc/terms/modified"), Node.ANY)).isTrue();
    }

    static Stream<Arguments> allDocuments() {
        return Stream.of(
                Arguments.of("12061.ttl", RDFFormat.TURTLE), Arguments.of("12061.rdf", RDFFormat.RDFXML),
                Arguments.of("12061.nt", RDFFormat.NTRIPLES), Arguments.of("12061.jsonld", RDFFormat.JSONLD),
                Arguments.of("12061.trig", RDFFormat.TRIG), Arguments.of("12061.nq", RDFFormat.NQUADS));
    }

    private static byte[] body(String path) {
        HttpResponse<byte[]> response = server.sendForBytes(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    static Stream<Arguments> tripleDocuments() {
        return Stream.of(
                Arguments.of("12061.ttl", RDFFormat.TURTLE),
                Arguments.of("12061.rdf", RDFFormat.RDFXML),
                Arguments.of("12061.nt", RDFFormat.NTRIPLES));
    }

    @ParameterizedTest(name = "{0} parses with RDF4J and is isomorphic to Jena's description")
    @MethodSource("tripleDocuments")
    void tripleDocumentsAreIsomorphicToTheDescription(String document, RDFFormat format) {
        Graph served = Rdf4j.toGraph(Rdf4j.parse(body("/id/district/" + document), format, DISTRICT));

        assertThat(withoutDocument(served).isIsomorphicWith(jenaTriples())).isTrue();
    }

    @ParameterizedTest(name = "{0} keeps the source graph of every statement")
    @MethodSource("quadDocuments")
    void quadDocumentsKeepTheSourceOfEveryStatement(String document, RDFFormat format) {
        DatasetGraph served = Rdf4j.toDataset(Rdf4j.parse(body("/id/district/" + document), format, DISTRICT));

        assertThat(IsoMatcher.isomorphic(withoutDocument(served), jenaDescription())).isTrue();
        Node district = NodeFactory.createURI(DISTRICT);
        assertThat(served.contains(NodeFactory.createURI(PRESS), district, SKOS.altLabel.asNode(),
                NodeFactory.createLiteralLang("Dahme-Spreeland", "de"))).isTrue();
        assertThat(served.contains(NodeFactory.createURI(DESTATIS), district, SKOS.altLabel.asNode(), Node.ANY)).isFalse();
    }

    static Stream<Arguments> quadDocuments() {
        return Stream.of(
                Arguments.of("12061.trig", RDFFormat.TRIG),
                Arguments.of("12061.nq", RDFFormat.NQUADS));
    }

    @Test
    void jsonLdParsesOfflineWithThePublishedContextEmbedded() {
        String served = new String(body("/id/district/12061.jsonld"), StandardCharsets.UTF_8);
        JsonObject document = Json.createReader(new StringReader(served)).readObject();
        JsonObject context = Json.createReader(new StringReader(
                new String(body("/context.jsonld"), StandardCharsets.UTF_8))).readObject();
        assertThat(document.get("@context")).as("the published context, embedded").isEqualTo(context.get("@context"));

        // RDF4J parses the served bytes as they are: nothing to fetch.
        Graph expanded = Rdf4j.toGraph(Rdf4j.parse(served.getBytes(StandardCharsets.UTF_8), RDFFormat.JSONLD, DISTRICT));
        assertThat(withoutDocument(expanded).isIsomorphicWith(jenaTriples())).isTrue();
        assertThat(served).as("compacted with the context's prefixes").contains("rikg:inLand");
    }

    @Test
    void theContextIsServedAsJsonToo() {
        java.net.http.HttpResponse<String> asJson = server.get("/context.jsonld", "application/json");
        assertThat(asJson.statusCode()).isEqualTo(200);
        assertThat(asJson.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(Json.createReader(new StringReader(asJson.body())).readObject().getJsonObject("@context")
                .getString("rikg")).isEqualTo("https://w3id.org/rikg/ontology/");
    }

    @Test
    void theDescriptionHoldsLabelsOfLinkedResourcesAndProperties() {
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(body("/id/district/12061.ttl"), StandardCharsets.UTF_8), Lang.TURTLE).parse(served);

        String turtle = new String(body("/id/district/12061.ttl"), StandardCharsets.UTF_8);
        assertThat(turtle).contains("\"Brandenburg\"@de").contains("\"liegt im Land\"@de");
        assertThat(served.size()).isGreaterThan(8);
    }

    @Test
    void incomingLinksAreDescribed() {
        String turtle = new String(body("/id/land/12.nt"), StandardCharsets.UTF_8);

        assertThat(turtle).contains("<https://w3id.org/rikg/id/district/12062> <https://w3id.org/rikg/ontology/inLand> <https://w3id.org/rikg/id/land/12>");
        assertThat(turtle).contains("\"Landkreis Elbe-Elster\"@de");
    }

    @Test
    void htmlPageIsGermanFirstWithLabelsSourcesAndAlternates() {
        String html = server.get("/id/district/12061.html", "text/html").body();

        assertThat(html).contains("<title>Landkreis Dahme-Spreewald – RIKG</title>");
        assertThat(html).contains("<html lang=\"de\"");
        assertThat(html).contains("liegt im Land").contains("Brandenburg");
        assertThat(html).contains("href=\"/id/land/12\"");
        assertThat(html).contains("Pressemitteilung 2024/0189 des Landkreises Dahme-Spreewald");
        assertThat(html).contains("Kreise nach Destatis GV-ISys (2018-12-31)");
        assertThat(html).contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"12061.ttl\">");
        assertThat(html).contains("Dahme-Spreeland").contains(">Namensvariante<");
    }

    @Test
    void htmlPageSpeaksEnglishOnRequest() {
        String byParameter = server.get("/id/district/12061.html?lang=en", "text/html").body();
        HttpResponse<String> byHeader = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/id/district/12061.html"))
                .header("Accept-Language", "en-GB,en;q=0.9,de;q=0.5").build());

        for (String html : new String[] {byParameter, byHeader.body()}) {
            assertThat(html).contains("<html lang=\"en\"").contains("lies in Land").contains("Statements");
            assertThat(html).contains("Press release 2024/0189 of Landkreis Dahme-Spreewald");
        }
        assertThat(byHeader.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
    }

    @Test
    void ontologyServesItsDocumentationAndTheWholeOntology() {
        String html = server.get("/ontology.html", "text/html").body();
        assertThat(html).contains("RIKG-Ontologie").contains("rikg:District").contains("Ein Kreis als Gebietskörperschaft.")
                .contains("A district as a territorial authority.").contains("1.0.0").contains(">Klasse</small>");

        Graph served = Rdf4j.toGraph(Rdf4j.parse(body("/ontology.ttl"), RDFFormat.TURTLE, "https://w3id.org/rikg/ontology"));
        Graph fixture = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(LinkedDataFixture.read("ontology.ttl"), Lang.TURTLE).parse(fixture);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(withoutDocument(served).isIsomorphicWith(fixture)).isTrue();
    }

    @ParameterizedTest(name = "ontology.{0} parses with RDF4J and holds the whole ontology")
    @MethodSource("ontologyDocuments")
    void theOntologyIsServedInEveryRdfFormat(String extension, RDFFormat format) throws IOException {
        byte[] served = body("/ontology." + extension);
        Graph fixture = GraphFactory.createDefaultGraph();
        RDFParser.fromString(LinkedDataFixture.read("ontology.ttl"), Lang.TURTLE).parse(fixture);

        Graph parsed = format == RDFFormat.TRIG || format == RDFFormat.NQUADS
                ? Rdf4j.toDataset(Rdf4j.parse(served, format, "https://w3id.org/rikg/ontology")).getUnionGraph()
                : Rdf4j.toGraph(Rdf4j.parse(served, format, "https://w3id.org/rikg/ontology"));
        assertThat(withoutDocument(parsed).isIsomorphicWith(fixture)).isTrue();
    }

    static Stream<Arguments> ontologyDocuments() {
        return Stream.of(Arguments.of("ttl", RDFFormat.TURTLE), Arguments.of("jsonld", RDFFormat.JSONLD),
                Arguments.of("rdf", RDFFormat.RDFXML), Arguments.of("nt", RDFFormat.NTRIPLES),
                Arguments.of("trig", RDFFormat.TRIG), Arguments.of("nq", RDFFormat.NQUADS));
    }

    @Test
    void turtleDeclaresOnlyThePrefixesItUses() {
        String turtle = new String(body("/id/district/12061.ttl"), StandardCharsets.UTF_8);

        assertThat(turtle).contains("PREFIX rikg:").contains("PREFIX skos:").doesNotContain("PREFIX eli:")
                .doesNotContain("PREFIX spdx:");
    }

    @Test
    void documentsLinkTheirAlternates() {
        HttpResponse<String> response = server.get("/id/district/12061.ttl", null);

        assertThat(response.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("<12061.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"")
                .contains("<12061.html>; rel=\"alternate\"; type=\"text/html\""));
    }
}
