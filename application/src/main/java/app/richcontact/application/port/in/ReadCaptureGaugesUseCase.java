package app.richcontact.application.port.in;

/** The current sizes of the in-memory capture state, for metrics and benchmarks. */
@FunctionalInterface
public interface ReadCaptureGaugesUseCase {

    CaptureGauges gauges();

    /**
     * Open windows, details held for sessions not yet triggered, captures waiting to retry,
     * captures being processed, and sessions remembered as handled; and, counted since start,
     * how many times a capture was put off for a retry.
     */
    record CaptureGauges(int open, int early, int deferred, int running, int handled, long deferrals) {
    }
}
