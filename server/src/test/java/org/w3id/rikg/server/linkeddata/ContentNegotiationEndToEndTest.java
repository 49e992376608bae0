package org.w3id.rikg.server.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.w3id.rikg.server.support.LinkedDataFixture;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * The conneg matrix, data-driven from {@code linkeddata/conneg-matrix.csv}: each request path and
 * Accept header to the expected status and, for 303, the document it redirects to.
 */
class ContentNegotiationEndToEndTest {

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> LinkedDataFixture.start(tmp));

    @Test
    void crossOriginRequestsKeepBothVaryHeaders() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/id/district/12061"))
                .header("Accept", "text/turtle").header("Origin", "https://example.org").build());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        String vary = String.join(",", response.headers().allValues("Vary"));
        assertThat(vary).contains("Accept").contains("Origin");
    }

    @ParameterizedTest(name = "{0} Accept: {1} -> {2} {3}")
    @CsvFileSource(resources = "/linkeddata/conneg-matrix.csv", numLinesToSkip = 1, delimiter = '|', nullValues = "-")
    void acceptHeaderDecidesTheAnswer(String path, String accept, int status, String location, String contentType) {
        HttpResponse<String> response = server.get(path, accept);

        assertThat(response.statusCode()).isEqualTo(status);
        if (location != null) {
            assertThat(response.headers().firstValue("Location")).hasValue(location);
        } else {
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
        if (contentType != null) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith(contentType));
        }
        if (status == 303 || (status == 406 && !path.contains("."))) {
            assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
        }
    }
}
