package app.richcontact.application.fake;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps every reported outcome, and lets a test await a number of them with a deadline. */
public final class RecordingOutcomes implements CaptureOutcomes {

    private final List<CaptureOutcome> outcomes = new ArrayList<>();

    @Override
    public synchronized void report(CaptureOutcome outcome) {
        outcomes.add(outcome);
        notifyAll();
    }

    public synchronized List<CaptureOutcome> all() {
        return List.copyOf(outcomes);
    }

    /** Waits until at least {@code count} outcomes arrived; fails the test at the deadline. */
    public synchronized List<CaptureOutcome> await(int count, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (outcomes.size() < count) {
            long remaining = end - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("expected " + count + " outcomes within " + deadline + ", got " + outcomes);
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        return List.copyOf(outcomes);
    }

    public synchronized void clear() {
        outcomes.clear();
    }
}
