package app.richcontact.adapters.web;

/**
 * Contributes samples to {@code GET /metrics}: bootstrap passes one per adapter that has
 * something to count (Crisp requests by route and status, quota used today, RTM state and
 * reconnects, dropped events by reason). Called on every scrape, from a request thread: read
 * counters, do no I/O.
 */
@FunctionalInterface
public interface MetricSource {

    void writeTo(MetricWriter writer);
}
