package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrispRtmConfigTest {

    private final CrispRtmConfig defaults = builder().build();

    private static CrispRtmConfig.Builder builder() {
        return CrispRtmConfig.builder("plugin-id", "s3cr3t-key");
    }

    @Test
    void the_defaults_follow_crisps_official_client_and_subscribe_to_exactly_what_the_application_needs() {
        assertEquals(List.of("message:send", "session:request:initiated", "session:set_phone", "session:set_email",
                "session:set_nickname", "session:set_origin", "session:sync:geolocation", "people:bind:session",
                "plugin:subscription:updated", "plugin:settings:saved"), defaults.events());
        assertEquals(Duration.ofSeconds(5), defaults.reconnect().delayMin());
        assertEquals(Duration.ofSeconds(10), defaults.reconnect().delayMax());
        assertEquals(0.75, defaults.reconnect().jitter());
        assertEquals(Duration.ofMinutes(5), defaults.reconnect().unauthorizedBackoff());
        assertEquals(Duration.ofMinutes(1), defaults.catchUp().spacing());
        assertTrue(defaults.bindInterval().compareTo(Duration.ofMillis(2_500)) > 0);
    }

    @Test
    void the_key_is_never_printed() {
        assertFalse(defaults.toString().contains("s3cr3t-key"), defaults.toString());
        assertTrue(defaults.toString().contains("plugin-id"));
    }

    @Test
    void invalid_values_are_refused_with_a_message_naming_them() {
        assertEquals("key must be given",
                assertThrows(IllegalArgumentException.class, () -> CrispRtmConfig.builder("id", " ").build()).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> builder().events(List.of("message:received")).build())
                .getMessage().startsWith("events may only contain"));
        assertEquals("reconnectDelayMax must be at least reconnectDelayMin", assertThrows(IllegalArgumentException.class,
                () -> builder().reconnectDelayMin(Duration.ofSeconds(5)).reconnectDelayMax(Duration.ofSeconds(1)).reconnectJitter(0).build()).getMessage());
        assertEquals("reconnectJitter must be at least 0 and below 1", assertThrows(IllegalArgumentException.class,
                () -> builder().reconnectDelayMin(Duration.ofSeconds(1)).reconnectDelayMax(Duration.ofSeconds(1)).reconnectJitter(1).build()).getMessage());
        assertEquals("dispatchQueueCapacity must be positive",
                assertThrows(IllegalArgumentException.class, () -> builder().dispatchQueueCapacity(0).build()).getMessage());
        assertEquals("catchUpMargin must be zero or positive", assertThrows(IllegalArgumentException.class,
                () -> builder().catchUpMargin(Duration.ofSeconds(-1)).startupLookBack(Duration.ZERO).build()).getMessage());
    }

    @Test
    void duplicate_events_are_subscribed_once() {
        assertEquals(List.of("message:send"), builder().events(List.of("message:send", "message:send")).build().events());
    }

    @Test
    void endpoints_must_be_absolute_web_urls() {
        assertThrows(IllegalArgumentException.class, () -> new RtmEndpoints(URI.create("/rtm/"), null));
        assertThrows(IllegalArgumentException.class, () -> new RtmEndpoints(URI.create("ftp://relay.example/"), null));
        assertThrows(IllegalArgumentException.class, () -> new RtmEndpoints(null, null));
        new RtmEndpoints(URI.create("wss://relay.example/p/"), URI.create("https://rescue.example/"));
    }
}
