package app.richcontact.adapters.web.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The address a request came from, for per-client rate limiting only (it is never logged nor
 * exposed). Behind a trusted reverse proxy it is the right-most {@code X-Forwarded-For} entry,
 * the one our proxy added: entries to its left are whatever the client claimed.
 */
public final class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:\\[\\]]{1,47}");
    private static final String UNREADABLE = "unreadable";

    private ClientAddress() {
    }

    public static String of(Context ctx, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return clean(hops[hops.length - 1].strip());
            }
        }
        return clean(ctx.req().getRemoteAddr());
    }

    private static String clean(String address) {
        return address != null && ADDRESS.matcher(address).matches() ? address : UNREADABLE;
    }
}
