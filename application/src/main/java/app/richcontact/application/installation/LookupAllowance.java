package app.richcontact.application.installation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket for Crisp lookups of websites not in memory when the request comes from the
 * open web (anyone can send a random website id to the settings page): a burst, then a steady
 * trickle, for the whole process, so that such requests can never spend the daily quota.
 */
final class LookupAllowance {

    private final Clock clock;
    private final int burst;
    private final Duration refill;
    private double tokens;
    private Instant updatedAt;

    LookupAllowance(Clock clock, int burst, Duration refill) {
        this.clock = clock;
        this.burst = burst;
        this.refill = refill;
        this.tokens = burst;
        this.updatedAt = clock.instant();
    }

    synchronized boolean tryTake() {
        Instant now = clock.instant();
        double earned = (double) Duration.between(updatedAt, now).toNanos() / refill.toNanos();
        tokens = Math.min(burst, tokens + Math.max(0, earned));
        updatedAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }
}
