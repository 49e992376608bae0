package org.w3id.rikg.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.RunningServer.encode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.rikg.server.dataset.DatasetFixture;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.ServerExtension;

/** CORS against the real application: simple requests from another origin, and SPARQL's preflight. */
class CrossOriginConfigurationTest {

    private static final String ORIGIN = "https://client.example.org";

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> DatasetFixture.start(tmp, Map.of()));

    @ParameterizedTest
    @ValueSource(strings = {
            "/sparql?query=ASK%7B%7D",
            "/sparql",
            "/data?graph=https%3A%2F%2Fw3id.org%2Frikg%2Fgraph%2Fmeta",
            "/.well-known/void",
            "/dumps/rikg.nq.gz",
            "/context.jsonld",
            "/id/district/12061",
            "/id/district/12061.ttl",
            "/ontology"})
    void aGetFromAnotherOriginMayReadTheAnswer(String path) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Origin", ORIGIN).header("Accept", "text/turtle").GET().build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        assertThat(String.join(",", response.headers().allValues("Access-Control-Expose-Headers")))
                .contains("ETag", "Link", "Location", "Vary", "Content-Location", "Content-Disposition");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPreflightForAPostedQuerySucceeds() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql"))
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, accept")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
        assertThat(String.join(",", response.headers().allValues("Access-Control-Allow-Headers")).toLowerCase())
                .contains("content-type");
    }

    @Test
    void thePostedQueryIsAnsweredWithCorsHeaders() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql"))
                .header("Origin", ORIGIN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode("ASK {}"))).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void dataIsReadOnlyAcrossOrigins() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data"))
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
