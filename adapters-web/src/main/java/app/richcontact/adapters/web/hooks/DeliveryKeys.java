package app.richcontact.adapters.web.hooks;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deliveries already handled, so that Crisp's retries change nothing: a bounded set of keys
 * that expire. Keys are identifiers and hashes, never payload text.
 */
final class DeliveryKeys {

    private final int maxKeys;
    private final Duration memory;
    private final Clock clock;
    /** Insertion order is expiry order, since every key lives equally long. */
    private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>();

    DeliveryKeys(int maxKeys, Duration memory, Clock clock) {
        this.maxKeys = maxKeys;
        this.memory = memory;
        this.clock = clock;
    }

    /** Records the key; true when it was not seen within the memory (a first delivery). */
    synchronized boolean firstDelivery(String key) {
        long now = clock.millis();
        forgetExpired(now);
        Long expiry = expiries.get(key);
        if (expiry != null) {
            return false;
        }
        if (expiries.size() >= maxKeys) {
            Iterator<String> oldest = expiries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        expiries.put(key, now + memory.toMillis());
        return true;
    }

    /** Forgets a key whose handling failed, so that Crisp's retry is handled again. */
    synchronized void forget(String key) {
        expiries.remove(key);
    }

    synchronized int size() {
        return expiries.size();
    }

    private void forgetExpired(long now) {
        Iterator<Map.Entry<String, Long>> entries = expiries.entrySet().iterator();
        while (entries.hasNext() && entries.next().getValue() <= now) {
            entries.remove();
        }
    }
}
