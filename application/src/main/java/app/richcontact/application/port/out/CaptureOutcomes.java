package app.richcontact.application.port.out;

import java.time.Duration;

/** Hears how every capture ended, to count and log it. Called from worker threads. */
@FunctionalInterface
public interface CaptureOutcomes {

    void report(CaptureOutcome outcome);

    /**
     * As {@link #report(CaptureOutcome)}, for a capture that was decided, with how long it took
     * from its first event (collection window and retries included).
     */
    default void report(CaptureOutcome outcome, Duration sinceFirstEvent) {
        report(outcome);
    }
}
