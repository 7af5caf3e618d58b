package app.richcontact.application.port.out;

/** Hears how every capture ended, to count and log it. Called from worker threads. */
@FunctionalInterface
public interface CaptureOutcomes {

    void report(CaptureOutcome outcome);
}
