package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.Readiness;
import app.richcontact.adapters.web.ReadinessProbe;
import app.richcontact.adapters.web.http.JsonAnswers;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health/live} (the process serves) and {@code GET /health/ready} (it can do its job). */
public final class HealthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final ReadinessProbe probe;

    public HealthRoutes(ReadinessProbe probe) {
        this.probe = probe;
    }

    public void live(Context ctx) {
        JsonAnswers.send(ctx, 200, Map.of("status", "live"));
    }

    public void ready(Context ctx) {
        Readiness readiness;
        try {
            readiness = java.util.Objects.requireNonNull(probe.check(), "readiness");
        } catch (RuntimeException failed) {
            LOG.warn("readiness probe failed with {}", failed.getClass().getName());
            readiness = Readiness.notReady("readiness check failed");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", readiness.ready() ? "ready" : "not_ready");
        body.put("reason", readiness.reason());
        JsonAnswers.send(ctx, readiness.ready() ? 200 : 503, body);
    }
}
