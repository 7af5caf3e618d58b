package app.richcontact.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The probe's bounded wait for fresh reads, on a clock that only moves when it waits. */
class PollingTest {

    /** A clock at zero that moves by exactly what the probe waits. */
    private static final class WaitingClock implements ProbeClock {

        private long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void pause(Duration delay) {
            now += delay.toNanos();
        }

        Duration elapsed() {
            return Duration.ofNanos(now);
        }
    }

    @Test
    void a_read_fresh_at_once_costs_one_read_and_is_reported_as_no_lag() {
        Polling polling = Polling.until(new WaitingClock(), 0, () -> true);

        assertEquals(1, polling.reads());
        assertNull(polling.lastStaleAt());
        assertTrue(polling.describe("HEAD").startsWith("none seen: the first HEAD, 0 ms after the write"), polling.describe("HEAD"));
    }

    @Test
    void a_lag_is_bracketed_by_the_last_stale_read_and_the_first_fresh_one_after_doubling_waits() {
        WaitingClock clock = new WaitingClock();

        Polling polling = Polling.until(clock, 0, () -> clock.elapsed().compareTo(Duration.ofSeconds(5)) >= 0);

        assertEquals(Duration.ofMillis(3_100), polling.lastStaleAt());
        assertEquals(Duration.ofMillis(6_300), polling.freshAt());
        assertEquals(7, polling.reads());
        assertEquals("stale at 3.10 s, fresh by 6.30 s after the write was sent (7 reads)", polling.describe("HEAD"));
    }

    @Test
    void a_two_minute_lag_takes_about_fourteen_reads() {
        WaitingClock clock = new WaitingClock();

        Polling polling = Polling.until(clock, 0, () -> clock.elapsed().compareTo(Duration.ofMinutes(2)) >= 0);

        assertTrue(polling.freshAt().compareTo(Duration.ofMinutes(2)) >= 0, polling::toString);
        assertTrue(polling.lastStaleAt().compareTo(Duration.ofMinutes(2)) < 0, polling::toString);
        assertEquals(14, polling.reads());
    }

    @Test
    void a_read_that_never_turns_fresh_stops_at_the_patience_with_few_reads() {
        WaitingClock clock = new WaitingClock();

        Polling polling = Polling.until(clock, 0, () -> false);

        assertNull(polling.freshAt());
        assertTrue(clock.elapsed().compareTo(Polling.PATIENCE) <= 0, clock.elapsed()::toString);
        assertTrue(polling.reads() <= 17, "reads: " + polling.reads());
        assertTrue(polling.describe("search").endsWith("longer than the probe waits (180 s)"), polling.describe("search"));
    }
}
