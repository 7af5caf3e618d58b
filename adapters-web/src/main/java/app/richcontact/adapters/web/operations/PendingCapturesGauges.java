package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import app.richcontact.application.port.in.ReadCaptureGaugesUseCase;
import app.richcontact.application.port.in.ReadCaptureGaugesUseCase.CaptureGauges;
import java.util.Map;

/** The application's capture state sizes as gauges. */
public final class PendingCapturesGauges implements MetricSource {

    private static final String PENDING = "richcontact_pending_captures";
    private static final String PENDING_HELP =
            "Captures held in memory by state: open window, early details, waiting to retry, running.";

    private final ReadCaptureGaugesUseCase gauges;

    public PendingCapturesGauges(ReadCaptureGaugesUseCase gauges) {
        this.gauges = gauges;
    }

    @Override
    public void writeTo(MetricWriter writer) {
        CaptureGauges now = gauges.gauges();
        writer.gauge(PENDING, PENDING_HELP, Map.of("state", "open"), now.open());
        writer.gauge(PENDING, PENDING_HELP, Map.of("state", "early"), now.early());
        writer.gauge(PENDING, PENDING_HELP, Map.of("state", "deferred"), now.deferred());
        writer.gauge(PENDING, PENDING_HELP, Map.of("state", "running"), now.running());
        writer.gauge("richcontact_handled_sessions",
                "Sessions remembered as decided, so that later messages cost nothing.", now.handled());
        writer.counter("richcontact_capture_deferrals_total",
                "Times a capture that failed for a passing cause was put off for a retry.", now.deferrals());
    }
}
