package app.richcontact.application;

import app.richcontact.domain.ChannelRules;
import java.time.Duration;

/**
 * The tunables of capturing, validated once. {@code window}: how long a capture collects
 * details after its trigger (zero allowed). {@code maxOpenCaptures}: the bound on open windows
 * (and, separately, on details held for sessions not yet triggered). {@code earlyDetailsTtl}:
 * how long details that arrive before the first message are kept. {@code handledMemory} and
 * {@code maxHandledSessions}: how long and how many decided sessions are remembered so that
 * later messages cost nothing. Retries of captures that failed for a passing cause start at
 * {@code firstRetryDelay}, double up to {@code maxRetryDelay}, at most {@code maxRetries} times.
 */
public record CaptureConfig(Duration window, int maxOpenCaptures, Duration earlyDetailsTtl,
                            Duration handledMemory, int maxHandledSessions,
                            Duration firstRetryDelay, Duration maxRetryDelay, int maxRetries,
                            ChannelRules channels) {

    private static final Duration MAX_WINDOW = Duration.ofMinutes(10);

    public static final CaptureConfig DEFAULTS = new CaptureConfig(Duration.ofSeconds(3), 100_000,
            Duration.ofSeconds(30), Duration.ofHours(12), 200_000,
            Duration.ofSeconds(15), Duration.ofMinutes(10), 6, ChannelRules.DEFAULT);

    public CaptureConfig {
        require(window != null && !window.isNegative() && window.compareTo(MAX_WINDOW) <= 0,
                "window must be between 0 and 10 minutes");
        require(maxOpenCaptures > 0, "maxOpenCaptures must be positive");
        require(positive(earlyDetailsTtl), "earlyDetailsTtl must be positive");
        require(positive(handledMemory), "handledMemory must be positive");
        require(maxHandledSessions > 0, "maxHandledSessions must be positive");
        require(positive(firstRetryDelay), "firstRetryDelay must be positive");
        require(maxRetryDelay != null && maxRetryDelay.compareTo(firstRetryDelay) >= 0,
                "maxRetryDelay must be at least firstRetryDelay");
        require(maxRetries >= 0, "maxRetries must not be negative");
        require(channels != null, "channels must be given");
    }

    public CaptureConfig withWindow(Duration newWindow) {
        return new CaptureConfig(newWindow, maxOpenCaptures, earlyDetailsTtl, handledMemory,
                maxHandledSessions, firstRetryDelay, maxRetryDelay, maxRetries, channels);
    }

    public CaptureConfig withMaxOpenCaptures(int newMax) {
        return new CaptureConfig(window, newMax, earlyDetailsTtl, handledMemory,
                maxHandledSessions, firstRetryDelay, maxRetryDelay, maxRetries, channels);
    }

    public CaptureConfig withRetries(Duration first, Duration max, int retries) {
        return new CaptureConfig(window, maxOpenCaptures, earlyDetailsTtl, handledMemory,
                maxHandledSessions, first, max, retries, channels);
    }

    public CaptureConfig withChannels(ChannelRules newChannels) {
        return new CaptureConfig(window, maxOpenCaptures, earlyDetailsTtl, handledMemory,
                maxHandledSessions, firstRetryDelay, maxRetryDelay, maxRetries, newChannels);
    }

    /** The delay before retry number {@code attempt} (1-based), at least what the remote side asked. */
    public Duration retryDelay(int attempt, Duration askedFor) {
        Duration backoff = firstRetryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration delay = backoff.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : backoff;
        return askedFor != null && askedFor.compareTo(delay) > 0 ? askedFor : delay;
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
