package app.richcontact.application.capture;

import app.richcontact.application.port.in.DrainCapturesUseCase;
import java.time.Duration;

/** Closes every window and waiting retry now, then waits for the work under way. */
final class DrainCapturesService implements DrainCapturesUseCase {

    private final PendingCaptures pending;
    private final CaptureRunner runner;

    DrainCapturesService(PendingCaptures pending, CaptureRunner runner) {
        this.pending = pending;
        this.runner = runner;
    }

    @Override
    public DrainReport drain(Duration deadline) {
        int closed = pending.closeAll() + runner.retryDeferredNow();
        return new DrainReport(closed, runner.awaitIdle(deadline));
    }
}
