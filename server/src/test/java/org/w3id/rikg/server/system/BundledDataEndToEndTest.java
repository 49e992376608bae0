package org.w3id.rikg.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3id.rikg.server.store.LoadReport;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * The server as a newcomer runs it: the real bundled ontology and data, loaded on first start, answering
 * the questions the dataset was built for over HTTP.
 */
class BundledDataEndToEndTest {

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> RunningServer.start(tmp.resolve("store"), Map.of()));

    private static List<List<String>> select(String query) {
        HttpResponse<String> response = server.post("/sparql", "application/sparql-query", query, "text/tab-separated-values");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().lines().skip(1).map(line -> Arrays.asList(line.split("\t", -1))).toList();
    }

    @Test
    void theFirstStartLoadsTheOntologyAndEveryDataGraph() {
        LoadReport report = server.bean(LoadReport.class);

        assertThat(report.loaded()).extracting(LoadReport.GraphLoad::graphIri).contains(
                "https://w3id.org/rikg/graph/ontology", "https://w3id.org/rikg/graph/schemes",
                "https://w3id.org/rikg/graph/shapes", "https://w3id.org/rikg/graph/meta",
                "https://w3id.org/rikg/graph/destatis-gv-isys-2018", "https://w3id.org/rikg/graph/lds-2024-0189");
        assertThat(report.triplesLoaded()).isGreaterThan(8_000);
    }

    @Test
    void the14FoundingMembersWithTheirLandAndPopulation() throws IOException {
        List<List<String>> rows = select(ontologyQuery("02-founding-members-with-land-and-population.rq"));

        assertThat(rows).hasSize(14);
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("\"12061\"", "\"Brandenburg\"@de"));
        assertThat(rows).allSatisfy(row -> assertThat(row.get(5)).as("population").matches("\\d+"));
    }

    @Test
    void foundersInALandWithAnIntegrationLaw() {
        List<List<String>> rows = select("""
                PREFIX rikg: <https://w3id.org/rikg/ontology/>
                PREFIX org:  <http://www.w3.org/ns/org#>
                SELECT DISTINCT ?ags WHERE {
                  ?m org:organization <https://w3id.org/rikg/id/network/forum-integration-in-laendlichen-raeumen> ;
                     org:role <https://w3id.org/rikg/id/role/founding-member> ; org:member ?d .
                  ?d rikg:ags ?ags ; rikg:inLand ?land .
                  ?law rikg:appliesIn ?land ;
                       rikg:legalArea <https://w3id.org/rikg/id/legal-area/integration-and-participation> .
                } ORDER BY ?ags""");

        // Baden-Württemberg (Karlsruhe, Ravensburg), Bayern (Dachau, Coburg), Nordrhein-Westfalen (Lippe).
        assertThat(rows).extracting(row -> row.get(0))
                .containsExactly("\"05766\"", "\"08215\"", "\"08436\"", "\"09174\"", "\"09473\"");
    }

    @Test
    void theProgrammeCohortsAreKeptBySource() throws IOException {
        List<List<String>> rows = select(ontologyQuery("04-programme-cohorts-by-source.rq"));

        assertThat(rows).extracting(row -> row.get(0)).contains(
                "<https://w3id.org/rikg/graph/lds-2024-0189>", "<https://w3id.org/rikg/graph/p2>",
                "<https://w3id.org/rikg/graph/sdl2>");
    }

    @Test
    void everyStatementCanBeAskedWhoSaysSo() {
        List<List<String>> rows = select("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?graph ?source WHERE {
                  GRAPH ?graph { <https://w3id.org/rikg/id/district/12061> skos:hiddenLabel "Dahme-Spreeland"@de }
                  GRAPH <https://w3id.org/rikg/graph/meta> { ?graph dcterms:source ?source }
                }""");

        assertThat(rows).containsExactly(List.of("<https://w3id.org/rikg/graph/lds-2024-0189>",
                "<https://w3id.org/rikg/id/source/lds-2024-0189>"));
    }

    static Stream<String> ontologyQueries() throws IOException {
        Resource[] queries = new PathMatchingResourcePatternResolver().getResources("classpath*:rikg/ontology/queries/*.rq");
        return Arrays.stream(queries).map(Resource::getFilename).sorted();
    }

    @ParameterizedTest(name = "{0} answers over HTTP")
    @MethodSource("ontologyQueries")
    void everyDocumentedQueryAnswersOverHttp(String name) throws IOException {
        assertThat(select(ontologyQuery(name))).isNotEmpty();
    }

    @Test
    void theOntologyShipsItsQueries() throws IOException {
        assertThat(ontologyQueries()).hasSizeGreaterThanOrEqualTo(10);
    }

    private static String ontologyQuery(String name) throws IOException {
        try (InputStream in = BundledDataEndToEndTest.class.getClassLoader()
                .getResourceAsStream("rikg/ontology/queries/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
