package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import app.richcontact.adapters.web.Readiness;
import app.richcontact.adapters.web.ReadinessProbe;
import app.richcontact.adapters.web.http.JsonAnswers;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health/live} (the process serves) and {@code GET /health/ready} (it can do its job),
 * and the same verdict as {@code richcontact_ready} for alerts that cannot probe.
 */
public final class HealthRoutes implements MetricSource {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final ReadinessProbe probe;

    public HealthRoutes(ReadinessProbe probe) {
        this.probe = probe;
    }

    public void live(Context ctx) {
        JsonAnswers.send(ctx, 200, Map.of("status", "live"));
    }

    public void ready(Context ctx) {
        Readiness readiness = readiness();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", readiness.ready() ? "ready" : "not_ready");
        body.put("reason", readiness.reason());
        JsonAnswers.send(ctx, readiness.ready() ? 200 : 503, body);
    }

    @Override
    public void writeTo(MetricWriter writer) {
        writer.gauge("richcontact_ready", "1 while /health/ready answers 200.", readiness().ready() ? 1 : 0);
    }

    private Readiness readiness() {
        try {
            return Objects.requireNonNull(probe.check(), "readiness");
        } catch (RuntimeException failed) {
            LOG.warn("readiness probe failed with {}", failed.getClass().getName());
            return Readiness.notReady("readiness check failed");
        }
    }
}
