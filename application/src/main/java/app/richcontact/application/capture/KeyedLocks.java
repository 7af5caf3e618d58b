package app.richcontact.application.capture;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Mutual exclusion per key, for keys that come and go: a lock exists only while someone holds
 * or waits for it, so memory stays proportional to the work under way.
 */
final class KeyedLocks<K> {

    private final ConcurrentHashMap<K, Entry> entries = new ConcurrentHashMap<>();

    <T> T withLock(K key, Supplier<T> work) {
        Entry entry = entries.compute(key, (k, existing) -> {
            Entry held = existing == null ? new Entry() : existing;
            held.users++;
            return held;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            entries.compute(key, (k, held) -> --held.users == 0 ? null : held);
        }
    }

    int size() {
        return entries.size();
    }

    /** A lock and its number of holders and waiters; users changes only inside compute. */
    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock();
        private int users;
    }
}
