package org.w3id.rikg.server.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The public limits of the SPARQL endpoint {@code /sparql}: what one request may send, what one answer may
 * hold, and how many queries run at once. The query timeout and federation are store-wide settings
 * ({@code rikg.sparql.timeout}, {@code rikg.sparql.federation}).
 *
 * @param maxRequestSize the largest request body (a form or an {@code application/sparql-query}); larger
 *                       gets 413 before the query is read
 * @param maxResultRows  the most rows (SELECT) or triples/quads (CONSTRUCT, DESCRIBE) one answer may hold;
 *                       the answer is built in full before it is sent, so that a timeout is always a 503 and
 *                       never a truncated 200; beyond this the query gets 422 (use LIMIT, or the dumps)
 * @param admission      how many queries run at once
 * @param memory         when running queries are stopped to protect the heap
 */
@ConfigurationProperties(prefix = "rikg.sparql")
public record SparqlProperties(DataSize maxRequestSize, Long maxResultRows, Admission admission, Memory memory) {

    public SparqlProperties {
        if (maxRequestSize == null) {
            maxRequestSize = DataSize.ofKilobytes(256);
        }
        if (maxResultRows == null) {
            maxResultRows = 100_000L;
        }
        if (admission == null) {
            admission = new Admission(null, null, null, null);
        }
        if (memory == null) {
            memory = new Memory(null);
        }
    }

    /**
     * Admission control: a bounded number of queries execute at once, and one client gets only a share of
     * them, so that a few expensive queries cannot starve everyone else.
     *
     * @param maxConcurrent          queries executing at once on the server
     * @param maxConcurrentPerClient queries executing at once for one client (its IP address); more gets 429
     * @param queueWait              how long a query waits for a free slot before it gets 503
     * @param retryAfter             the {@code Retry-After} sent with 429 and 503
     */
    public record Admission(Integer maxConcurrent, Integer maxConcurrentPerClient, Duration queueWait,
                            Duration retryAfter) {
        public Admission {
            if (maxConcurrent == null) {
                maxConcurrent = 4;
            }
            if (maxConcurrentPerClient == null) {
                maxConcurrentPerClient = 2;
            }
            if (queueWait == null) {
                queueWait = Duration.ofSeconds(2);
            }
            if (retryAfter == null) {
                retryAfter = Duration.ofSeconds(10);
            }
        }
    }

    /**
     * @param stopQueriesAbove the fraction of the maximum heap, measured after a garbage collection, above
     *                         which every running query is stopped (503)
     */
    public record Memory(Double stopQueriesAbove) {
        public Memory {
            if (stopQueriesAbove == null) {
                stopQueriesAbove = 0.8;
            }
        }
    }
}
