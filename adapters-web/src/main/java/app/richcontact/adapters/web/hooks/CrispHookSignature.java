package app.richcontact.adapters.web.hooks;

import app.richcontact.adapters.web.HookSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Checks a Crisp web hook: {@code X-Crisp-Signature} must be the hex HMAC-SHA256, keyed with the
 * hook secret, of {@code "[" + X-Crisp-Request-Timestamp + ";" + raw body + "]"}, computed on
 * the bytes received (re-serialised JSON would not match) and compared in constant time; and
 * the timestamp must be close to our clock, so that a captured request cannot be replayed later.
 * The headers are looked at first ({@link #plausible}), so that no body is read for a request
 * that cannot be genuine.
 */
final class CrispHookSignature {

    /** The result of a check; everything but {@code VALID} is answered with 401. */
    enum Verdict {
        VALID, MISSING, BAD_SIGNATURE, STALE
    }

    /**
     * Below this a timestamp is taken as seconds: Crisp's timestamps are milliseconds, but the
     * unit of this header is not documented, and 10^11 ms is in 1973 while 10^11 s is in 5138.
     */
    private static final long SECONDS_BELOW = 100_000_000_000L;
    private static final int SHA256_BYTES = 32;

    private final HookSecret secret;
    private final Duration tolerance;
    private final Clock clock;

    CrispHookSignature(HookSecret secret, Duration tolerance, Clock clock) {
        this.secret = secret;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * What the headers alone tell, before any body is read: {@code VALID} means only that the
     * request could be genuine (both headers present, a signature of the right form, a fresh
     * timestamp); anything else is answered 401 without reading the body.
     */
    Verdict plausible(String timestampHeader, String signatureHeader) {
        if (missing(timestampHeader, signatureHeader)) {
            return Verdict.MISSING;
        }
        return hex(signatureHeader.strip()) == null ? Verdict.BAD_SIGNATURE : freshness(timestampHeader);
    }

    Verdict check(String timestampHeader, String signatureHeader, byte[] rawBody) {
        if (missing(timestampHeader, signatureHeader)) {
            return Verdict.MISSING;
        }
        byte[] presented = hex(signatureHeader.strip());
        byte[] expected = secret.hmacSha256(
                ("[" + timestampHeader + ";").getBytes(StandardCharsets.UTF_8), rawBody,
                "]".getBytes(StandardCharsets.UTF_8));
        // isEqual takes the same time wherever the arrays differ; a malformed header compares zeros.
        boolean matches = MessageDigest.isEqual(expected, presented == null ? new byte[SHA256_BYTES] : presented);
        return !matches || presented == null ? Verdict.BAD_SIGNATURE : freshness(timestampHeader);
    }

    private static boolean missing(String timestampHeader, String signatureHeader) {
        return timestampHeader == null || signatureHeader == null || timestampHeader.length() > 20;
    }

    private Verdict freshness(String timestampHeader) {
        Instant sent = instant(timestampHeader);
        return sent == null || Duration.between(sent, clock.instant()).abs().compareTo(tolerance) > 0
                ? Verdict.STALE : Verdict.VALID;
    }

    private static Instant instant(String header) {
        try {
            long value = Long.parseLong(header.strip());
            if (value <= 0) {
                return null;
            }
            return value < SECONDS_BELOW ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Decodes hex (either case, ASCII digits only); null when the text is not 64 hex digits. */
    private static byte[] hex(String text) {
        if (text.length() != SHA256_BYTES * 2) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }
}
