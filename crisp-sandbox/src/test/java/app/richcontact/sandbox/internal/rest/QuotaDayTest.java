package app.richcontact.sandbox.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuotaDayTest {

    /** A clock a test moves by hand. */
    private static final class HandClock extends Clock {

        private Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void the_budget_is_per_utc_day_and_starts_again_at_midnight() {
        HandClock clock = new HandClock(Instant.parse("2026-03-01T23:59:58Z"));
        Quota quota = new Quota(clock);
        assertTrue(quota.consume(2));
        assertTrue(quota.consume(2));
        assertFalse(quota.consume(2));
        clock.now = Instant.parse("2026-03-02T00:00:00Z");
        assertTrue(quota.consume(2));
        assertEquals(1, quota.used());
    }
}
