package app.richcontact.application.port.out;

import java.util.Locale;

/** Why a call to the outside failed, as far as the application needs to tell causes apart. */
public enum FailureCause {
    /** The daily quota (or our own budget) is spent: retry much later, never at once. */
    QUOTA_EXHAUSTED(true),
    /** The remote side is down, slow or erroring after the adapter's own retries: retry later. */
    UNAVAILABLE(true),
    /** The request was refused as unauthorised, forbidden or invalid: a configuration problem. */
    REJECTED(false),
    /** Anything else, including a bug: not retried. */
    UNEXPECTED(false);

    private final boolean retryable;

    FailureCause(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The snake_case name used in metrics and logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
