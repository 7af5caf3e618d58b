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
    void follow_ups_stop_where_only_the_creation_reserve_is_left_which_lookups_and_creations_still_use() {
        QuotaBudget daily = new QuotaBudget(clock, 5_000, 0.3);
        for (int i = 0; i < 4_500; i++) {
            assertTrue(daily.tryAcquire(i % 2 == 0 ? Priority.FOLLOW_UP : Priority.ESSENTIAL));
        }
        assertFalse(daily.tryAcquire(Priority.FOLLOW_UP), "the last 500 requests are kept for lookups and creations");
        assertTrue(daily.tryAcquire(Priority.ESSENTIAL));
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

    @Test
    void unverified_lookups_have_a_small_allowance_of_their_own_that_leaves_the_rest_to_essential_work() {
        QuotaBudget daily = new QuotaBudget(clock, 5_000, 0.3);
        int unverified = 0;
        for (int i = 0; i < 10_000; i++) {
            unverified += daily.tryAcquire(Priority.UNVERIFIED) ? 1 : 0;
        }
        assertEquals(50, unverified, "one per cent of the day");
        int essential = 0;
        while (daily.tryAcquire(Priority.ESSENTIAL)) {
            essential++;
        }
        assertEquals(4_950, essential);
        assertEquals(1, new QuotaBudget(clock, 40, 0.3).unverifiedLimit(), "at least one, so a new install can be found");
    }

    @Test
    void the_unverified_allowance_starts_again_with_the_day() {
        QuotaBudget small = new QuotaBudget(clock, 100, 0.3);
        assertTrue(small.tryAcquire(Priority.UNVERIFIED));
        assertFalse(small.tryAcquire(Priority.UNVERIFIED));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(small.tryAcquire(Priority.UNVERIFIED));
    }
}
