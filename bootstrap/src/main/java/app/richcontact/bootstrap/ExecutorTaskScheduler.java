package app.richcontact.bootstrap;

import app.richcontact.application.port.out.TaskScheduler;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A timer on a single named daemon thread; cancelled tasks are removed at once. Public so that
 * the benchmarks' heap probe measures captures with the timer production uses.
 */
public final class ExecutorTaskScheduler implements TaskScheduler, AutoCloseable {

    private final ScheduledThreadPoolExecutor timer;

    public ExecutorTaskScheduler(String name) {
        timer = new ScheduledThreadPoolExecutor(1, Threads.daemons(name));
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> scheduled = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> scheduled.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
