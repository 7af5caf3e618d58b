package app.richcontact.application.fake;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the calls the fakes receive, each of which would be one Crisp request in production. */
public final class CrispCalls {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void count(String call) {
        counts.computeIfAbsent(call, key -> new AtomicInteger()).incrementAndGet();
    }

    public int of(String call) {
        AtomicInteger count = counts.get(call);
        return count == null ? 0 : count.get();
    }

    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public void reset() {
        counts.clear();
    }

    @Override
    public String toString() {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((call, count) -> sorted.put(call, count.get()));
        return sorted.toString();
    }
}
