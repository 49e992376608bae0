package org.w3id.rikg.server.sparql.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * One query being executed for a client of the SPARQL endpoint: its deadline, its execution, and why it
 * was stopped, if it was. The request thread that runs the query holds it in {@link #current()}, so that
 * code ARQ calls without an execution context (a regular expression matching a string) can still notice
 * that the query is over.
 *
 * <pre>{@code
 * try (RunningQuery running = RunningQuery.start(Duration.ofSeconds(60))) {
 *     running.attach(queryExec);
 *     ...
 * }
 * }</pre>
 */
public final class RunningQuery implements AutoCloseable {

    /** Why a query was stopped before it ended. */
    public enum StopReason { LOW_MEMORY }

    private static final ThreadLocal<RunningQuery> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;
    private final AtomicReference<QueryExec> exec = new AtomicReference<>();
    private final AtomicReference<StopReason> stopped = new AtomicReference<>();
    private volatile AtomicBoolean cancelSignal;

    private RunningQuery(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Starts a query on this thread that must end within {@code timeoutMillis}. */
    public static RunningQuery start(long timeoutMillis) {
        RunningQuery running = new RunningQuery(System.nanoTime() + timeoutMillis * 1_000_000L);
        CURRENT.set(running);
        return running;
    }

    /** The query this thread is executing, or null. */
    public static RunningQuery current() {
        return CURRENT.get();
    }

    /** The execution of this query, so that {@link #stop} can abort it. */
    public void attach(QueryExec queryExec) {
        exec.set(queryExec);
        cancelSignal = org.apache.jena.sparql.util.Context.getCancelSignal(queryExec.getContext());
    }

    /** Stops the query: its execution is aborted and ends with a {@link QueryCancelledException}. */
    public void stop(StopReason reason) {
        stopped.compareAndSet(null, reason);
        QueryExec queryExec = exec.get();
        if (queryExec != null) {
            queryExec.abort();
        }
    }

    /** Why the query was stopped, or null when it was not (a timeout is ARQ's own). */
    public StopReason stopReason() {
        return stopped.get();
    }

    /** True once the deadline has passed, or the query has been aborted or cancelled. */
    public boolean isOver() {
        AtomicBoolean signal = cancelSignal;
        return stopped.get() != null || (signal != null && signal.get()) || System.nanoTime() - deadlineNanos > 0;
    }

    /** Throws {@link QueryCancelledException} when the query is over. */
    public void check() {
        if (isOver()) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }
}
