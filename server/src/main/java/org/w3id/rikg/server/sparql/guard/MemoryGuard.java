package org.w3id.rikg.server.sparql.guard;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops every running query when the heap is nearly full, before it is.
 *
 * <p>Sorting and duplicate removal spill to disk and answers are bounded in size, but a query can still
 * build large tables in memory (a GROUP BY over a cross product, a hash join). The JVM reports when a
 * heap pool is still above a threshold right after a garbage collection; then the queries registered here
 * are aborted and answer 503, and their memory is freed, instead of the heap filling until the JVM dies.
 * (Should memory ever be exhausted anyway, the process exits: see {@code FatalErrors}.)
 *
 * <pre>{@code
 * MemoryGuard guard = MemoryGuard.start(0.8);
 * guard.register(runningQuery); ... guard.unregister(runningQuery);
 * }</pre>
 */
public final class MemoryGuard implements NotificationListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MemoryGuard.class);

    private final Set<RunningQuery> running = ConcurrentHashMap.newKeySet();
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();

    private MemoryGuard() {
    }

    /** Watches every heap pool that reports usage after collection, at {@code fraction} of its maximum. */
    public static MemoryGuard start(double fraction) {
        MemoryGuard guard = new MemoryGuard();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
                guard.pools.add(pool);
            }
        }
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(guard, null, null);
        log.info("Queries are stopped when {} stay above {}% after a collection",
                guard.pools.stream().map(MemoryPoolMXBean::getName).toList(), Math.round(fraction * 100));
        return guard;
    }

    public void register(RunningQuery query) {
        running.add(query);
    }

    public void unregister(RunningQuery query) {
        running.remove(query);
    }

    /** Queries registered now. */
    public int running() {
        return running.size();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
            stopAll();
        }
    }

    /** Stops every running query (they answer 503); returns how many. */
    public int stopAll() {
        List<RunningQuery> victims = List.copyOf(running);
        if (!victims.isEmpty()) {
            log.warn("Heap nearly full after a collection: stopping {} running queries", victims.size());
        }
        victims.forEach(q -> q.stop(RunningQuery.StopReason.LOW_MEMORY));
        return victims.size();
    }

    @Override
    public void close() {
        try {
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(this);
        } catch (ListenerNotFoundException e) {
            // already removed
        }
    }
}
