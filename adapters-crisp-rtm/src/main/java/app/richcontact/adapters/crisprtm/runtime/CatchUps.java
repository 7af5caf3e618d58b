package app.richcontact.adapters.crisprtm.runtime;

import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.CatchUpReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Runs the application's catch-up for each period the listener was deaf, on a thread of its own
 * and one at a time. A gap reported while one runs, or sooner than {@code spacing} after the
 * last one started, waits for the next run, so that a flapping connection cannot spend Crisp's
 * daily quota on scans. Waiting periods that overlap are merged; separate ones stay separate, so
 * that two short gaps hours apart never become one long scan. A period whose run failed is
 * tried again with the next run, unless it failed more than an hour ago. An incomplete report
 * (quota) is the application's decision and is only logged.
 */
public final class CatchUps {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUps.class);
    private static final long FORGET_FAILED_AFTER_NANOS = TimeUnit.HOURS.toNanos(1);

    /** A period to scan, from inclusive to until. */
    private record Window(Instant from, Instant until) {

        boolean overlaps(Window other) {
            return !from.isAfter(other.until) && !other.from.isAfter(until);
        }

        Window merge(Window other) {
            return new Window(from.isBefore(other.from) ? from : other.from,
                    until.isAfter(other.until) ? until : other.until);
        }
    }

    /** A period whose run failed, and when. */
    private record Failed(Window window, long failedAtNanos) {
    }

    private final CatchUpConversationsUseCase useCase;
    private final ListenerCounters counters;
    private final long spacingNanos;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.single("catch-up"));
    /** Disjoint periods waiting for the next run, in the order they were reported. */
    private final List<Window> pending = new ArrayList<>();
    private final List<Failed> failed = new ArrayList<>();
    /** A run is under way or scheduled: a new gap only joins {@link #pending}. */
    private boolean busy;
    private long lastStartNanos;
    private boolean everStarted;

    public CatchUps(CatchUpConversationsUseCase useCase, ListenerCounters counters, Duration spacing) {
        this.useCase = useCase;
        this.counters = counters;
        this.spacingNanos = spacing.toNanos();
    }

    /** Asks for the conversations created between {@code from} and {@code until} to be scanned. */
    public void gap(Instant from, Instant until) {
        Window window = new Window(from, until.isBefore(from) ? from : until);
        synchronized (this) {
            long now = System.nanoTime();
            for (Failed again : failed) {
                if (now - again.failedAtNanos() < FORGET_FAILED_AFTER_NANOS) {
                    add(again.window());
                }
            }
            failed.clear();
            add(window);
            if (busy) {
                return;
            }
            busy = true;
            scheduleNext();
        }
    }

    /** Adds a period, merging it with those it overlaps; holds the lock. */
    private void add(Window window) {
        Window merged = window;
        for (Iterator<Window> it = pending.iterator(); it.hasNext(); ) {
            Window waiting = it.next();
            if (waiting.overlaps(merged)) {
                merged = merged.merge(waiting);
                it.remove();
            }
        }
        pending.add(merged);
    }

    /** Schedules the next run once the spacing since the last start has passed; holds the lock. */
    private void scheduleNext() {
        long wait = everStarted ? spacingNanos - (System.nanoTime() - lastStartNanos) : 0;
        try {
            thread.schedule(this::runPending, Math.max(0, wait), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            busy = false;
        }
    }

    private void runPending() {
        List<Window> windows;
        synchronized (this) {
            windows = List.copyOf(pending);
            pending.clear();
            if (windows.isEmpty()) {
                busy = false;
                return;
            }
            everStarted = true;
            lastStartNanos = System.nanoTime();
        }
        try {
            windows.forEach(this::run);
        } finally {
            synchronized (this) {
                if (pending.isEmpty()) {
                    busy = false;
                } else {
                    scheduleNext();
                }
            }
        }
    }

    private void run(Window window) {
        counters.catchUpRun();
        LOG.info("Catching up on conversations created from {} to {}, while no event could reach us",
                window.from(), window.until());
        try {
            CatchUpReport report = useCase.catchUp(window.from(), window.until());
            LOG.atLevel(report.complete() ? Level.INFO : Level.WARN).log(
                    "Catch-up {}: {} of {} websites scanned, {} conversations listed, {} captures opened",
                    report.complete() ? "done" : "stopped early (quota or Crisp errors)", report.websitesScanned(),
                    report.websitesToScan(), report.conversationsListed(), report.capturesOpened());
        } catch (Throwable error) {
            // Errors too: a run that escapes would leave this thread scheduled for nothing.
            synchronized (this) {
                failed.add(new Failed(window, System.nanoTime()));
            }
            LOG.warn("Catch-up from {} to {} failed ({}); it will be retried with the next one",
                    window.from(), window.until(), error.getClass().getName());
        }
    }

    /** Interrupts a run in progress and forgets the pending ones. */
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("A catch-up still runs after close; it is abandoned");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
