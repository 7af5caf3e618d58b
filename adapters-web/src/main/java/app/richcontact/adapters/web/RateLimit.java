package app.richcontact.adapters.web;

import java.time.Duration;

/**
 * A token bucket: at most {@code requests} at once, refilled evenly over {@code per} (so
 * {@code new RateLimit(30, Duration.ofMinutes(1))} allows a burst of 30, then one every two
 * seconds).
 */
public record RateLimit(int requests, Duration per) {

    public RateLimit {
        if (requests < 1 || requests > 1_000_000) {
            throw new IllegalArgumentException("requests must be between 1 and 1000000");
        }
        if (per == null || per.isNegative() || per.isZero() || per.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("per must be a positive duration of at most one day");
        }
    }
}
