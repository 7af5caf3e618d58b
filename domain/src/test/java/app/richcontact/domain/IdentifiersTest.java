package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static final String UUID = "8C4A0E5B-1F2D-4C3B-9A8E-7D6C5B4A3F2E";

    @Test
    void a_website_id_is_a_uuid_kept_in_lower_case() {
        assertEquals(UUID.toLowerCase(), new WebsiteId(UUID).value());
        assertEquals(new WebsiteId(UUID), new WebsiteId(UUID.toLowerCase()));
    }

    @Test
    void a_session_id_is_session_underscore_and_a_uuid() {
        assertEquals("session_" + UUID.toLowerCase(), new SessionId("session_" + UUID).value());
    }

    @Test
    void a_people_id_is_a_uuid() {
        assertEquals(UUID.toLowerCase(), new ContactId(UUID).value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not-a-uuid", "8c4a0e5b1f2d4c3b9a8e7d6c5b4a3f2e",
            "8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2", "8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2e0",
            "8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2g", " 8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2e",
            "8c4a0e5b-1f2d-4c3b-9a8e_7d6c5b4a3f2e", "../../../etc/passwd"})
    void anything_but_a_uuid_is_rejected_as_a_website_id_without_echoing_it(String input) {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new WebsiteId(input));
        assertEquals("website_id", error.field());
        if (input != null && !input.isEmpty()) {
            assertFalse(error.getMessage().contains(input));
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "session_", "session-8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2e",
            "8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2e", "SESSION_8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2e",
            "session_8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2", "session_8c4a0e5b-1f2d-4c3b-9a8e-7d6c5b4a3f2e\n"})
    void anything_but_session_underscore_uuid_is_rejected_as_a_session_id(String input) {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> new SessionId(input));
        assertEquals("session_id", error.field());
    }
}
