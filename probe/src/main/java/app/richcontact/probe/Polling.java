package app.richcontact.probe;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * A bounded wait for a read to turn fresh after a write: reads at once, then after 100 ms, and
 * twice as long each time (at most 20 s apart), until {@link #PATIENCE} after the write: about
 * fourteen reads for a two-minute lag, each timed from the moment the write was sent.
 *
 * @param freshAt     when the first fresh read was sent, after the write; null when none was
 * @param lastStaleAt when the last stale read was sent, after the write; null when none was
 * @param reads       how many reads it took
 */
record Polling(Duration freshAt, Duration lastStaleAt, int reads) {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration FIRST_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_DELAY = Duration.ofSeconds(20);

    Polling {
        if (reads < 1) {
            throw new IllegalArgumentException("reads must be at least 1");
        }
    }

    /** @param writtenAt the clock's time just before the write was sent */
    static Polling until(ProbeClock clock, long writtenAt, BooleanSupplier fresh) {
        Duration delay = FIRST_DELAY;
        Duration lastStale = null;
        for (int reads = 1; ; reads++) {
            Duration sentAt = Duration.ofNanos(clock.nanoTime() - writtenAt);
            if (fresh.getAsBoolean()) {
                return new Polling(sentAt, lastStale, reads);
            }
            lastStale = sentAt;
            if (sentAt.plus(delay).compareTo(PATIENCE) > 0) {
                return new Polling(null, lastStale, reads);
            }
            clock.pause(delay);
            delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
        }
    }

    /** In words, e.g. {@code stale at 1.50 s, fresh by 3.10 s after the write was sent (5 reads)}. */
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
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }
}
