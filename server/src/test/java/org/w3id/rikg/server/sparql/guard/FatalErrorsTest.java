package org.w3id.rikg.server.sparql.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An out-of-memory error halts the process with the status the JVM's own flag uses. */
class FatalErrorsTest {

    @AfterEach
    void restore() {
        FatalErrors.haltWith(status -> Runtime.getRuntime().halt(status));
    }

    @Test
    void outOfMemoryHalts() {
        AtomicInteger halted = new AtomicInteger(-1);
        FatalErrors.haltWith(halted::set);

        FatalErrors.outOfMemory(new OutOfMemoryError("Java heap space"));

        assertThat(halted.get()).isEqualTo(FatalErrors.OUT_OF_MEMORY_STATUS);
    }

    @Test
    void anUncaughtOutOfMemoryErrorInAnyThreadHalts() throws InterruptedException {
        AtomicInteger halted = new AtomicInteger(-1);
        FatalErrors.haltWith(halted::set);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        try {
            FatalErrors.install();
            Thread thread = new Thread(() -> {
                throw new OutOfMemoryError("simulated");
            });
            thread.start();
            thread.join();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(halted.get()).isEqualTo(FatalErrors.OUT_OF_MEMORY_STATUS);
    }
}
