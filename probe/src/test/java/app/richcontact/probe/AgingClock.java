package app.richcontact.probe;

import app.richcontact.sandbox.CrispSandbox;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The probe's clock in tests: real time plus all it was asked to wait, which it lets pass for the
 * sandbox's CRM too ({@code ageCrm}) instead of sleeping, so that a two-minute search lag is
 * probed in milliseconds and measured as the probe would measure it.
 */
final class AgingClock implements ProbeClock {

    private final CrispSandbox crisp;
    private final AtomicLong waited = new AtomicLong();

    AgingClock(CrispSandbox crisp) {
        this.crisp = crisp;
    }

    @Override
    public long nanoTime() {
        return System.nanoTime() + waited.get();
    }

    @Override
    public void pause(Duration delay) {
        crisp.scenario().ageCrm(delay);
        waited.addAndGet(delay.toNanos());
    }
}
