package org.w3id.rikg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.rikg.server.support.LinkedDataFixture;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * HTTP-level hardening over real HTTP: security headers on pages, a deadline for request heads, and the
 * Jetty that runs is the Jetty the build pins.
 */
class HttpHardeningEndToEndTest {

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> LinkedDataFixture.start(tmp,
            Map.of("rikg.http.request-header-timeout", "1s")));

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> page = server.get("/", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aConnectionThatSendsItsHeadersTooSlowlyIsClosed() throws Exception {
        int port = Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(300);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            boolean closed = false;
            while (!closed && System.nanoTime() - start < 8_000_000_000L) {
                try {
                    out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    closed = in.read() == -1;
                } catch (SocketTimeoutException e) {
                    // still open: send the next header line
                } catch (IOException e) {
                    closed = true;
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(closed).as("closed by the server").isTrue();
            assertThat(millis).isBetween(500L, 4000L);
        }
    }

    @Test
    void theJettyThatRunsIsTheOneThePomPins() throws IOException {
        Properties versions = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/versions.properties")) {
            versions.load(in);
        }
        String pinned = versions.getProperty("jetty.version");
        assertThat(pinned).matches("12\\.\\d+\\.\\d+");
        assertThat(Jetty.VERSION).isEqualTo(pinned);
        assertThat(org.eclipse.jetty.ee11.servlet.ServletContextHandler.class.getPackage().getImplementationVersion())
                .isEqualTo(pinned);
    }
}
