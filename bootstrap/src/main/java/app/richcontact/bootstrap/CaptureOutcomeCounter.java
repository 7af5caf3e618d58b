package app.richcontact.bootstrap;

import app.richcontact.adapters.web.LabelledCounter;
import app.richcontact.adapters.web.LatencyHistogram;
import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import java.time.Duration;

/**
 * Counts how captures end, by outcome ({@code created}, {@code attached} to an existing contact,
 * {@code skipped}, {@code failed}), skip reason or failure cause, and channel, for
 * {@code richcontact_captures_total}, and how long decided ones took, for
 * {@code richcontact_capture_latency_seconds}: metrics the web adapter exposes. It hears the application's
 * out-port, so it lives here rather than in an inbound adapter; bootstrap composes it with its
 * outcome logger. Counts only enum labels and channel names, never who the visitor was.
 */
final class CaptureOutcomeCounter implements CaptureOutcomes, MetricSource {

    /** Channel names come from integration URNs: bound the series an odd integration can add. */
    private static final int MAX_SERIES = 2_000;

    private final LabelledCounter captures = new LabelledCounter("richcontact_captures_total",
            "Captures by how they ended: outcome (created, attached, skipped, failed), skip reason or failure cause, and channel.",
            MAX_SERIES, "outcome", "reason", "channel");
    /** Around the default 3 s window, then the retries' scale (15 s doubling, up to minutes). */
    private final LatencyHistogram latency = new LatencyHistogram("richcontact_capture_latency_seconds",
            "From a decided capture's first event to its outcome, collection window and retries included.",
            0.5, 1, 2, 3, 3.5, 4, 5, 7.5, 10, 20, 30, 60, 120, 300, 900);

    @Override
    public void report(CaptureOutcome outcome, Duration sinceFirstEvent) {
        report(outcome);
        latency.observe(sinceFirstEvent);
    }

    @Override
    public void report(CaptureOutcome outcome) {
        String channel = outcome.channel() == null ? "unknown" : outcome.channel().name();
        if (outcome instanceof CaptureOutcome.Created) {
            captures.increment("created", "none", channel);
        } else if (outcome instanceof CaptureOutcome.Attached attached) {
            captures.increment("attached", attached.reason().label(), channel);
        } else if (outcome instanceof CaptureOutcome.Skipped skipped) {
            captures.increment("skipped", skipped.reason().label(), channel);
        } else if (outcome instanceof CaptureOutcome.Failed failed) {
            captures.increment("failed", failed.cause().label(), channel);
        }
    }

    /** How many captures ended this way so far. */
    long count(String outcome, String reason, String channel) {
        return captures.count(outcome, reason, channel);
    }

    @Override
    public void writeTo(MetricWriter writer) {
        captures.writeTo(writer);
        latency.writeTo(writer);
    }
}
