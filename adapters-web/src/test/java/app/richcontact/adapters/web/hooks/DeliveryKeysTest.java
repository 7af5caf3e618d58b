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
    void aKeyIsAFirstDeliveryOnceWithinItsMemory() {
        DeliveryKeys keys = new DeliveryKeys(10, Duration.ofMinutes(10), clock);

        assertTrue(keys.firstDelivery("a"));
        clock.advance(Duration.ofMinutes(9));
        assertFalse(keys.firstDelivery("a"));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(keys.firstDelivery("a"), "forgotten once expired");
    }

    @Test
    void theSetIsBoundedDroppingTheOldestKeys() {
        DeliveryKeys keys = new DeliveryKeys(100, Duration.ofHours(1), clock);
        for (int i = 0; i < 1_000; i++) {
            keys.firstDelivery("key-" + i);
        }

        assertEquals(100, keys.size());
        assertFalse(keys.firstDelivery("key-999"));
        assertTrue(keys.firstDelivery("key-0"));
    }

    @Test
    void aForgottenKeyIsHandledAgain() {
        DeliveryKeys keys = new DeliveryKeys(10, Duration.ofHours(1), clock);
        keys.firstDelivery("a");
        keys.forget("a");

        assertTrue(keys.firstDelivery("a"));
    }
}
