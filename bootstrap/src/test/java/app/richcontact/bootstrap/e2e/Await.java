package app.richcontact.bootstrap.e2e;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, polling every 20 ms: the end-to-end tests never sleep
 * for a fixed time. Deadlines are generous (the suite shares two cores with other work); a
 * condition that is met returns at once.
 */
final class Await {

    static final Duration DEFAULT = Duration.ofSeconds(20);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition);
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition, () -> "");
    }

    /** Fails with {@code what}, and with what {@code state} says at the deadline. */
    static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String seen = state.get();
                throw new AssertionError("timed out after " + timeout + " waiting for " + what
                        + (seen.isEmpty() ? "" : "; at the deadline: " + seen));
            }
            LockSupport.parkNanos(20_000_000);
        }
    }
}
