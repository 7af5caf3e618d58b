package app.richcontact.application.port.in;

import java.time.Duration;
import java.util.Optional;

/**
 * A use case could not finish because something it depends on failed (Crisp down, quota spent,
 * a request refused): the one failure the in-ports throw, so that inbound adapters need nothing
 * from the out-ports. Its message never contains personal data or secrets.
 */
public class UseCaseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient Duration retryAfter;

    /**
     * @param reason     why, as a snake_case counter label
     * @param retryAfter how long the remote side asked us to wait, or null when it did not say
     */
    public UseCaseFailure(String reason, String message, Duration retryAfter, Throwable origin) {
        super(message, origin);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must be given");
        }
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** Why it failed, as a snake_case label for metrics and logs. */
    public String reason() {
        return reason;
    }

    /** How long the remote side asked us to wait, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
