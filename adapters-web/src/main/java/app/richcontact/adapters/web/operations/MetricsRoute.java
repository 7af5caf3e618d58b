package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.MetricSource;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /metrics}: every source's samples in the Prometheus text format, written by hand. */
public final class MetricsRoute {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsRoute.class);
    private static final String SOURCE_FAILURES = "richcontact_metric_source_failures_total";

    private final List<MetricSource> sources;
    private final AtomicBoolean rejectionLogged = new AtomicBoolean();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final AtomicLong sourceFailures = new AtomicLong();

    public MetricsRoute(List<MetricSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public void scrape(Context ctx) {
        ctx.status(200).contentType(PrometheusTextWriter.CONTENT_TYPE).result(render());
    }

    String render() {
        PrometheusTextWriter writer = new PrometheusTextWriter();
        for (MetricSource source : sources) {
            try {
                source.writeTo(writer);
            } catch (RuntimeException failed) {
                sourceFailures.incrementAndGet();
                if (failureLogged.compareAndSet(false, true)) {
                    // Logged once: a broken source would otherwise log on every scrape.
                    LOG.warn("metric source {} failed with {}", source.getClass().getName(), failed.getClass().getName());
                }
            }
        }
        writer.counter(SOURCE_FAILURES, "Metric sources that threw while being scraped.", sourceFailures.get());
        if (writer.rejected() > 0 && rejectionLogged.compareAndSet(false, true)) {
            LOG.warn("metric samples rejected, first one named {}", writer.firstRejectedName());
        }
        return writer.render();
    }
}
