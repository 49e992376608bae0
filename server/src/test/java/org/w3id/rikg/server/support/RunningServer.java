package org.w3id.rikg.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3id.rikg.server.RikgApplication;

/**
 * The real application, started on a random free port with a store in a temp folder, for end-to-end
 * tests that speak HTTP to it. Close it to stop the server and release the store.
 *
 * <pre>{@code
 * try (RunningServer server = RunningServer.start(storeDir, Map.of())) {
 *     HttpResponse<String> r = server.get("/sparql?query=...", "application/sparql-results+json");
 * }
 * }</pre>
 */
public final class RunningServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private RunningServer(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://localhost:" + port;
    }

    /** Starts the application on a free port with its store in {@code store}; extra properties override. */
    public static RunningServer start(Path store, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("server.port", 0);
        all.put("rikg.store.location", store.toString());
        all.putAll(properties);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningServer(new SpringApplicationBuilder(RikgApplication.class).run(args));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request to " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request to " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }

    /** A bundle of graphs in a folder, laid out like a module jar: {@code META-INF/rikg/graphs.tsv} + files. */
    public static final class FixtureBundle {
        private final Path root;
        private final StringBuilder manifest = new StringBuilder();

        public FixtureBundle(Path root) {
            this.root = root;
        }

        public FixtureBundle graph(String graphIri, String fileName, String turtle) throws IOException {
            Path file = root.resolve("rikg/fixture").resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, turtle);
            manifest.append(graphIri).append('\t').append("rikg/fixture/").append(fileName).append('\n');
            Path tsv = root.resolve("META-INF/rikg/graphs.tsv");
            Files.createDirectories(tsv.getParent());
            Files.writeString(tsv, manifest.toString());
            return this;
        }

        public Path file(String fileName) {
            return root.resolve("rikg/fixture").resolve(fileName);
        }

        /** The manifest pattern for {@code rikg.store.manifests}. */
        public String pattern() {
            return root.resolve("META-INF/rikg/graphs.tsv").toUri().toString();
        }
    }
}
