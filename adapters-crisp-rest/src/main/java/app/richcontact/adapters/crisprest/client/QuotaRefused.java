package app.richcontact.adapters.crisprest.client;

import java.time.Duration;

/** Crisp answered 429 or 420: the daily quota is spent. Opens the circuit; never retried at once. */
final class QuotaRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    QuotaRefused(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** What Crisp's {@code Retry-After} asked for, or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
