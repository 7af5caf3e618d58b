package app.richcontact.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * An out-port call failed. Adapters translate their errors into this once, at their edge; the
 * message must never contain personal data or secrets.
 */
public final class OutboundFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FailureCause cause;
    private final transient Duration retryAfter;

    public OutboundFailure(FailureCause cause, String message, Duration retryAfter, Throwable origin) {
        super(message, origin);
        this.cause = cause;
        this.retryAfter = retryAfter;
    }

    public OutboundFailure(FailureCause cause, String message) {
        this(cause, message, null, null);
    }

    public FailureCause failureCause() {
        return cause;
    }

    /** How long the remote side asked us to wait, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
