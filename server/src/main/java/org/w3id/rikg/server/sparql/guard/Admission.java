package org.w3id.rikg.server.sparql.guard;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission control for queries: at most {@code maxConcurrent} execute at once, at most
 * {@code maxPerClient} of them for one client, and a query that finds no free slot within
 * {@code queueWait} is turned away. So a handful of expensive queries, from one client or several, can
 * hold only their share of the server, the way the Wikidata Query Service gives each client a budget.
 *
 * <pre>{@code
 * try (Admission.Permit permit = admission.enter(request.getRemoteAddr())) {
 *     ... run the query ...
 * } // Admission.Refused: answer 429 or 503 with Retry-After
 * }</pre>
 */
public final class Admission {

    /** Why a query was not admitted. */
    public enum Refusal { CLIENT_BUSY, SERVER_BUSY }

    /** A query that was not admitted; {@link #refusal()} says whose limit it met. */
    public static final class Refused extends RuntimeException {
        private final Refusal refusal;

        Refused(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A slot held by one query; close it when the query has answered. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int maxConcurrent;
    private final int maxPerClient;
    private final Duration queueWait;
    private final Semaphore slots;
    private final ConcurrentHashMap<String, AtomicInteger> perClient = new ConcurrentHashMap<>();

    public Admission(int maxConcurrent, int maxPerClient, Duration queueWait) {
        if (maxConcurrent < 1 || maxPerClient < 1) {
            throw new IllegalArgumentException("Admission limits must be at least 1");
        }
        this.maxConcurrent = maxConcurrent;
        this.maxPerClient = maxPerClient;
        this.queueWait = queueWait;
        this.slots = new Semaphore(maxConcurrent, true);
    }

    /** Takes a slot for {@code client}, waiting up to the queue wait; throws {@link Refused} otherwise. */
    public Permit enter(String client) {
        AtomicInteger mine = perClient.compute(client, (k, v) -> {
            AtomicInteger count = v == null ? new AtomicInteger() : v;
            count.incrementAndGet();
            return count;
        });
        if (mine.get() > maxPerClient) {
            leave(client);
            throw new Refused(Refusal.CLIENT_BUSY, "You already have " + maxPerClient + " queries running, as many as "
                    + "one client may run at once. Wait until one of them has answered, then send this one again.");
        }
        boolean admitted;
        try {
            admitted = slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            leave(client);
            throw new Refused(Refusal.SERVER_BUSY, "The server is running " + maxConcurrent + " queries, as many as it "
                    + "runs at once, and none ended within " + queueWait.toSeconds() + " s. Please try again later.");
        }
        return new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    slots.release();
                    leave(client);
                }
            }
        };
    }

    private void leave(String client) {
        perClient.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
    }

    /** Queries executing now. */
    public int running() {
        return maxConcurrent - slots.availablePermits();
    }
}
