package app.richcontact.adapters.crisprest.client;

import app.richcontact.adapters.crisprest.RequestStatistics.RouteStatus;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests by route template and status, for metrics and benchmarks. */
public final class RequestLog {

    private final Map<RouteStatus, LongAdder> counts = new ConcurrentHashMap<>();

    void record(String route, String status) {
        counts.computeIfAbsent(new RouteStatus(route, status), key -> new LongAdder()).increment();
    }

    public Map<RouteStatus, Long> snapshot() {
        Map<RouteStatus, Long> snapshot = new TreeMap<>(
                java.util.Comparator.comparing(RouteStatus::route).thenComparing(RouteStatus::status));
        counts.forEach((key, count) -> snapshot.put(key, count.sum()));
        return snapshot;
    }
}
