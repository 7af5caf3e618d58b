package app.richcontact.sandbox.internal.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The plugin's daily request budget; the count starts again at each UTC midnight. */
public final class Quota {

    private final Clock clock;
    private final AtomicLong used = new AtomicLong();
    private volatile long nextMidnightMillis;

    public Quota(Clock clock) {
        this.clock = clock;
        this.nextMidnightMillis = nextMidnight();
    }

    /** Counts one request; false when it is past the budget. */
    public boolean consume(long budget) {
        // One comparison per request; the calendar is consulted once a day.
        if (clock.millis() >= nextMidnightMillis) {
            synchronized (this) {
                if (clock.millis() >= nextMidnightMillis) {
                    used.set(0);
                    nextMidnightMillis = nextMidnight();
                }
            }
        }
        return used.incrementAndGet() <= budget;
    }

    /** Requests counted today, over-budget ones included. */
    public long used() {
        return used.get();
    }

    public void reset() {
        used.set(0);
    }

    private long nextMidnight() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
