package org.w3id.rikg.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.rikg.server.support.RunningServer.encode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.rikg.server.support.RawHttp;
import org.w3id.rikg.server.support.ServerExtension;

/**
 * Runaway queries of every shape the hardening covers, under a 3 s timeout: each is stopped within the
 * timeout plus 2 s and answers 503 (never a 200 with a truncated body), another client's query is served
 * while it runs, and afterwards the server's threads use no more CPU than an idle server.
 */
class RunawayQueryTest {

    private static final long TIMEOUT_MILLIS = 3000;
    private static final String CROSS = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i";
    private static final String LONG_A = "BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s)";

    @RegisterExtension
    static final ServerExtension server = ServerExtension.start(tmp -> HostileFixture.start(tmp, Map.of()));

    static Stream<Arguments> runaways() {
        return Stream.of(
                Arguments.of("cross product, ORDER BY", "SELECT * { " + CROSS + " } ORDER BY ?c ?f ?i"),
                Arguments.of("cross product, GROUP BY", "SELECT ?a ?d ?g (COUNT(*) AS ?n) { " + CROSS + " } GROUP BY ?a ?d ?g"),
                Arguments.of("cross product, DISTINCT", "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?c ?f ?i { " + CROSS + " } }"),
                Arguments.of("cross product, few rows", "SELECT ?a { " + CROSS + " FILTER(?c + ?f + ?i = -1) }"),
                Arguments.of("REGEX backtracking", "ASK { " + LONG_A + " FILTER(REGEX(?s, \"(.*a){12}b\")) }"),
                Arguments.of("REPLACE backtracking", "SELECT (REPLACE(?s, \"(.*a){12}b\", \"x\") AS ?r) { " + LONG_A + " }"),
                Arguments.of("fn:matches backtracking", "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                        + "ASK { " + LONG_A + " FILTER(fn:matches(?s, \"(.*a){12}b\")) }"),
                Arguments.of("apf:strSplit backtracking", "PREFIX apf: <http://jena.apache.org/ARQ/property#> "
                        + "SELECT ?t { " + LONG_A + " ?t apf:strSplit (?s \"(.*a){12}b\") }"),
                Arguments.of("CONSTRUCT over a cross product", "CONSTRUCT { ?a <urn:p:x> ?i } WHERE { " + CROSS + " FILTER(?c + ?f + ?i = -1) }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runaways")
    void isStoppedInTimeWhileOthersAreServed(String name, String query) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() ->
                server.get("/sparql?query=" + encode(query), "application/sparql-results+json"));

        Thread.sleep(500);
        RawHttp.Response other = RawHttp.query("127.0.0.2", port(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertThat(runaway).as("the other client was answered while the runaway ran").isNotDone();
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).contains("\"n\"");

        HttpResponse<String> response = runaway.get();
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("\"bindings\"");
        assertThat(elapsed).isLessThan(TIMEOUT_MILLIS + 2000);

        assertThat(cpuMillisOverOneSecond()).as("CPU used by the server after the runaway ended").isLessThan(300);
    }

    private static int port() {
        return Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
    }

    /** CPU time used by all threads of this JVM (the server runs in it) during one second. */
    private static long cpuMillisOverOneSecond() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread.sleep(200);
        long before = totalCpu(threads);
        Thread.sleep(1000);
        return (totalCpu(threads) - before) / 1_000_000;
    }

    private static long totalCpu(ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu > 0) {
                total += cpu;
            }
        }
        return total;
    }
}
