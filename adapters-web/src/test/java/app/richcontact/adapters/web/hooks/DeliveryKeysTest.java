package app.richcontact.adapters.web.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.fake.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryKeysTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void a_key_is_a_first_delivery_once_within_its_memory() {
        DeliveryKeys keys = new DeliveryKeys(10, Duration.ofMinutes(10), clock);

        assertTrue(keys.firstDelivery("a"));
        clock.advance(Duration.ofMinutes(9));
        assertFalse(keys.firstDelivery("a"));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(keys.firstDelivery("a"), "forgotten once expired");
    }

    @Test
    void the_set_is_bounded_dropping_the_oldest_keys() {
        DeliveryKeys keys = new DeliveryKeys(100, Duration.ofHours(1), clock);
        for (int i = 0; i < 1_000; i++) {
            keys.firstDelivery("key-" + i);
        }

        assertEquals(100, keys.size());
        assertFalse(keys.firstDelivery("key-999"));
        assertTrue(keys.firstDelivery("key-0"));
    }

    @Test
    void a_forgotten_key_is_handled_again() {
        DeliveryKeys keys = new DeliveryKeys(10, Duration.ofHours(1), clock);
        keys.firstDelivery("a");
        keys.forget("a");

        assertTrue(keys.firstDelivery("a"));
    }
}
