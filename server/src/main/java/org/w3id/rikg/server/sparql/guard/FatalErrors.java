package org.w3id.rikg.server.sparql.guard;

import java.lang.management.ManagementFactory;
import java.util.function.IntConsumer;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM that has run out of memory is in an unknown state (ARQ's timeout thread died, the server stopped
 * answering and ignored SIGTERM): it must exit so that whatever supervises it restarts it. Start the
 * server with {@code -XX:+ExitOnOutOfMemoryError}, as the README does; without it this class still halts
 * the process when an {@link OutOfMemoryError} reaches a query or an uncaught-exception handler, and warns
 * at start.
 */
public final class FatalErrors {

    private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);

    /** The exit status after an out-of-memory error, as the JVM's own flag uses. */
    public static final int OUT_OF_MEMORY_STATUS = 3;

    private static volatile IntConsumer halt = status -> Runtime.getRuntime().halt(status);

    private FatalErrors() {
    }

    /** Installs the uncaught-exception handler and warns when the JVM flag is missing. */
    public static void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError oom) {
                outOfMemory(oom);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            }
        });
        if (!exitOnOutOfMemoryFlag()) {
            log.warn("The JVM was started without -XX:+ExitOnOutOfMemoryError; start it with that flag so that it "
                    + "exits, and is restarted, if memory ever runs out");
        }
    }

    /** Halts the process: nothing after an out-of-memory error can be trusted. */
    public static void outOfMemory(OutOfMemoryError error) {
        try {
            System.err.println("RIKG: out of memory, exiting: " + error.getMessage());
        } finally {
            halt.accept(OUT_OF_MEMORY_STATUS);
        }
    }

    static boolean exitOnOutOfMemoryFlag() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Boolean.parseBoolean(hotspot.getVMOption("ExitOnOutOfMemoryError").getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** For tests: what halting does. */
    static void haltWith(IntConsumer replacement) {
        halt = replacement;
    }
}
