package app.richcontact.application.port.out;

/** Hears how every late-email upgrade ended, to count and log it. Called from worker threads. */
@FunctionalInterface
public interface UpgradeOutcomes {

    void report(UpgradeOutcome outcome);
}
