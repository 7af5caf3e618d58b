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

    private final CrispRtmConfig defaults = CrispRtmConfig.defaults("plugin-id", "s3cr3t-key");

    @Test
    void the_defaults_follow_crisps_official_client_and_subscribe_to_exactly_what_the_application_needs() {
        assertEquals(List.of("message:send", "session:request:initiated", "session:set_phone", "session:set_email",
                "session:set_nickname", "session:set_origin", "session:sync:geolocation", "people:bind:session",
                "plugin:subscription:updated", "plugin:settings:saved"), defaults.events());
        assertEquals(Duration.ofSeconds(5), defaults.reconnectDelayMin());
        assertEquals(Duration.ofSeconds(10), defaults.reconnectDelayMax());
        assertEquals(0.75, defaults.reconnectJitter());
        assertEquals(Duration.ofMinutes(5), defaults.unauthorizedBackoff());
        assertEquals(Duration.ofMinutes(1), defaults.catchUpSpacing());
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
                assertThrows(IllegalArgumentException.class, () -> CrispRtmConfig.defaults("id", " ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> defaults.withEvents(List.of("message:received")))
                .getMessage().startsWith("events may only contain"));
        assertEquals("reconnectDelayMax must be at least reconnectDelayMin", assertThrows(IllegalArgumentException.class,
                () -> defaults.withReconnectDelays(Duration.ofSeconds(5), Duration.ofSeconds(1), 0)).getMessage());
        assertEquals("reconnectJitter must be at least 0 and below 1", assertThrows(IllegalArgumentException.class,
                () -> defaults.withReconnectDelays(Duration.ofSeconds(1), Duration.ofSeconds(1), 1)).getMessage());
        assertEquals("dispatchQueueCapacity must be positive",
                assertThrows(IllegalArgumentException.class, () -> defaults.withDispatchQueueCapacity(0)).getMessage());
        assertEquals("catchUpMargin must be zero or positive", assertThrows(IllegalArgumentException.class,
                () -> defaults.withCatchUp(Duration.ofSeconds(-1), Duration.ZERO)).getMessage());
    }

    @Test
    void duplicate_events_are_subscribed_once() {
        assertEquals(List.of("message:send"), defaults.withEvents(List.of("message:send", "message:send")).events());
    }

    @Test
    void endpoints_must_be_absolute_web_urls() {
        assertThrows(IllegalArgumentException.class, () -> new RtmEndpoints(URI.create("/rtm/"), null));
        assertThrows(IllegalArgumentException.class, () -> new RtmEndpoints(URI.create("ftp://relay.example/"), null));
        assertThrows(IllegalArgumentException.class, () -> new RtmEndpoints(null, null));
        new RtmEndpoints(URI.create("wss://relay.example/p/"), URI.create("https://rescue.example/"));
    }
}
