package app.richcontact.application.fake;

import app.richcontact.application.port.out.TaskScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * A scheduler on a {@link ManualClock}: tasks run, in due order, on the test's thread when the
 * test advances time past their due moment.
 */
public final class ManualScheduler implements TaskScheduler {

    private final ManualClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long sequence;

    public ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable runnable) {
        Task task = new Task(clock.instant().plus(delay), sequence++, runnable);
        tasks.add(task);
        return () -> {
            synchronized (ManualScheduler.this) {
                tasks.remove(task);
            }
        };
    }

    /** Moves the clock forward, running every task that falls due on the way at its due moment. */
    public void advance(Duration duration) {
        Instant target = clock.instant().plus(duration);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.dueAt.isAfter(target)) {
                    break;
                }
                tasks.poll();
            }
            if (next.dueAt.isAfter(clock.instant())) {
                clock.set(next.dueAt);
            }
            next.runnable.run();
        }
        clock.set(target);
    }

    public synchronized int scheduledCount() {
        return tasks.size();
    }

    private record Task(Instant dueAt, long sequence, Runnable runnable) implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            int byTime = dueAt.compareTo(other.dueAt);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
