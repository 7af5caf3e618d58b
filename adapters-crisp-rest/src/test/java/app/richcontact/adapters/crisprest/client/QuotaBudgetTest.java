package app.richcontact.adapters.crisprest.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.fake.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaBudgetTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T23:59:00Z"));
    private final QuotaBudget budget = new QuotaBudget(clock, 10, 0.8);

    @Test
    void optional_work_stops_at_its_share_and_essential_work_goes_on_to_the_full_quota() {
        for (int i = 0; i < 8; i++) {
            assertTrue(budget.tryAcquire(Priority.OPTIONAL));
        }
        assertFalse(budget.tryAcquire(Priority.OPTIONAL));
        assertTrue(budget.tryAcquire(Priority.ESSENTIAL));
        assertTrue(budget.tryAcquire(Priority.ESSENTIAL));
        assertFalse(budget.tryAcquire(Priority.ESSENTIAL));
        assertEquals(10, budget.usedToday());
    }

    @Test
    void the_count_starts_again_at_the_next_utc_midnight() {
        for (int i = 0; i < 10; i++) {
            budget.tryAcquire(Priority.ESSENTIAL);
        }
        assertEquals(Duration.ofMinutes(1), budget.untilNextDay());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(0, budget.usedToday());
        assertTrue(budget.tryAcquire(Priority.ESSENTIAL));
    }
}
