package app.richcontact.adapters.web.settings;

import app.richcontact.adapters.web.http.ClientAddress;
import app.richcontact.adapters.web.http.TokenBuckets;
import app.richcontact.adapters.web.operations.WebCounters;
import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase;
import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase.TokenVerdict;
import app.richcontact.application.port.in.UseCaseFailure;
import app.richcontact.domain.InvalidValueException;
import app.richcontact.domain.WebsiteId;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a settings request may go on: the website id, the token (compared in constant
 * time by the application, whose lookups of unknown websites are limited process-wide and cost
 * only their own small quota), then a rate. A genuine request counts against its website's rate
 * only; every other request counts against its client's, and is refused 429 once that is spent.
 * So nobody without the token can lock a website's owner out, not even behind a proxy that
 * makes every client share one address.
 */
final class SettingsGate {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsGate.class);
    /** Named for the operator; bootstrap reads it (the web adapter only gets the boolean). */
    private static final String TRUST_VARIABLE = "RICHCONTACT_TRUST_FORWARDED_FOR";

    /** The answer of the gate. */
    sealed interface Verdict {
    }

    /** The request is genuine for this website. */
    record Granted(WebsiteId website) implements Verdict {
    }

    /** The request must be refused with this status; {@code retryAfter} is null unless waiting helps. */
    record Denied(int status, String code, Duration retryAfter) implements Verdict {
    }

    private final VerifyWebsiteTokenUseCase verifyToken;
    private final TokenBuckets perClient;
    private final TokenBuckets perWebsite;
    private final boolean trustForwardedFor;
    private final WebCounters counters;
    private final AtomicBoolean warnedAboutProxy = new AtomicBoolean();

    SettingsGate(VerifyWebsiteTokenUseCase verifyToken, TokenBuckets perClient, TokenBuckets perWebsite,
                 boolean trustForwardedFor, WebCounters counters) {
        this.verifyToken = verifyToken;
        this.perClient = perClient;
        this.perWebsite = perWebsite;
        this.trustForwardedFor = trustForwardedFor;
        this.counters = counters;
    }

    Verdict check(Context ctx, String websiteIdText, String token) {
        warnIfBehindAnUntrustedProxy(ctx);
        Verdict verdict = verify(websiteIdText, token);
        boolean genuine = verdict instanceof Granted;
        TokenBuckets.Decision rate = genuine ? perWebsite.take(((Granted) verdict).website().value())
                : perClient.take(ClientAddress.of(ctx, trustForwardedFor));
        if (!rate.allowed()) {
            counters.rateLimited(genuine ? "website" : "client");
            return new Denied(429, "rate_limited", rate.retryAfter());
        }
        return verdict;
    }

    /**
     * Once per server: requests carry {@code X-Forwarded-For} but it is not trusted, so every
     * client behind that proxy shares one address and one rate (owners with a valid token are
     * never limited by it, but strangers are limited all together).
     */
    private void warnIfBehindAnUntrustedProxy(Context ctx) {
        if (!trustForwardedFor && ctx.header("X-Forwarded-For") != null && warnedAboutProxy.compareAndSet(false, true)) {
            LOG.warn("requests carry X-Forwarded-For but {} is false: every client behind that proxy shares one "
                    + "rate limit; set it to true if your reverse proxy appends the client's address", TRUST_VARIABLE);
        }
    }

    private Verdict verify(String websiteIdText, String token) {
        if (websiteIdText == null || websiteIdText.isBlank()) {
            return new Denied(400, "missing_website_id", null);
        }
        WebsiteId website;
        try {
            website = new WebsiteId(websiteIdText.strip());
        } catch (InvalidValueException notAWebsiteId) {
            return new Denied(404, "unknown_website", null);
        }
        if (token == null || token.isEmpty()) {
            return new Denied(401, "missing_token", null);
        }
        TokenVerdict verdict;
        try {
            verdict = verifyToken.verify(website, token);
        } catch (UseCaseFailure crispFailed) {
            return new Denied(503, "crisp_unavailable", crispFailed.retryAfter().orElse(Duration.ofSeconds(30)));
        }
        if (verdict == TokenVerdict.NOT_INSTALLED) {
            return new Denied(404, "unknown_website", null);
        }
        if (verdict == TokenVerdict.WRONG_TOKEN) {
            return new Denied(401, "wrong_token", null);
        }
        return new Granted(website);
    }
}
