package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Serves every request under {@code /v1/} in Crisp's order: authentication, quota, injected
 * faults, routing, then the route itself; counts each one in the request log.
 */
public final class RestDispatcher {

    private static final String PREFIX = "/v1/";
    private static final byte[] NO_BODY = new byte[0];

    private final RouteTable routes;
    private final ObjectMapper json;
    private final SandboxSwitches switches;
    private final Quota quota;
    private final FaultInjector faults;
    private final RequestCounter log;
    private final Executor delayed;
    private final byte[] expectedAuthorization;

    RestDispatcher(RouteTable routes, ObjectMapper json, SandboxSwitches switches, Quota quota, FaultInjector faults,
                   RequestCounter log, Executor delayed, String identifier, String key) {
        this.routes = routes;
        this.json = json;
        this.switches = switches;
        this.quota = quota;
        this.faults = faults;
        this.log = log;
        this.delayed = delayed;
        String token = Base64.getEncoder().encodeToString((identifier + ":" + key).getBytes(StandardCharsets.UTF_8));
        this.expectedAuthorization = ("Basic " + token).getBytes(StandardCharsets.UTF_8);
    }

    /** The Javalin handler for every method on {@code /v1/*}. */
    public void handle(Context ctx) {
        String method = ctx.req().getMethod();
        RouteTable.Match match = match(method, ctx.req().getRequestURI());
        String route = match == null ? SandboxRoutes.UNMATCHED : match.route().template();
        String websiteId = match == null ? null : match.params().get("website_id");
        long latency = faults.latencyMillis(match == null ? null : route);
        if (latency > 0) {
            // Served later on another thread, so added latency never ties up Jetty's request threads.
            ctx.future(() -> CompletableFuture.runAsync(() -> serve(ctx, method, match, route, websiteId),
                    CompletableFuture.delayedExecutor(latency, TimeUnit.MILLISECONDS, delayed)));
        } else {
            serve(ctx, method, match, route, websiteId);
        }
    }

    private void serve(Context ctx, String method, RouteTable.Match match, String route, String websiteId) {
        int status;
        try {
            status = answer(ctx, method, match, route);
        } catch (ConnectionReset reset) {
            status = 0;
        } catch (RuntimeException unexpected) {
            // A sandbox bug must still look like a Crisp answer, and be counted.
            status = error(ctx, "HEAD".equals(method), new ApiError(500, "error", null));
        }
        log.record(route, websiteId, status);
    }

    private int answer(Context ctx, String method, RouteTable.Match match, String route) {
        boolean head = "HEAD".equals(method);
        if (!authorized(ctx)) {
            return error(ctx, head, new ApiError(401, "unauthorized", null));
        }
        if (!quota.consume(switches.get(SandboxSwitch.DAILY_QUOTA))) {
            return throttled(ctx, head, "quota_limit_exceeded");
        }
        FaultInjector.Decision decision = faults.decide(match == null ? null : route, System.currentTimeMillis());
        switch (decision.fault()) {
            case RESET -> {
                ConnectionReset.reset(ctx);
                throw new ConnectionReset();
            }
            case THROTTLE -> {
                return throttled(ctx, head, "rate_limited");
            }
            case SERVER_ERROR -> {
                return error(ctx, head, new ApiError(decision.status(), "error", null));
            }
            default -> {
            }
        }
        if (match == null) {
            return error(ctx, head, ApiError.notFound());
        }
        try {
            ApiReply reply = match.route().handler().handle(new ApiRequest(ctx, match.params(), json));
            return write(ctx, head, reply.status(), false, reply.reason(), reply.data());
        } catch (ApiError e) {
            return error(ctx, head, e);
        }
    }

    private RouteTable.Match match(String method, String uri) {
        if (!uri.startsWith(PREFIX)) {
            return null;
        }
        String[] segments = uri.substring(PREFIX.length()).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].indexOf('%') >= 0 || segments[i].indexOf('+') >= 0) {
                try {
                    // Form decoding on purpose: Crisp reads a raw '+' in a path as a space, hence "%2B" for '+'.
                    segments[i] = URLDecoder.decode(segments[i], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return routes.match(method, segments);
    }

    private boolean authorized(Context ctx) {
        String authorization = ctx.header("Authorization");
        return authorization != null
                && "plugin".equals(ctx.header("X-Crisp-Tier"))
                && MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8));
    }

    private int throttled(Context ctx, boolean head, String reason) {
        Duration retryAfter = switches.get(SandboxSwitch.RETRY_AFTER);
        if (retryAfter != null) {
            ctx.header("Retry-After", Long.toString(Math.max(0, (retryAfter.toMillis() + 999) / 1000)));
        }
        return error(ctx, head, new ApiError(switches.get(SandboxSwitch.QUOTA_STATUS), reason, null));
    }

    private int error(Context ctx, boolean head, ApiError error) {
        ObjectNode data = json.createObjectNode();
        if (error.getMessage() != null) {
            data.put("message", error.getMessage());
        }
        return write(ctx, head, error.status(), true, error.reason(), data);
    }

    private int write(Context ctx, boolean head, int status, boolean isError, String reason,
                      com.fasterxml.jackson.databind.JsonNode data) {
        ctx.status(status);
        if (head) {
            ctx.result(NO_BODY);
            return status;
        }
        ObjectNode envelope = json.createObjectNode();
        envelope.put("error", isError);
        envelope.put("reason", reason);
        envelope.set("data", data);
        try {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(json.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
        return status;
    }
}
