package app.richcontact.application.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.richcontact.application.fake.ManualClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiringMemoryTest {

    private final ManualClock clock = new ManualClock();
    private final ExpiringMemory<String, Integer> memory = new ExpiringMemory<>(clock, Duration.ofMinutes(10), 3);

    @Test
    void a_value_is_remembered_until_its_time_is_up_and_not_a_moment_longer() {
        memory.put("a", 1);
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertEquals(Optional.of(1), memory.get("a"));
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.empty(), memory.get("a"));
        assertEquals(0, memory.size());
    }

    @Test
    void putting_a_value_again_starts_its_time_again() {
        memory.put("a", 1);
        clock.advance(Duration.ofMinutes(9));
        memory.put("a", 2);
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of(2), memory.get("a"));
    }

    @Test
    void past_its_capacity_the_oldest_value_is_forgotten_first() {
        memory.put("a", 1);
        memory.put("b", 2);
        memory.put("c", 3);
        memory.put("a", 4);
        memory.put("d", 5);
        assertEquals(3, memory.size());
        assertEquals(Optional.empty(), memory.get("b"));
        assertEquals(Optional.of(4), memory.get("a"));
        assertEquals(Optional.of(5), memory.get("d"));
    }

    @Test
    void expired_values_are_swept_when_a_new_one_is_put() {
        memory.put("a", 1);
        memory.put("b", 2);
        clock.advance(Duration.ofMinutes(11));
        memory.put("c", 3);
        assertEquals(1, memory.size());
    }

    @Test
    void a_removed_value_is_gone() {
        memory.put("a", 1);
        memory.remove("a");
        assertEquals(Optional.empty(), memory.get("a"));
    }

    @Test
    void a_memory_that_could_hold_nothing_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ExpiringMemory<>(clock, Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> new ExpiringMemory<>(clock, Duration.ofSeconds(1), 0));
    }
}
