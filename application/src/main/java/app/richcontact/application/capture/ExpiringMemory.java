package app.richcontact.application.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bounded memory whose entries expire: each value is kept for {@code rememberFor} after it
 * was last put, and at most {@code capacity} at once (the oldest go first). Thread-safe.
 */
final class ExpiringMemory<K, V> {

    private record Entry<V>(V value, Instant until) {
    }

    private final Clock clock;
    private final Duration rememberFor;
    private final int capacity;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>();

    ExpiringMemory(Clock clock, Duration rememberFor, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rememberFor = Objects.requireNonNull(rememberFor, "rememberFor");
        if (rememberFor.isNegative() || rememberFor.isZero()) {
            throw new IllegalArgumentException("rememberFor must be positive");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    void put(K key, V value) {
        Entry<V> entry = new Entry<>(Objects.requireNonNull(value, "value"), clock.instant().plus(rememberFor));
        synchronized (entries) {
            entries.remove(key);
            entries.put(key, entry);
            sweep();
        }
    }

    /** The value put for {@code key}, unless it expired or was pushed out. */
    Optional<V> get(K key) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (!now.isBefore(entry.until())) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry.value());
        }
    }

    void remove(K key) {
        synchronized (entries) {
            entries.remove(key);
        }
    }

    /** How many entries are held now (expired ones included until swept). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The entries held, as their own {@code toString} show them (for tests of what is kept). */
    @Override
    public String toString() {
        synchronized (entries) {
            return entries.toString();
        }
    }

    /** Drops expired entries from the oldest end, then the oldest ones past the capacity. */
    private void sweep() {
        Instant now = clock.instant();
        Iterator<Map.Entry<K, Entry<V>>> oldest = entries.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<K, Entry<V>> next = oldest.next();
            if (entries.size() > capacity || !now.isBefore(next.getValue().until())) {
                oldest.remove();
            } else {
                break;
            }
        }
    }
}
