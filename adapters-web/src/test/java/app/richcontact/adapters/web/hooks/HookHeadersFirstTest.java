package app.richcontact.adapters.web.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.adapters.web.HookSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The header check made before a web hook's body is read: only requests that could be genuine are read. */
class HookHeadersFirstTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final CrispHookSignature signature = new CrispHookSignature(HookSecret.of("hook-secret-for-tests"),
            Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    private final String fresh = Long.toString(NOW.toEpochMilli());

    @Test
    void a_delivery_is_plausible_only_with_both_headers_a_signature_of_the_right_form_and_a_fresh_timestamp() {
        assertEquals(CrispHookSignature.Verdict.VALID, signature.plausible(fresh, "AB".repeat(32)));
        assertEquals(CrispHookSignature.Verdict.MISSING, signature.plausible(null, "ab".repeat(32)));
        assertEquals(CrispHookSignature.Verdict.MISSING, signature.plausible(fresh, null));
        assertEquals(CrispHookSignature.Verdict.BAD_SIGNATURE, signature.plausible(fresh, "ab".repeat(31)));
        assertEquals(CrispHookSignature.Verdict.BAD_SIGNATURE, signature.plausible(fresh, "\uFF10".repeat(64)),
                "full-width digits are not hex");
        assertEquals(CrispHookSignature.Verdict.STALE,
                signature.plausible(Long.toString(NOW.minus(Duration.ofMinutes(6)).toEpochMilli()), "ab".repeat(32)));
        assertEquals(CrispHookSignature.Verdict.STALE, signature.plausible("soon", "ab".repeat(32)));
    }
}
