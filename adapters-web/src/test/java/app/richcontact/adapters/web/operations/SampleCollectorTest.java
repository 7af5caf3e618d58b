package app.richcontact.adapters.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleCollectorTest {

    private final SampleCollector samples = new SampleCollector();

    private String text() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, samples.snapshots());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void samples_of_one_name_share_one_family_whatever_source_wrote_them() throws Exception {
        samples.counter("richcontact_demo_total", "A demo.", Map.of("b", "2", "a", "1"), 3);
        samples.gauge("richcontact_demo_gauge", "A gauge.", 0.5);
        samples.counter("richcontact_demo_total", "Another help, ignored.", Map.of("a", "x"), 4);

        String text = text();
        assertEquals(1, text.split("# TYPE richcontact_demo_total counter\n", -1).length - 1, text);
        assertTrue(text.contains("# HELP richcontact_demo_total A demo.\n"), text);
        assertTrue(text.contains("richcontact_demo_total{a=\"1\",b=\"2\"} 3.0\n"), text);
        assertTrue(text.contains("richcontact_demo_total{a=\"x\"} 4.0\n"), text);
        assertTrue(text.contains("richcontact_demo_gauge 0.5\n"), text);
        assertTrue(text.contains("richcontact_metric_samples_rejected_total 0.0\n"), text);
    }

    @Test
    void a_sample_breaking_a_rule_is_dropped_and_counted() {
        samples.counter("richcontact_demo_total", "A demo.", Map.of("a", "1"), 1);
        samples.gauge("richcontact_demo", "Same family, other type.", 1);
        samples.counter("richcontact_demo_total", "Same series again.", Map.of("a", "1"), 2);
        samples.counter("richcontact_bad name_total", "Bad name.", 1);
        samples.gauge("jvm_memory_used_bytes", "Not ours: the JVM collector's.", 1);
        samples.counter("richcontact_demo", "A counter without _total.", 1);
        samples.counter("richcontact_negative_total", "A counter going down.", -1);
        samples.counter("richcontact_demo_total", "Bad label name.", Map.of("__reserved", "x"), 1);
        samples.counter("richcontact_demo_total", "Quote in value.", Map.of("a", "x\"y"), 1);
        samples.counter("richcontact_demo_total", "Empty value.", Map.of("a", ""), 1);
        samples.counter("richcontact_demo_total", "Phone-like value.", Map.of("a", "tel-0912345678"), 1);
        samples.counter("richcontact_demo_total", "Email-like value.", Map.of("a", "a@b.co"), 1);
        samples.counter("richcontact_demo_total", "Too long.", Map.of("a", "x".repeat(101)), 1);
        samples.counter("richcontact_metric_samples_rejected_total", "Our own name.", 1);

        assertEquals(13, samples.rejected());
        assertEquals("richcontact_demo", samples.firstRejectedName());
    }

    @Test
    void help_text_stays_on_one_line() throws Exception {
        samples.counter("richcontact_demo_total", "Two\nlines \\ and a backslash.", 1);

        assertTrue(text().contains("# HELP richcontact_demo_total Two lines \\\\ and a backslash.\n"), text());
    }

    @Test
    void a_histogram_is_exposed_with_cumulative_buckets_its_count_and_sum() throws Exception {
        samples.histogram("richcontact_demo_seconds", "A latency.", new double[] {1, 5, Double.POSITIVE_INFINITY},
                new long[] {2, 3, 1}, 12.5);

        String text = text();
        assertTrue(text.contains("# TYPE richcontact_demo_seconds histogram\n"), text);
        assertTrue(text.contains("richcontact_demo_seconds_bucket{le=\"1.0\"} 2\n"), text);
        assertTrue(text.contains("richcontact_demo_seconds_bucket{le=\"5.0\"} 5\n"), text);
        assertTrue(text.contains("richcontact_demo_seconds_bucket{le=\"+Inf\"} 6\n"), text);
        assertTrue(text.contains("richcontact_demo_seconds_count 6\n"), text);
        assertTrue(text.contains("richcontact_demo_seconds_sum 12.5\n"), text);
    }

    @Test
    void a_histogram_breaking_a_rule_is_dropped_and_counted() {
        samples.histogram("richcontact_demo_seconds", "No +Inf.", new double[] {1, 5}, new long[] {1, 1}, 1);
        samples.histogram("richcontact_demo_seconds", "Bounds out of order.",
                new double[] {5, 1, Double.POSITIVE_INFINITY}, new long[] {1, 1, 1}, 1);
        samples.histogram("richcontact_demo_seconds", "Negative count.", new double[] {Double.POSITIVE_INFINITY},
                new long[] {-1}, 1);
        samples.histogram("jvm_demo_seconds", "Not ours.", new double[] {Double.POSITIVE_INFINITY}, new long[] {1}, 1);
        samples.histogram("richcontact_demo_seconds", "The one kept.", new double[] {Double.POSITIVE_INFINITY},
                new long[] {1}, 1);
        samples.histogram("richcontact_demo_seconds", "A second time.", new double[] {Double.POSITIVE_INFINITY},
                new long[] {1}, 1);

        assertEquals(5, samples.rejected());
    }
}
