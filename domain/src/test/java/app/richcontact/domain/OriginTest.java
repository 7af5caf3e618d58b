package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

    @Test
    void chat_and_email_are_origins_without_an_integration() {
        assertFalse(Origin.CHAT.isUrn());
        assertEquals(Optional.empty(), Origin.EMAIL.integrationName());
        assertEquals(Origin.CHAT, new Origin("CHAT"));
    }

    @Test
    void an_integration_urn_names_its_integration_in_its_third_part_lower_cased() {
        Origin whatsapp = new Origin("urn:crisp.im:WhatsApp:0");
        assertTrue(whatsapp.isUrn());
        assertEquals("urn:crisp.im:whatsapp:0", whatsapp.value());
        assertEquals(Optional.of("whatsapp"), whatsapp.integrationName());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "phone", "urn:", "urn:crisp.im", "urn:crisp.im:whatsapp",
            "urn:crisp.im:whatsapp:0:extra", "urn::whatsapp:0", "urn:crisp.im::0", "urn:crisp.im:whatsapp:",
            "urn:crisp im:whatsapp:0", "urn:crisp.im:whats/app:0", "urn:crisp.im:-whatsapp:0",
            "urn:crisp.im:whatsapp\n:0", "urn:crisp.im:whatsapp:0\u0000", "urx:crisp.im:whatsapp:0",
            "urn:crisp.im:a-very-long-integration-name-over-32:0"})
    void malformed_origins_are_rejected(String input) {
        assertEquals("origin", assertThrows(InvalidValueException.class, () -> new Origin(input)).field());
    }

    @Test
    void an_over_long_origin_is_rejected() {
        String longUrn = "urn:" + "n".repeat(60) + ":whatsapp:" + "1".repeat(60);
        assertThrows(InvalidValueException.class, () -> new Origin(longUrn));
    }

    @Test
    void generated_well_formed_urns_are_accepted_and_named_by_their_third_part() {
        Random random = new Random(20261123);
        for (int i = 0; i < 5_000; i++) {
            String namespace = Generators.token(random, 1, 30, "abcdefghijklmnopqrstuvwxyz0123456789.-");
            String name = Generators.token(random, 1, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");
            String version = Generators.token(random, 1, 5, "0123456789");
            Origin origin = new Origin("urn:" + namespace + ":" + name + ":" + version);
            assertEquals(Optional.of(name.toLowerCase()), origin.integrationName());
        }
    }

    @Test
    void generated_junk_is_either_a_well_formed_origin_or_rejected_with_an_invalid_value() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String junk = Generators.anyText(random, 0, 140);
            try {
                Origin origin = new Origin(junk);
                assertTrue(origin.value().equals("chat") || origin.value().equals("email")
                        || origin.integrationName().isPresent());
            } catch (InvalidValueException expected) {
                assertEquals("origin", expected.field());
            }
        }
    }
}
