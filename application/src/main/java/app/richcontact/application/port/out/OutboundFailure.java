package app.richcontact.application.port.out;

import app.richcontact.application.port.in.UseCaseFailure;
import java.time.Duration;

/**
 * An out-port call failed. Adapters translate their errors into this once, at their edge; the
 * message must never contain personal data or secrets. It reaches inbound adapters as the
 * in-ports' {@link UseCaseFailure}, labelled with its cause.
 */
public final class OutboundFailure extends UseCaseFailure {

    private static final long serialVersionUID = 1L;

    private final FailureCause cause;

    public OutboundFailure(FailureCause cause, String message, Duration retryAfter, Throwable origin) {
        super(java.util.Objects.requireNonNull(cause, "cause").label(), message, retryAfter, origin);
        this.cause = cause;
    }

    public OutboundFailure(FailureCause cause, String message) {
        this(cause, message, null, null);
    }

    public FailureCause failureCause() {
        return cause;
    }
}
