package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.SessionDatum;
import app.richcontact.sandbox.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The ordered steps of a conversation's start, played back-to-back or spaced on a scheduler. */
final class StartScript {

    private final List<Runnable> steps;

    private StartScript(List<Runnable> steps) {
        this.steps = List.copyOf(steps);
    }

    static StartScript of(Visitor visitor, SessionEvents events) {
        List<Runnable> steps = new ArrayList<>();
        for (SessionDatum datum : SessionDatum.values()) {
            if (visitor.beforeFirstMessage().contains(datum)) {
                addDatum(steps, datum, visitor, events);
            }
        }
        steps.add(() -> events.visitorMessage(visitor.firstMessage()));
        if (visitor.requestInitiated()) {
            steps.add(events::requestInitiated);
        }
        for (SessionDatum datum : SessionDatum.values()) {
            if (!visitor.beforeFirstMessage().contains(datum)) {
                addDatum(steps, datum, visitor, events);
            }
        }
        return new StartScript(steps);
    }

    private static void addDatum(List<Runnable> steps, SessionDatum datum, Visitor visitor, SessionEvents events) {
        switch (datum) {
            case ORIGIN -> steps.add(() -> events.origin(visitor.origin()));
            case NICKNAME -> addIfSet(steps, visitor.nickname(), events::nickname);
            case PHONE -> addIfSet(steps, visitor.phone(), events::phone);
            case GEOLOCATION -> addIfSet(steps, visitor.geolocation(), events::geolocation);
            case EMAIL -> addIfSet(steps, visitor.email(), events::email);
        }
    }

    private static <T> void addIfSet(List<Runnable> steps, T value, Consumer<T> step) {
        if (value != null) {
            steps.add(() -> step.accept(value));
        }
    }

    /** Plays the steps; with no spacing they all run before this returns. */
    CompletableFuture<Void> play(long spacingNanos, ScheduledExecutorService scheduler) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (spacingNanos <= 0) {
            try {
                steps.forEach(Runnable::run);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
            return done;
        }
        // Each step schedules the next, so order holds even on a multi-threaded scheduler.
        steps.get(0).run();
        scheduleFrom(1, spacingNanos, scheduler, done);
        return done;
    }

    private void scheduleFrom(int index, long spacingNanos, ScheduledExecutorService scheduler,
                              CompletableFuture<Void> done) {
        if (index >= steps.size()) {
            done.complete(null);
            return;
        }
        try {
            scheduler.schedule(() -> {
                try {
                    steps.get(index).run();
                    scheduleFrom(index + 1, spacingNanos, scheduler, done);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }, spacingNanos, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The sandbox closed mid-script: nothing more will be emitted.
            done.completeExceptionally(e);
        }
    }
}
