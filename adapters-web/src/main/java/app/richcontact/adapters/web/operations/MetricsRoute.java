package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.MetricSource;
import io.javalin.http.Context;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics}: the plugin's own samples from every source, beside the JVM and process
 * metrics of Prometheus' client, in the format the scraper asks for ({@code Accept}: OpenMetrics
 * or the classic text format), written by Prometheus' own exposition writers.
 */
public final class MetricsRoute {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsRoute.class);
    private static final String SOURCE_FAILURES = "richcontact_metric_source_failures_total";

    private final List<MetricSource> sources;
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final ExpositionFormats formats = ExpositionFormats.init();
    private final AtomicBoolean rejectionLogged = new AtomicBoolean();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final AtomicLong sourceFailures = new AtomicLong();

    public MetricsRoute(List<MetricSource> sources) {
        this.sources = List.copyOf(sources);
        JvmMetrics.builder().register(registry);
        registry.register((MultiCollector) this::collect);
    }

    public void scrape(Context ctx) {
        ExpositionFormatWriter writer = formats.findWriter(ctx.header("Accept"));
        ctx.status(200).contentType(writer.getContentType()).result(render(writer));
    }

    byte[] render(ExpositionFormatWriter writer) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(16_384);
        try {
            writer.write(body, registry.scrape());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return body.toByteArray();
    }

    private MetricSnapshots collect() {
        SampleCollector samples = new SampleCollector();
        for (MetricSource source : sources) {
            try {
                source.writeTo(samples);
            } catch (RuntimeException failed) {
                sourceFailures.incrementAndGet();
                if (failureLogged.compareAndSet(false, true)) {
                    // Logged once: a broken source would otherwise log on every scrape.
                    LOG.warn("metric source {} failed with {}", source.getClass().getName(), failed.getClass().getName());
                }
            }
        }
        samples.counter(SOURCE_FAILURES, "Metric sources that threw while being scraped.", sourceFailures.get());
        if (samples.rejected() > 0 && rejectionLogged.compareAndSet(false, true)) {
            LOG.warn("metric samples rejected, first one named {}", samples.firstRejectedName());
        }
        return samples.snapshots();
    }
}
