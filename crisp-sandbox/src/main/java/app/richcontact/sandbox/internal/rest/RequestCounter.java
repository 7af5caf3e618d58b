package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.RequestLog;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free request counters behind the public {@link RequestLog}. */
public final class RequestCounter implements RequestLog {

    private final LongAdder total = new LongAdder();
    private final ConcurrentHashMap<String, ConcurrentHashMap<Integer, LongAdder>> byRouteAndStatus = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> byWebsite = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder>> byWebsiteAndRoute =
            new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();

    /** Counts one request; {@code websiteId} may be null. */
    public void record(String route, String websiteId, int status) {
        total.increment();
        byRouteAndStatus.computeIfAbsent(route, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder()).increment();
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (websiteId != null) {
            byWebsite.computeIfAbsent(websiteId, w -> new LongAdder()).increment();
            byWebsiteAndRoute.computeIfAbsent(websiteId, w -> new ConcurrentHashMap<>())
                    .computeIfAbsent(route, r -> new LongAdder()).increment();
        }
    }

    @Override
    public long total() {
        return total.sum();
    }

    @Override
    public long count(String routeTemplate) {
        Map<Integer, LongAdder> statuses = byRouteAndStatus.get(routeTemplate);
        return statuses == null ? 0 : statuses.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public long count(String routeTemplate, int status) {
        Map<Integer, LongAdder> statuses = byRouteAndStatus.get(routeTemplate);
        LongAdder adder = statuses == null ? null : statuses.get(status);
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public Map<String, Long> byRoute() {
        Map<String, Long> snapshot = new HashMap<>();
        for (String route : byRouteAndStatus.keySet()) {
            long count = count(route);
            if (count > 0) {
                snapshot.put(route, count);
            }
        }
        return Map.copyOf(snapshot);
    }

    @Override
    public Map<String, Long> byWebsite() {
        return snapshot(byWebsite);
    }

    @Override
    public Map<Integer, Long> byStatus() {
        return snapshot(byStatus);
    }

    @Override
    public Map<String, Long> byRoute(String websiteId) {
        Map<String, LongAdder> routes = byWebsiteAndRoute.get(websiteId);
        return routes == null ? Map.of() : snapshot(routes);
    }

    @Override
    public void reset() {
        total.reset();
        byRouteAndStatus.values().forEach(statuses -> statuses.values().forEach(LongAdder::reset));
        byWebsite.clear();
        byWebsiteAndRoute.clear();
        byStatus.clear();
    }

    private static <K> Map<K, Long> snapshot(Map<K, LongAdder> counters) {
        Map<K, Long> snapshot = new HashMap<>();
        counters.forEach((k, v) -> {
            long sum = v.sum();
            if (sum > 0) {
                snapshot.put(k, sum);
            }
        });
        return Map.copyOf(snapshot);
    }
}
