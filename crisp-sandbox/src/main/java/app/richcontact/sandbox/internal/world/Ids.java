package app.richcontact.sandbox.internal.world;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Makes identifiers shaped like Crisp's (UUIDs, prefixed session ids, JS-safe fingerprints). */
public final class Ids {

    private Ids() {
    }

    public static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // Cheaper than UUID.randomUUID(), which goes through SecureRandom on the hot path.
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    public static String sessionId() {
        return "session_" + uuid();
    }

    /** Fingerprints stay below 2^53 so a JavaScript client reads them exactly, as Crisp's do. */
    public static long fingerprint() {
        return ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 900_000_000_000_000L);
    }

    /** A 64-character hex secret, the shape of Crisp plugin keys and website tokens. */
    public static String secret() {
        return uuid().replace("-", "") + uuid().replace("-", "");
    }
}
