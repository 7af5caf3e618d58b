package app.richcontact.probe;

import java.time.Duration;

/**
 * The time the probe's waits are measured in, and how it waits: the system's in production; in
 * tests, one that moves the sandbox's CRM clock instead of sleeping.
 */
interface ProbeClock {

    /** The system clock and {@link Thread#sleep}. */
    ProbeClock SYSTEM = new ProbeClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void pause(Duration delay) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ProbeFailure("interrupted while waiting for a fresh read");
            }
        }
    };

    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Lets {@code delay} pass. */
    void pause(Duration delay);
}
