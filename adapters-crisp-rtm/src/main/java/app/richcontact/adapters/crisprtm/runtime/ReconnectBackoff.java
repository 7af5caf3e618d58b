package app.richcontact.adapters.crisprtm.runtime;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The delay before the next connection attempt, as Crisp's official client waits: it starts at
 * {@code min}, doubles with each failed attempt up to {@code max}, and each delay is spread by
 * ±{@code jitter} so that many plugins do not reconnect in step. Control thread only.
 */
final class ReconnectBackoff {

    private final long minMillis;
    private final long maxMillis;
    private final double jitter;
    private final DoubleSupplier random;
    private int attempts;

    ReconnectBackoff(Duration min, Duration max, double jitter, DoubleSupplier random) {
        this.minMillis = min.toMillis();
        this.maxMillis = max.toMillis();
        this.jitter = jitter;
        this.random = random;
    }

    Duration next() {
        double base = Math.min((double) maxMillis, minMillis * Math.pow(2, Math.min(attempts, 30)));
        attempts++;
        double spread = base * jitter * (2 * random.getAsDouble() - 1);
        long millis = Math.round(Math.min(maxMillis, base + spread));
        return Duration.ofMillis(Math.max(1, millis));
    }

    void reset() {
        attempts = 0;
    }
}
