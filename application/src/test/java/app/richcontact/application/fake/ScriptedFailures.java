package app.richcontact.application.fake;

import java.util.concurrent.ConcurrentLinkedQueue;

/** Failures a test queues up for a fake to throw, one per call, before it behaves again. */
public final class ScriptedFailures {

    private final ConcurrentLinkedQueue<RuntimeException> queued = new ConcurrentLinkedQueue<>();

    public void failNext(RuntimeException... failures) {
        queued.addAll(java.util.List.of(failures));
    }

    void throwIfScripted() {
        RuntimeException failure = queued.poll();
        if (failure != null) {
            throw failure;
        }
    }
}
