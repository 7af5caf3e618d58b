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

/**
 * Decides whether a settings request may go on, cheapest check first: the client's rate (which
 * also slows token guessing), the website id, the token (compared in constant time by the
 * application, whose lookups of unknown websites are limited process-wide), and, for a genuine
 * request, the website's rate. Only genuine requests count against a website, so that someone
 * without the token cannot lock its owner out.
 */
final class SettingsGate {

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

    SettingsGate(VerifyWebsiteTokenUseCase verifyToken, TokenBuckets perClient, TokenBuckets perWebsite,
                 boolean trustForwardedFor, WebCounters counters) {
        this.verifyToken = verifyToken;
        this.perClient = perClient;
        this.perWebsite = perWebsite;
        this.trustForwardedFor = trustForwardedFor;
        this.counters = counters;
    }

    Verdict check(Context ctx, String websiteIdText, String token) {
        TokenBuckets.Decision client = perClient.take(ClientAddress.of(ctx, trustForwardedFor));
        if (!client.allowed()) {
            counters.rateLimited("client");
            return new Denied(429, "rate_limited", client.retryAfter());
        }
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
        TokenBuckets.Decision forWebsite = perWebsite.take(website.value());
        if (!forWebsite.allowed()) {
            counters.rateLimited("website");
            return new Denied(429, "rate_limited", forWebsite.retryAfter());
        }
        return new Granted(website);
    }
}
