package app.richcontact.sandbox.internal.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The plugin's daily request budget; the count starts again at each UTC midnight. */
public final class Quota {

    private final Clock clock;
    private final AtomicLong used = new AtomicLong();
    private volatile long day;

    public Quota(Clock clock) {
        this.clock = clock;
        this.day = today();
    }

    /** Counts one request; false when it is past the budget. */
    public boolean consume(long budget) {
        long today = today();
        if (today != day) {
            synchronized (this) {
                if (today != day) {
                    used.set(0);
                    day = today;
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

    private long today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
    }
}
