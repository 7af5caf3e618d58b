package app.richcontact.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the sandbox delivers Crisp web hooks: the plugin's URL, the hook secret that keys
 * the {@code X-Crisp-Signature} HMAC, and the bounded retry policy for non-2xx answers.
 *
 * @param url the plugin's hook endpoint
 * @param secret the hook secret
 * @param maxAttempts attempts per event, first one included (at least 1)
 * @param retryDelay delay before the second attempt; it doubles for each later one
 */
public record WebhookTarget(URI url, String secret, int maxAttempts, Duration retryDelay) {

    public WebhookTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("retryDelay must not be negative");
        }
    }

    /** A target with 3 attempts, 200 ms apart then 400 ms. */
    public static WebhookTarget of(URI url, String secret) {
        return new WebhookTarget(url, secret, 3, Duration.ofMillis(200));
    }
}
