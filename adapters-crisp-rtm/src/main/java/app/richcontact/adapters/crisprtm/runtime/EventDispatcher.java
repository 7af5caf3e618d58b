package app.richcontact.adapters.crisprtm.runtime;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands parsed events from the socket's event thread to the in-ports on one thread of its own,
 * through a bounded queue: the socket thread never waits, and one consumer keeps the order in
 * which Crisp sent the events (so each session's events stay in order). A full queue drops the
 * event, counts it ({@code queue_full}) and tells {@code onLoss}, so that a catch-up recovers
 * it; an in-port that throws, whatever it throws, counts {@code in_port_failed} and the thread
 * goes on.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final Delivery STOP = new Delivery("", () -> { });

    /** One in-port call, named by its event for counters and logs. */
    private record Delivery(String event, Runnable call) {
    }

    private final BlockingQueue<Delivery> queue;
    private final ListenerCounters counters;
    private final Runnable onLoss;
    private final Thread thread;
    private volatile boolean accepting = true;
    private long lastWarnNanos;
    private boolean warned;

    public EventDispatcher(String role, int capacity, ListenerCounters counters, Runnable onLoss) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.counters = counters;
        this.onLoss = onLoss;
        this.thread = DaemonThreads.single(role).newThread(this::run);
    }

    public void start() {
        thread.start();
    }

    /** Queues an in-port call without ever blocking; one it drops is counted. */
    public void offer(String event, Runnable call) {
        if (!accepting) {
            counters.dropped("closing");
        } else if (!queue.offer(new Delivery(event, call))) {
            counters.dropped("queue_full");
            onLoss.run();
        }
    }

    private void run() {
        while (true) {
            Delivery next;
            try {
                next = queue.take();
            } catch (InterruptedException stop) {
                return;
            }
            if (next == STOP) {
                return;
            }
            deliver(next);
        }
    }

    private void deliver(Delivery delivery) {
        try {
            delivery.call().run();
        } catch (Throwable failed) {
            // Errors too: a dead dispatch thread would leave the socket queueing into the void.
            counters.dropped("in_port_failed");
            warnAtMostEvery10Seconds(delivery.event(), failed);
        }
    }

    private void warnAtMostEvery10Seconds(String event, Throwable failed) {
        long now = System.nanoTime();
        // The exception's type only: an in-port's message is not ours to vouch for.
        if (!warned || now - lastWarnNanos >= WARN_EVERY_NANOS) {
            warned = true;
            lastWarnNanos = now;
            LOG.warn("The application failed to handle a {} event ({}); it is dropped and counted as in_port_failed",
                    event, failed.getClass().getName());
        } else {
            LOG.debug("The application failed to handle a {} event ({})", event, failed.getClass().getName());
        }
    }

    /**
     * Stops taking events, delivers those already queued for at most {@code drain}, then stops
     * the thread.
     */
    public void close(Duration drain) {
        accepting = false;
        long deadline = System.nanoTime() + drain.toNanos();
        try {
            if (thread.isAlive() && !queue.offer(STOP, drain.toNanos(), TimeUnit.NANOSECONDS)) {
                thread.interrupt();
            }
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(1_000);
            }
        } catch (InterruptedException interrupted) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
        Delivery left;
        while ((left = queue.poll()) != null) {
            if (left != STOP) {
                counters.dropped("closing");
            }
        }
    }
}
