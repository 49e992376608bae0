package org.w3id.rikg.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.RunningServer.encode;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * The {@code format=}/{@code output=} values SPARQL clients send (SPARQLWrapper's RDF/XML and N3 modes
 * among them) choose the format Fuseki writes; unknown values are ignored and {@code Accept} decides.
 */
class OutputParameterTest {

    private static final String SELECT = "SELECT ?name { ?p <http://xmlns.com/foaf/0.1/name> ?name }";
    private static final String CONSTRUCT = "CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?name } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name }";

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> HostileFixture.start(tmp, Map.of()));

    @ParameterizedTest(name = "{0}={1} for {2}")
    @CsvSource({
            "format, xml, SELECT, application/sparql-results+xml",
            "format, json, SELECT, application/sparql-results+json",
            "output, application/sparql-results+json, SELECT, application/sparql-results+json",
            "format, csv, SELECT, text/csv",
            "format, rdf+xml, CONSTRUCT, application/rdf+xml",
            "format, rdf, CONSTRUCT, application/rdf+xml",
            "format, n3, CONSTRUCT, text/turtle",
            "format, turtle, CONSTRUCT, text/turtle",
            "output, json-ld, CONSTRUCT, application/ld+json",
            "format, no-such-format, SELECT, text/tab-separated-values"})
    void theParameterChoosesTheFormat(String parameter, String value, String kind, String expected) {
        String query = kind.equals("SELECT") ? SELECT : CONSTRUCT;
        HttpResponse<String> response = server.get("/sparql?query=" + encode(query) + "&" + parameter + "="
                + encode(value), "text/tab-separated-values, text/turtle;q=0.5");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(expected));
        assertThat(response.body()).contains("Antje");
    }

    @ParameterizedTest(name = "POST form {0}={1}")
    @CsvSource({"format, rdf+xml, application/rdf+xml", "output, n3, text/turtle"})
    void postedFormsToo(String parameter, String value, String expected) {
        HttpResponse<String> response = server.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(CONSTRUCT) + "&" + parameter + "=" + encode(value), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(expected));
    }
}
