package app.richcontact.application.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.fake.ManualClock;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandledSessionsTest {

    private final ManualClock clock = new ManualClock();
    private final HandledSessions handled = new HandledSessions(clock, Duration.ofHours(1), 3);

    private static SessionKey session() {
        return new SessionKey(new WebsiteId(UUID.randomUUID().toString()), new SessionId("session_" + UUID.randomUUID()));
    }

    @Test
    void a_remembered_session_is_known_until_its_memory_expires() {
        SessionKey key = session();
        handled.remember(key);
        clock.advance(Duration.ofMinutes(59));
        assertTrue(handled.contains(key));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(handled.contains(key));
        assertEquals(0, handled.size());
    }

    @Test
    void the_oldest_sessions_are_forgotten_beyond_capacity() {
        SessionKey first = session();
        handled.remember(first);
        for (int i = 0; i < 3; i++) {
            handled.remember(session());
        }
        assertFalse(handled.contains(first));
        assertEquals(3, handled.size());
    }

    @Test
    void sessions_are_told_apart_by_website_and_session() {
        SessionKey key = session();
        handled.remember(key);
        assertTrue(handled.contains(new SessionKey(key.website(), new SessionId(key.session().value().toUpperCase()
                .replace("SESSION_", "session_")))));
        assertFalse(handled.contains(new SessionKey(new WebsiteId(UUID.randomUUID().toString()), key.session())));
    }
}
