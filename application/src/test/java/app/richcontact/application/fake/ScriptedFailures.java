package app.richcontact.application.fake;

import java.util.concurrent.ConcurrentLinkedQueue;

/** Failures a test queues up for a fake to throw, one per call, before it behaves again. */
public final class ScriptedFailures {

    /** Queued for a call that passes. */
    private static final RuntimeException PASS = new RuntimeException("pass");

    private final ConcurrentLinkedQueue<RuntimeException> queued = new ConcurrentLinkedQueue<>();

    public void failNext(RuntimeException... failures) {
        queued.addAll(java.util.List.of(failures));
    }

    /** The next {@code passes} calls behave, the one after them throws {@code failure}. */
    public void passThenFail(int passes, RuntimeException failure) {
        for (int i = 0; i < passes; i++) {
            queued.add(PASS);
        }
        queued.add(failure);
    }

    void throwIfScripted() {
        RuntimeException failure = queued.poll();
        if (failure != null && failure != PASS) {
            throw failure;
        }
    }
}
