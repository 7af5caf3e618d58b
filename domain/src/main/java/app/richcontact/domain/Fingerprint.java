package app.richcontact.domain;

/**
 * A keyed digest of one personal value (128 bits of an HMAC-SHA-256 under a {@link FingerprintKey}):
 * equal for equal values under one key, and telling nothing of the value it came from.
 */
public record Fingerprint(long high, long low) {
}
