package app.richcontact.adapters.crisprtm.runtime;

import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.CatchUpReport;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the application's catch-up for each period the listener was deaf, on a thread of its own
 * and one at a time: a gap reported while one runs waits and is merged with any other into the
 * next run. A run that throws keeps its window for the next gap; an incomplete report (quota)
 * is the application's decision and is only logged.
 */
public final class CatchUps {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUps.class);

    /** A period to scan, from inclusive to until. */
    private record Window(Instant from, Instant until) {

        Window merge(Window other) {
            if (other == null) {
                return this;
            }
            return new Window(from.isBefore(other.from) ? from : other.from,
                    until.isAfter(other.until) ? until : other.until);
        }
    }

    private final CatchUpConversationsUseCase useCase;
    private final ListenerCounters counters;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.single("catch-up"));
    private Window pending;
    private Window failed;
    private boolean running;

    public CatchUps(CatchUpConversationsUseCase useCase, ListenerCounters counters) {
        this.useCase = useCase;
        this.counters = counters;
    }

    /** Asks for the conversations created between {@code from} and {@code until} to be scanned. */
    public void gap(Instant from, Instant until) {
        Window window = new Window(from, until.isBefore(from) ? from : until);
        synchronized (this) {
            pending = window.merge(pending).merge(failed);
            failed = null;
            if (running || thread.isShutdown()) {
                return;
            }
            running = true;
        }
        try {
            thread.execute(this::drain);
        } catch (RejectedExecutionException closed) {
            synchronized (this) {
                running = false;
            }
        }
    }

    private void drain() {
        while (true) {
            Window window;
            synchronized (this) {
                window = pending;
                pending = null;
                if (window == null || Thread.currentThread().isInterrupted()) {
                    running = false;
                    return;
                }
            }
            run(window);
        }
    }

    private void run(Window window) {
        counters.catchUpRun();
        LOG.info("Catching up on conversations created from {} to {}, while no event could reach us",
                window.from(), window.until());
        try {
            CatchUpReport report = useCase.catchUp(window.from(), window.until());
            if (report.complete()) {
                LOG.info("Catch-up done: {} of {} websites scanned, {} conversations listed, {} captures opened",
                        report.websitesScanned(), report.websitesToScan(), report.conversationsListed(),
                        report.capturesOpened());
            } else {
                LOG.warn("Catch-up stopped early (quota or Crisp errors): {} of {} websites scanned, "
                                + "{} conversations listed, {} captures opened",
                        report.websitesScanned(), report.websitesToScan(), report.conversationsListed(),
                        report.capturesOpened());
            }
        } catch (RuntimeException error) {
            synchronized (this) {
                failed = window.merge(failed);
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
