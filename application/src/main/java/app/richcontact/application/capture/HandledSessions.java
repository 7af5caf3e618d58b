package app.richcontact.application.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The sessions decided recently (captured, skipped, or known not to be a channel), so that their
 * later messages cost nothing. Bounded in age and size; holds two UUIDs per session as four
 * longs, nothing personal.
 */
final class HandledSessions {

    private final Clock clock;
    private final Duration memory;
    private final int capacity;
    private final LinkedHashMap<Key, Instant> rememberedAt = new LinkedHashMap<>();

    HandledSessions(Clock clock, Duration memory, int capacity) {
        this.clock = clock;
        this.memory = memory;
        this.capacity = capacity;
    }

    synchronized boolean contains(SessionKey session) {
        Key key = Key.of(session);
        Instant at = rememberedAt.get(key);
        if (at == null) {
            return false;
        }
        if (isExpired(at, clock.instant())) {
            rememberedAt.remove(key);
            return false;
        }
        return true;
    }

    synchronized void remember(SessionKey session) {
        Instant now = clock.instant();
        Key key = Key.of(session);
        rememberedAt.remove(key);
        rememberedAt.put(key, now);
        Iterator<Map.Entry<Key, Instant>> oldest = rememberedAt.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<Key, Instant> entry = oldest.next();
            if (rememberedAt.size() <= capacity && !isExpired(entry.getValue(), now)) {
                break;
            }
            oldest.remove();
        }
    }

    synchronized void forget(SessionKey session) {
        rememberedAt.remove(Key.of(session));
    }

    synchronized int size() {
        return rememberedAt.size();
    }

    private boolean isExpired(Instant rememberedAt, Instant now) {
        return !now.isBefore(rememberedAt.plus(memory));
    }

    /** The website and session UUIDs; a session id is {@code session_<uuid>}. */
    private record Key(long websiteHigh, long websiteLow, long sessionHigh, long sessionLow) {

        static Key of(SessionKey key) {
            UUID website = UUID.fromString(key.website().value());
            UUID session = UUID.fromString(key.session().value().substring("session_".length()));
            return new Key(website.getMostSignificantBits(), website.getLeastSignificantBits(),
                    session.getMostSignificantBits(), session.getLeastSignificantBits());
        }
    }
}
