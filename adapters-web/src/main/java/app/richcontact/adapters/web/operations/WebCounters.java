package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.LabelledCounter;
import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import java.util.List;

/** What the web adapter itself counts: settings page and API requests, rate limiting, web hooks. */
public final class WebCounters implements MetricSource {

    private static final int MAX_SERIES = 500;

    private final LabelledCounter settingsRequests = new LabelledCounter("richcontact_settings_requests_total",
            "Settings page and API requests by route and status.", MAX_SERIES, "route", "status");
    private final LabelledCounter rateLimited = new LabelledCounter("richcontact_rate_limited_total",
            "Settings requests refused with 429, by the limiter that refused them.", MAX_SERIES, "limiter");
    private final LabelledCounter hookRequests = new LabelledCounter("richcontact_webhook_requests_total",
            "Web hook deliveries by result.", MAX_SERIES, "result");
    private final LabelledCounter hookEvents = new LabelledCounter("richcontact_webhook_events_total",
            "Verified web hook deliveries by event name (other for unknown names).", MAX_SERIES, "event");
    private final LabelledCounter droppedEvents = new LabelledCounter("richcontact_events_dropped_total",
            "Events that could not be used, by source and reason.", MAX_SERIES, "source", "reason");
    private final LabelledCounter ignoredFields = new LabelledCounter("richcontact_webhook_fields_ignored_total",
            "Optional event fields left out because they did not parse.", MAX_SERIES, "field");
    private final LabelledCounter installationFailures = new LabelledCounter(
            "richcontact_webhook_installation_failures_total",
            "Installation events from web hooks whose handling failed, by cause.", MAX_SERIES, "cause");

    public void settingsRequest(String route, int status) {
        settingsRequests.increment(route, Integer.toString(status));
    }

    public void rateLimited(String limiter) {
        rateLimited.increment(limiter);
    }

    public void hookRequest(String result) {
        hookRequests.increment(result);
    }

    public void hookEvent(String event) {
        hookEvents.increment(event);
    }

    public void dropped(String source, String reason) {
        droppedEvents.increment(source, reason);
    }

    public void ignoredField(String field) {
        ignoredFields.increment(field);
    }

    public void installationFailure(String cause) {
        installationFailures.increment(cause);
    }

    @Override
    public void writeTo(MetricWriter writer) {
        List.of(settingsRequests, rateLimited, hookRequests, hookEvents, droppedEvents, ignoredFields,
                installationFailures).forEach(counter -> counter.writeTo(writer));
    }
}
