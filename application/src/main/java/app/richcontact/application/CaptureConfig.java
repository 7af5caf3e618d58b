package app.richcontact.application;

import app.richcontact.domain.ChannelRules;
import java.time.Duration;

/**
 * The tunables of capturing, grouped by concern and validated once. Build it with
 * {@link #builder()}: each default is written once, in the builder.
 *
 * @param collection how long and how many captures collect details
 * @param memory     how long and how many decided sessions are remembered, so that later messages cost nothing
 * @param retries    how captures that failed for a passing cause are retried
 * @param channels   which origins are messaging channels, and under which name
 */
public record CaptureConfig(Collection collection, Memory memory, Retries retries, ChannelRules channels) {

    /** The production defaults. */
    public static final CaptureConfig DEFAULTS = builder().build();

    public CaptureConfig {
        require(collection != null && memory != null && retries != null, "collection, memory and retries must be given");
        require(channels != null, "channels must be given");
    }

    /**
     * How captures collect details.
     *
     * @param window          how long a capture collects details after its trigger (zero allowed, at most 10 minutes)
     * @param maxOpen         the bound on open windows (and, separately, on details held for sessions not yet triggered)
     * @param earlyDetailsTtl how long details that arrive before the first message are kept
     */
    public record Collection(Duration window, int maxOpen, Duration earlyDetailsTtl) {

        private static final Duration MAX_WINDOW = Duration.ofMinutes(10);

        public Collection {
            require(window != null && !window.isNegative() && window.compareTo(MAX_WINDOW) <= 0,
                    "window must be between 0 and 10 minutes");
            require(maxOpen > 0, "maxOpenCaptures must be positive");
            require(positive(earlyDetailsTtl), "earlyDetailsTtl must be positive");
        }
    }

    /**
     * How decided sessions are remembered.
     *
     * @param handledFor  how long a decided session is remembered
     * @param maxSessions how many decided sessions are remembered at most
     */
    public record Memory(Duration handledFor, int maxSessions) {

        public Memory {
            require(positive(handledFor), "handledMemory must be positive");
            require(maxSessions > 0, "maxHandledSessions must be positive");
        }
    }

    /**
     * Retries of captures that failed for a passing cause: they start at {@code firstDelay} and
     * double up to {@code maxDelay}, at most {@code max} times.
     */
    public record Retries(Duration firstDelay, Duration maxDelay, int max) {

        public Retries {
            require(positive(firstDelay), "firstRetryDelay must be positive");
            require(maxDelay != null && maxDelay.compareTo(firstDelay) >= 0, "maxRetryDelay must be at least firstRetryDelay");
            require(max >= 0, "maxRetries must not be negative");
        }

        /** The delay before retry number {@code attempt} (1-based), at least what the remote side asked. */
        public Duration delay(int attempt, Duration askedFor) {
            Duration backoff = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
            Duration delay = backoff.compareTo(maxDelay) > 0 ? maxDelay : backoff;
            return askedFor != null && askedFor.compareTo(delay) > 0 ? askedFor : delay;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CaptureConfig}; its field initialisers are the production defaults. */
    public static final class Builder {

        private Builder() {
        }

        private ChannelRules channels = ChannelRules.DEFAULT;
        public Builder channels(ChannelRules value) { this.channels = value; return this; }
        private Duration window = Duration.ofSeconds(3);
        public Builder window(Duration value) { this.window = value; return this; }
        private Duration earlyDetailsTtl = Duration.ofSeconds(30);
        public Builder earlyDetailsTtl(Duration value) { this.earlyDetailsTtl = value; return this; }
        private int maxOpenCaptures = 100_000;
        public Builder maxOpenCaptures(int value) { this.maxOpenCaptures = value; return this; }
        private Duration handledMemory = Duration.ofHours(12);
        public Builder handledMemory(Duration value) { this.handledMemory = value; return this; }
        private int maxHandledSessions = 200_000;
        public Builder maxHandledSessions(int value) { this.maxHandledSessions = value; return this; }
        private Duration firstRetryDelay = Duration.ofSeconds(15);
        public Builder firstRetryDelay(Duration value) { this.firstRetryDelay = value; return this; }
        private Duration maxRetryDelay = Duration.ofMinutes(10);
        /** The longest retry delay; a first delay longer than it is shortened to it. */
        public Builder maxRetryDelay(Duration value) { this.maxRetryDelay = value; return this; }
        private int maxRetries = 6;
        public Builder maxRetries(int value) { this.maxRetries = value; return this; }

        public CaptureConfig build() {
            Duration first = maxRetryDelay != null && firstRetryDelay != null && firstRetryDelay.compareTo(maxRetryDelay) > 0
                    ? maxRetryDelay : firstRetryDelay;
            return new CaptureConfig(new Collection(window, maxOpenCaptures, earlyDetailsTtl),
                    new Memory(handledMemory, maxHandledSessions), new Retries(first, maxRetryDelay, maxRetries), channels);
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
