package app.richcontact.probe;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A bounded wait for a read to turn fresh after a write: reads at once, then after 100 ms, and
 * twice as long each time (at most 5 s apart), until {@link #PATIENCE} after the write. Few reads
 * for a lag of any size, each timed from the moment the write was sent.
 *
 * @param freshAt     when the first fresh read was sent, after the write; null when none was
 * @param lastStaleAt when the last stale read was sent, after the write; null when none was
 * @param reads       how many reads it took
 */
record Polling(Duration freshAt, Duration lastStaleAt, int reads) {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration FIRST_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);

    Polling {
        if (reads < 1) {
            throw new IllegalArgumentException("reads must be at least 1");
        }
    }

    /** @param writtenAt {@link System#nanoTime()} just before the write was sent */
    static Polling until(long writtenAt, BooleanSupplier fresh) {
        Duration delay = FIRST_DELAY;
        Duration lastStale = null;
        for (int reads = 1; ; reads++) {
            Duration sentAt = Duration.ofNanos(System.nanoTime() - writtenAt);
            if (fresh.getAsBoolean()) {
                return new Polling(sentAt, lastStale, reads);
            }
            lastStale = sentAt;
            if (sentAt.plus(delay).compareTo(PATIENCE) > 0) {
                return new Polling(null, lastStale, reads);
            }
            pause(delay);
            delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
        }
    }

    boolean lagged() {
        return lastStaleAt != null;
    }

    /** In words, e.g. {@code stale until at least 1.50 s, fresh by 3.10 s after the write (5 reads)}. */
    String describe(String read) {
        if (freshAt == null) {
            return "still stale " + seconds(lastStaleAt) + " after the write (" + reads + " reads): longer than the probe waits ("
                    + PATIENCE.toSeconds() + " s)";
        }
        if (lastStaleAt == null) {
            return "none seen: the first " + read + ", " + freshAt.toMillis() + " ms after the write was sent, was fresh";
        }
        return "stale at " + seconds(lastStaleAt) + ", fresh by " + seconds(freshAt) + " after the write was sent (" + reads
                + " reads)";
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProbeFailure("interrupted while waiting for a fresh read");
        }
    }
}
