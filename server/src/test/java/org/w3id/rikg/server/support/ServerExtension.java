package org.w3id.rikg.server.support;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real server for all tests of a class: started before the first test in a fresh temp folder, stopped
 * and its folder deleted after the last. Speaks HTTP like {@link RunningServer}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerExtension server = ServerExtension.start(tmp -> LinkedDataFixture.start(tmp));
 * }</pre>
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {

    /** Starts the server with its store and fixtures under the given temp folder. */
    @FunctionalInterface
    public interface Starter {
        RunningServer start(Path tmp) throws IOException;
    }

    private final Starter starter;
    private Path tmp;
    private RunningServer server;

    private ServerExtension(Starter starter) {
        this.starter = starter;
    }

    public static ServerExtension start(Starter starter) {
        return new ServerExtension(starter);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        tmp = Files.createTempDirectory("rikg-test-");
        server = starter.start(tmp);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public <T> T bean(Class<T> type) {
        return server.bean(type);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public HttpResponse<String> get(String pathAndQuery, String accept) {
        return server.get(pathAndQuery, accept);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String accept) {
        return server.post(path, contentType, body, accept);
    }

    public HttpResponse<String> send(HttpRequest request) {
        return server.send(request);
    }

    public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        return server.sendForBytes(request);
    }
}
