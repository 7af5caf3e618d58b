package app.richcontact.adapters.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextWriterTest {

    private final PrometheusTextWriter writer = new PrometheusTextWriter();

    @Test
    void samples_of_one_name_share_one_header_and_labels_are_sorted() {
        writer.counter("demo_total", "A demo.", Map.of("b", "2", "a", "1"), 3);
        writer.gauge("demo_gauge", "A gauge.", 0.5);
        writer.counter("demo_total", "Another help, ignored.", Map.of("a", "x"), 4);

        assertEquals("""
                # HELP demo_total A demo.
                # TYPE demo_total counter
                demo_total{a="1",b="2"} 3
                demo_total{a="x"} 4
                # HELP demo_gauge A gauge.
                # TYPE demo_gauge gauge
                demo_gauge 0.5
                # HELP richcontact_metric_samples_rejected_total Metric samples dropped for breaking the exposition rules.
                # TYPE richcontact_metric_samples_rejected_total counter
                richcontact_metric_samples_rejected_total 0
                """, writer.render());
    }

    @Test
    void a_sample_breaking_a_rule_is_dropped_and_counted() {
        writer.counter("demo_total", "A demo.", Map.of("a", "1"), 1);
        writer.gauge("demo_total", "Same name, other type.", 1);
        writer.counter("demo_total", "Same series again.", Map.of("a", "1"), 2);
        writer.counter("bad name", "Bad name.", 1);
        writer.counter("demo_total", "Bad label name.", Map.of("__reserved", "x"), 1);
        writer.counter("demo_total", "Quote in value.", Map.of("a", "x\"y"), 1);
        writer.counter("demo_total", "Empty value.", Map.of("a", ""), 1);
        writer.counter("demo_total", "Phone-like value.", Map.of("a", "tel-0912345678"), 1);
        writer.counter("demo_total", "Email-like value.", Map.of("a", "a@b.co"), 1);
        writer.counter("demo_total", "Too long.", Map.of("a", "x".repeat(101)), 1);
        writer.counter("richcontact_metric_samples_rejected_total", "Our own name.", 1);

        assertEquals(10, writer.rejected());
        assertEquals("demo_total", writer.firstRejectedName());
    }

    @Test
    void special_values_are_printed_as_prometheus_expects_them() {
        writer.gauge("a", "a", Double.NaN);
        writer.gauge("b", "b", Double.POSITIVE_INFINITY);
        writer.gauge("c", "c", 1e20);

        String text = writer.render();
        assertEquals(true, text.contains("\na NaN\n") && text.contains("\nb +Inf\n") && text.contains("\nc 1.0E20\n"),
                text);
    }

    @Test
    void help_text_stays_on_one_line() {
        writer.counter("demo_total", "Two\nlines \\ and a backslash.", 1);

        assertEquals(true, writer.render().contains("# HELP demo_total Two\\nlines \\\\ and a backslash.\n"));
    }
}
