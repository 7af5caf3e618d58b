package app.richcontact.application.port.in;

import java.time.Duration;

/**
 * Shutdown: opens no new capture, closes every open window at once and waits, up to a
 * deadline, for the captures under way to finish.
 */
@FunctionalInterface
public interface DrainCapturesUseCase {

    DrainReport drain(Duration deadline);

    /** How a drain went: captures closed early, and those still running when it gave up. */
    record DrainReport(int closed, int unfinished) {
    }
}
