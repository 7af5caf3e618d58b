package app.richcontact.application.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Contacts whose creation failed without a clear answer (a timeout, a 5xx, a reset): Crisp may
 * still apply it. Until the CRM shows the contact, or until it has had {@link #SETTLE} to do so,
 * nothing else may create a contact for that identity; past it, the creation is taken as lost.
 */
final class UnresolvedCreations<K> {

    /**
     * Longer than any request Crisp could still be working on after we gave up waiting (90 s), plus
     * the time its search index may take to show what it applied (2 minutes, the sandbox's least
     * forgiving search lag): before that, a lookup that finds nothing does not mean it was lost.
     */
    static final Duration SETTLE = Duration.ofMinutes(4);
    /** Beyond this, settled entries are swept; entries exist only after failed creations. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final ConcurrentHashMap<K, Instant> settledAt = new ConcurrentHashMap<>();

    UnresolvedCreations(Clock clock) {
        this.clock = clock;
    }

    /** A creation for {@code key} ended without telling whether it was applied. */
    void unresolved(K key) {
        if (settledAt.size() > SWEEP_ABOVE) {
            Instant now = clock.instant();
            settledAt.values().removeIf(until -> !now.isBefore(until));
        }
        settledAt.put(key, clock.instant().plus(SETTLE));
    }

    /** The CRM shows the contact (or nothing is pending): {@code key} is settled. */
    void resolved(K key) {
        settledAt.remove(key);
    }

    /** How long {@code key} may still be applied by Crisp; empty when nothing is pending for it. */
    Optional<Duration> pendingFor(K key) {
        Instant until = settledAt.get(key);
        if (until == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(until)) {
            settledAt.remove(key, until);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }
}
