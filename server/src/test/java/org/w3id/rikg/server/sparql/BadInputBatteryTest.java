package org.w3id.rikg.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.rikg.server.store.GraphStore;
import org.w3id.rikg.server.support.LoopbackListener;
import org.w3id.rikg.server.support.ServerExtension;
import org.w3id.rikg.server.support.StoreSnapshot;

/**
 * The bad-input battery: every hostile or malformed request in {@code hostile/bad-input.tsv} gets the
 * status the manifest names, no body shows a stack trace, the store is unchanged after each request (quad
 * count and hash), and no request made the server connect to the loopback listener the queries name.
 */
class BadInputBatteryTest {

    private static final Pattern REPEAT = Pattern.compile("\\[\\[(\\d+)\\*(.*?)]]");
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(|Exception:|\\.java:\\d+\\)");

    private static LoopbackListener listener;

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> HostileFixture.start(tmp, Map.of(
            "rikg.sparql.admission.max-concurrent-per-client", 8)));

    record Case(String name, String method, String path, String params, String contentType, String body,
                List<String> headers, int status, String absent) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void listen() throws IOException {
        listener = LoopbackListener.start();
    }

    @AfterAll
    static void noOutboundConnection() throws IOException {
        try {
            assertThat(listener.connections()).as("connections the server opened to the loopback listener").isZero();
        } finally {
            listener.close();
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = BadInputBatteryTest.class.getResourceAsStream("/hostile/bad-input.tsv")) {
            List<Case> cases = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                cases.add(new Case(f[0], f[1], f[2], dash(f[3]), dash(f[4]), dash(f[5]),
                        dash(f[6]) == null ? List.of() : List.of(f[6].split("\\|")), Integer.parseInt(f[7]), dash(f[8])));
            }
            assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithTheExpectedStatusAndChangesNothing(Case c) {
        DatasetGraph dataset = server.bean(GraphStore.class).embedded().orElseThrow();
        StoreSnapshot before = StoreSnapshot.of(dataset);

        HttpResponse<String> response = server.send(request(c));

        assertThat(response.statusCode()).as("%s: %s", c.name(), response.body()).isEqualTo(c.status());
        assertThat(response.body()).as("no stack trace").doesNotContainPattern(STACK_TRACE);
        if (c.status() >= 400 && c.status() != 405 && c.status() != 431 && c.status() != 414) {
            assertThat(response.body()).as("an error says what went wrong").isNotBlank();
        }
        if (c.absent() != null) {
            assertThat(response.body()).doesNotContain(c.absent());
        }
        assertThat(StoreSnapshot.of(dataset)).as("store unchanged").isEqualTo(before);
    }

    private static HttpRequest request(Case c) {
        boolean form = c.contentType() != null && c.contentType().startsWith("application/x-www-form-urlencoded");
        String encodedParams = c.params() == null ? null : Stream.of(expand(c.params()).split("&&"))
                .map(p -> {
                    int eq = p.indexOf('=');
                    return p.substring(0, eq) + "=" + URLEncoder.encode(p.substring(eq + 1), StandardCharsets.UTF_8);
                })
                .collect(Collectors.joining("&"));
        String body = c.body() != null ? expand(c.body()) : form ? encodedParams : null;
        String uri = server.baseUrl() + c.path()
                + (encodedParams != null && !(form && c.body() == null) ? "?" + encodedParams : "");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri));
        boolean chunked = false;
        for (String header : c.headers()) {
            if (header.equals("chunked")) {
                chunked = true;
                continue;
            }
            int colon = header.indexOf(':');
            builder.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
        }
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            publisher = chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        return builder.method(c.method(), publisher).build();
    }

    private static String expand(String template) {
        String text = template.replace("${listener}", Integer.toString(listener.port()));
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String dash(String field) {
        return field.equals("-") || field.isEmpty() ? null : field;
    }
}
