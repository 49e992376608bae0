package org.w3id.rikg.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.rikg.server.support.RunningServer;
import org.w3id.rikg.server.support.RunningServer.FixtureBundle;

/**
 * The dumps' ETag changes exactly when the data changes: a restart on unchanged data keeps it (so
 * clients' caches stay valid), a changed source file gives a new one and a dump with the change.
 */
class DumpEtagEndToEndTest {

    @TempDir
    static Path tmp;

    @Test
    void theEtagFollowsTheData() throws IOException {
        FixtureBundle bundle = DatasetFixture.bundle(tmp.resolve("bundle"));
        Map<String, Object> properties = Map.of("rikg.store.manifests", bundle.pattern());

        String first;
        try (RunningServer server = RunningServer.start(tmp.resolve("store"), properties)) {
            first = etag(server);
        }
        try (RunningServer server = RunningServer.start(tmp.resolve("store"), properties)) {
            assertThat(etag(server)).as("unchanged data, same ETag after a restart").isEqualTo(first);
        }
        Files.writeString(bundle.file("press.ttl"), DatasetFixture.PRESS_TTL
                + "<https://w3id.org/rikg/id/district/12061> <http://www.w3.org/2004/02/skos/core#altLabel> \"LDS\"@de .\n");
        try (RunningServer server = RunningServer.start(tmp.resolve("store"), properties)) {
            String changed = etag(server);
            assertThat(changed).as("a changed source, a new ETag").isNotEqualTo(first);

            HttpResponse<byte[]> stale = server.sendForBytes(request(server).header("If-None-Match", first).GET().build());
            assertThat(stale.statusCode()).isEqualTo(200);
            assertThat(new String(DumpEndToEndTest.gunzip(stale.body()), StandardCharsets.UTF_8)).contains("\"LDS\"@de");
        }
    }

    private static String etag(RunningServer server) {
        return server.sendForBytes(request(server).method("HEAD", HttpRequest.BodyPublishers.noBody()).build())
                .headers().firstValue("ETag").orElseThrow();
    }

    private static HttpRequest.Builder request(RunningServer server) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dumps/rikg.nq.gz"));
    }
}
