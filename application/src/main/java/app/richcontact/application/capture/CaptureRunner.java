package app.richcontact.application.capture;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.application.port.out.TaskScheduler;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs closed captures on the worker executor and ends each with exactly one reported outcome.
 * A capture that failed for a passing cause (quota, Crisp unavailable) waits and runs again,
 * with growing delays and a bounded number of attempts, so nothing spins and nothing is lost to
 * a short outage. A failed session is forgotten as handled, so a later message may retry it.
 */
final class CaptureRunner {

    private final Clock clock;
    private final CaptureProcessor processor;
    private final CaptureOutcomes outcomes;
    private final HandledSessions handled;
    private final TaskScheduler scheduler;
    private final Executor workers;
    private final CaptureConfig config;

    private final Map<SessionKey, Deferred> deferred = new HashMap<>();
    private int running;
    private long deferrals;
    private boolean draining;

    CaptureRunner(CaptureProcessor processor, CaptureOutcomes outcomes, HandledSessions handled,
                  TaskScheduler scheduler, Executor workers, CaptureConfig config, Clock clock) {
        this.clock = clock;
        this.processor = processor;
        this.outcomes = outcomes;
        this.handled = handled;
        this.scheduler = scheduler;
        this.workers = workers;
        this.config = config;
    }

    void run(Capture capture) {
        synchronized (this) {
            running++;
        }
        try {
            workers.execute(() -> execute(capture));
        } catch (RejectedExecutionException overloaded) {
            finished();
            capture.countAttempt();
            OutboundFailure busy = new OutboundFailure(FailureCause.UNAVAILABLE, "every capture worker is busy");
            if (!deferIfRetryable(capture, busy)) {
                end(capture, failed(capture, busy.failureCause(), busy.getMessage()));
            }
        }
    }

    private void execute(Capture capture) {
        try {
            CaptureOutcome outcome = attempt(capture);
            if (outcome != null) {
                end(capture, outcome);
            }
        } finally {
            finished();
        }
    }

    /** One attempt: the outcome, or null when the capture was deferred for a retry. */
    private CaptureOutcome attempt(Capture capture) {
        capture.countAttempt();
        try {
            return processor.process(capture);
        } catch (OutboundFailure failure) {
            return deferIfRetryable(capture, failure)
                    ? null : failed(capture, failure.failureCause(), failure.getMessage());
        } catch (RuntimeException bug) {
            return failed(capture, FailureCause.UNEXPECTED, bug.getClass().getName());
        }
    }

    /**
     * Defers a capture that failed for a passing cause, unless attempts are used up or as many
     * captures as open windows are already waiting. Each waits a little longer than asked, by a
     * share fixed by its session, so that captures refused together do not all return together.
     */
    private boolean deferIfRetryable(Capture capture, OutboundFailure failure) {
        synchronized (this) {
            if (draining || !failure.failureCause().retryable() || capture.attempts() > config.retries().max()
                    || deferred.size() >= config.collection().maxOpen()) {
                return false;
            }
            Duration delay = config.retries().delay(capture.attempts(), failure.retryAfter().orElse(null));
            SessionKey key = capture.key();
            deferred.put(key, new Deferred(capture, scheduler.schedule(delay.plus(spread(delay, key)), () -> resume(key))));
            deferrals++;
            return true;
        }
    }

    /** Up to a fifth of the delay, the same for a session on every attempt. */
    private static Duration spread(Duration delay, SessionKey key) {
        return Duration.ofMillis(Math.floorMod(key.hashCode(), 1_000) * delay.toMillis() / 5_000);
    }

    private void resume(SessionKey key) {
        Deferred waiting;
        synchronized (this) {
            waiting = deferred.remove(key);
        }
        if (waiting != null) {
            run(waiting.capture());
        }
    }

    /** Uninstall: captures waiting to retry end as not installed. */
    void dropWebsite(WebsiteId website) {
        List<Capture> dropped = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Deferred> it = deferred.values().iterator(); it.hasNext(); ) {
                Deferred waiting = it.next();
                if (waiting.capture().key().website().equals(website)) {
                    waiting.retry().cancel();
                    dropped.add(waiting.capture());
                    it.remove();
                }
            }
        }
        dropped.forEach(capture -> end(capture, new CaptureOutcome.Skipped(website, capture.key().session(),
                capture.channel(), SkipReason.NOT_INSTALLED)));
    }

    /** Shutdown: no more deferrals; captures waiting to retry make their last attempt now. */
    int retryDeferredNow() {
        List<Capture> now = new ArrayList<>();
        synchronized (this) {
            draining = true;
            deferred.values().forEach(waiting -> {
                waiting.retry().cancel();
                now.add(waiting.capture());
            });
            deferred.clear();
        }
        now.forEach(this::run);
        return now.size();
    }

    /** Waits until no capture runs or the deadline passes; returns how many still run. */
    synchronized int awaitIdle(Duration deadline) {
        long remaining = deadline.toNanos();
        long end = System.nanoTime() + remaining;
        while (running > 0 && remaining > 0) {
            try {
                TimeUnit.NANOSECONDS.timedWait(this, remaining);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            remaining = end - System.nanoTime();
        }
        return running;
    }

    synchronized int runningCount() {
        return running;
    }

    synchronized int deferredCount() {
        return deferred.size();
    }

    /** How many times a capture was put off for a retry since start. */
    synchronized long deferralCount() {
        return deferrals;
    }

    private synchronized void finished() {
        running--;
        if (running == 0) {
            notifyAll();
        }
    }

    private void end(Capture capture, CaptureOutcome outcome) {
        if (outcome instanceof CaptureOutcome.Failed) {
            handled.forget(capture.key());
        }
        outcomes.report(outcome, Duration.between(capture.firstEventAt(), clock.instant()));
    }

    private static CaptureOutcome failed(Capture capture, FailureCause cause, String detail) {
        return new CaptureOutcome.Failed(capture.key().website(), capture.key().session(), capture.channel(),
                cause, detail);
    }

    /** A capture waiting for its retry, and the timer that will run it. */
    private record Deferred(Capture capture, TaskScheduler.Cancellable retry) {
    }
}
