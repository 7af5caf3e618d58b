package app.richcontact.adapters.crisprtm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private static final Duration MIN = Duration.ofSeconds(5);
    private static final Duration MAX = Duration.ofSeconds(10);

    @Test
    void without_jitter_it_doubles_from_the_minimum_up_to_the_maximum_and_starts_over_after_reset() {
        ReconnectBackoff backoff = new ReconnectBackoff(MIN, MAX, 0, () -> 0.5);
        assertEquals(Duration.ofSeconds(5), backoff.next());
        assertEquals(Duration.ofSeconds(10), backoff.next());
        assertEquals(Duration.ofSeconds(10), backoff.next());
        backoff.reset();
        assertEquals(Duration.ofSeconds(5), backoff.next());
    }

    @Test
    void with_the_official_clients_jitter_delays_spread_around_the_base_and_never_pass_the_maximum() {
        Random random = new Random(7);
        ReconnectBackoff backoff = new ReconnectBackoff(MIN, MAX, 0.75, random::nextDouble);
        long first = Long.MAX_VALUE;
        long firstMax = 0;
        for (int i = 0; i < 1_000; i++) {
            backoff.reset();
            long delay = backoff.next().toMillis();
            first = Math.min(first, delay);
            firstMax = Math.max(firstMax, delay);
            for (int later = 0; later < 5; later++) {
                long next = backoff.next().toMillis();
                assertTrue(next >= 2_500 && next <= 10_000, next + " ms");
            }
        }
        assertTrue(first >= 1_250 && first < 1_500, "shortest first delay " + first);
        assertTrue(firstMax > 8_500 && firstMax <= 8_750, "longest first delay " + firstMax);
    }

    @Test
    void a_huge_number_of_attempts_does_not_overflow() {
        ReconnectBackoff backoff = new ReconnectBackoff(MIN, MAX, 0, () -> 0.5);
        for (int i = 0; i < 10_000; i++) {
            backoff.next();
        }
        assertEquals(MAX, backoff.next());
    }
}
