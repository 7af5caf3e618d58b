package app.richcontact.adapters.web.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * Headers every answer carries. The settings page lives in an iframe of the Crisp app, so
 * framing is allowed to the configured origins through CSP (never {@code X-Frame-Options},
 * whose only useful value here, DENY, would break it); scripts and styles come only from us;
 * the page URL holds the website's token, so no referrer is ever sent.
 */
public final class SecurityHeaders implements Handler {

    private final String contentSecurityPolicy;

    public SecurityHeaders(List<String> frameAncestors) {
        this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors "
                + String.join(" ", frameAncestors);
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }
}
