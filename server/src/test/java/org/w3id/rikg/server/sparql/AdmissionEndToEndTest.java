package org.w3id.rikg.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.rikg.server.sparql.guard.Admission;
import org.w3id.rikg.server.sparql.guard.MemoryGuard;
import org.w3id.rikg.server.support.RawHttp;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * Admission control and the memory guard over real HTTP, with clients on different loopback addresses:
 * a client gets its share (429 beyond it), the server its maximum (503 beyond it), both with Retry-After,
 * while other clients are still served; and queries stopped for memory answer 503 saying so.
 */
class AdmissionEndToEndTest {

    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String CHEAP = "ASK { ?s ?p ?o }";

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> HostileFixture.start(tmp, Map.of(
            "rikg.sparql.timeout", "4s",
            "rikg.sparql.admission.max-concurrent", 2,
            "rikg.sparql.admission.max-concurrent-per-client", 1,
            "rikg.sparql.admission.queue-wait", "300ms",
            "rikg.sparql.admission.retry-after", "7s")));

    @Test
    void aClientBeyondItsShareGets429AndOthersAreStillServed() throws Exception {
        CompletableFuture<RawHttp.Response> first = async("127.0.0.2", RUNAWAY);
        awaitRunning(1);

        RawHttp.Response second = RawHttp.query("127.0.0.2", port(), CHEAP);
        RawHttp.Response other = RawHttp.query("127.0.0.3", port(), CHEAP);

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("Retry-After")).hasValue("7");
        assertThat(second.body()).contains("queries running");
        assertThat(other.status()).isEqualTo(200);
        assertThat(first.join().status()).isEqualTo(503);
    }

    @Test
    void aFullServerGets503WithRetryAfter() throws Exception {
        CompletableFuture<RawHttp.Response> a = async("127.0.0.4", RUNAWAY);
        CompletableFuture<RawHttp.Response> b = async("127.0.0.5", RUNAWAY);
        awaitRunning(2);

        RawHttp.Response refused = RawHttp.query("127.0.0.6", port(), CHEAP);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).hasValue("7");
        assertThat(refused.body()).contains("try again later");
        assertThat(a.join().status()).isEqualTo(503);
        assertThat(b.join().status()).isEqualTo(503);
        assertThat(RawHttp.query("127.0.0.6", port(), CHEAP).status()).as("served once the slots are free").isEqualTo(200);
    }

    @Test
    void queriesStoppedForMemoryAnswer503SayingSo() throws Exception {
        CompletableFuture<RawHttp.Response> runaway = async("127.0.0.7", RUNAWAY);
        awaitRunning(1);

        int stopped = server.bean(MemoryGuard.class).stopAll();

        RawHttp.Response response = runaway.join();
        assertThat(stopped).isEqualTo(1);
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).contains("short of memory");
        assertThat(RawHttp.query("127.0.0.7", port(), CHEAP).status()).isEqualTo(200);
    }

    private static CompletableFuture<RawHttp.Response> async(String client, String query) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return RawHttp.query(client, port(), query);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    private static void awaitRunning(int queries) throws InterruptedException {
        Admission admission = server.bean(Admission.class);
        for (int i = 0; i < 100 && admission.running() < queries; i++) {
            Thread.sleep(20);
        }
        assertThat(admission.running()).isEqualTo(queries);
        Thread.sleep(200);
    }

    private static int port() {
        return Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
    }
}
