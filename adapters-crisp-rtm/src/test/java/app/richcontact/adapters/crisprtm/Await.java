package app.richcontact.adapters.crisprtm;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, polling every 2 ms; tests never sleep for a fixed time. */
final class Await {

    static final Duration DEFAULT = Duration.ofSeconds(10);
    /**
     * For what follows a cut of the connection: the client may learn of an abrupt cut only when the
     * server's heartbeat runs out (the sandbox announces Socket.IO's defaults: a ping every 25 s, up to 20 s late), not at once.
     */
    static final Duration AFTER_A_CUT = Duration.ofSeconds(60);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition);
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(2_000_000);
        }
    }
}
