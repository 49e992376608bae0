package org.w3id.rikg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.rikg.server.support.LinkedDataFixture;
import org.w3id.rikg.server.support.ServerExtension;

/** Errors of documents and the API are application/problem+json that says what was wrong, never a stack trace. */
class ProblemsEndToEndTest {

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(LinkedDataFixture::start);

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "GET|/id/district/99999|text/turtle|404|RIKG knows nothing about https://w3id.org/rikg/id/district/99999",
            "GET|/id/district/99999.ttl||404|RIKG knows nothing about",
            "GET|/id/district/12061|image/png|406|Available: text/turtle",
            "GET|/.well-known/void.pdf||404|Available: void.ttl",
            "GET|/.well-known/void|image/png|406|None of the types in your Accept header",
            "GET|/dumps/rikg.zip||404|Dumps: [/dumps/rikg.nq.gz",
            "DELETE|/id/district/12061||405|"})
    void errorsAreProblems(String method, String path, String accept, int status, String detail) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = server.send(request.build());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo(path);
        if (detail != null) {
            assertThat(problem.getString("detail")).contains(detail);
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain(".java:");
    }
}
