package app.richcontact.application.port.out;

import java.time.Duration;

/** Runs a task once after a delay: the one timer behind collection windows and retries. */
@FunctionalInterface
public interface TaskScheduler {

    /** Schedules {@code task}; the returned handle cancels it if it has not started. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
