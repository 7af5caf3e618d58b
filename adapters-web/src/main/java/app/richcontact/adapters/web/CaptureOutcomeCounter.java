package app.richcontact.adapters.web;

import app.richcontact.adapters.web.operations.LabelledCounter;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;

/**
 * Counts how captures end, by outcome, skip reason or failure cause, and channel, for
 * {@code richcontact_captures_total}. Bootstrap composes it with its outcome logger into the
 * one {@link CaptureOutcomes} the application reports to. Counts only enum labels and channel
 * names, never who the visitor was.
 */
public final class CaptureOutcomeCounter implements CaptureOutcomes, MetricSource {

    /** Channel names come from integration URNs: bound the series an odd integration can add. */
    private static final int MAX_SERIES = 2_000;

    private final LabelledCounter captures = new LabelledCounter("richcontact_captures_total",
            "Captures by how they ended: outcome, skip reason or failure cause, and channel.",
            MAX_SERIES, "outcome", "reason", "channel");

    @Override
    public void report(CaptureOutcome outcome) {
        String channel = outcome.channel() == null ? "unknown" : outcome.channel().name();
        if (outcome instanceof CaptureOutcome.Created) {
            captures.increment("created", "none", channel);
        } else if (outcome instanceof CaptureOutcome.Skipped skipped) {
            captures.increment("skipped", skipped.reason().label(), channel);
        } else if (outcome instanceof CaptureOutcome.Failed failed) {
            captures.increment("failed", failed.cause().label(), channel);
        }
    }

    /** How many captures ended this way so far. */
    public long count(String outcome, String reason, String channel) {
        return captures.count(outcome, reason, channel);
    }

    @Override
    public void writeTo(MetricWriter writer) {
        captures.writeTo(writer);
    }
}
