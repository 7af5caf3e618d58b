package app.richcontact.adapters.web;

import java.util.Map;

/**
 * Receives metric samples for the Prometheus text exposition. Samples of one name may come
 * from several sources; they are grouped under one {@code # HELP}/{@code # TYPE} header (the
 * first help and type win; a sample of another type, or a repeated series, is rejected).
 *
 * <p>Names are the plugin's own, {@code richcontact_[a-z0-9_]+} (the JVM and process metrics
 * beside them come from Prometheus' collectors), counters ending in {@code _total} and never
 * negative. Label values must come from closed sets (enum labels, route templates,
 * status codes, channel names): they are limited to 1 to 100 characters among letters, digits
 * and {@code _ . : / { } -}, and may not hold a run of seven or more digits, so that neither an
 * email nor a phone number can ever be exposed. A sample that breaks a rule is dropped and
 * counted in {@code richcontact_metric_samples_rejected_total}.
 */
public interface MetricWriter {

    /** A monotonically increasing count. */
    void counter(String name, String help, Map<String, String> labels, double value);

    /** A value that goes up and down. */
    void gauge(String name, String help, Map<String, String> labels, double value);

    /**
     * A distribution without labels: how many observations fell at or below each upper bound and
     * above the previous one ({@code bucketCounts[i]} for {@code upperBounds[i]}, the last bound
     * {@code +Inf}), and the sum of all observations. The name carries the unit, e.g. {@code _seconds}.
     */
    void histogram(String name, String help, double[] upperBounds, long[] bucketCounts, double sum);

    default void counter(String name, String help, double value) {
        counter(name, help, Map.of(), value);
    }

    default void gauge(String name, String help, double value) {
        gauge(name, help, Map.of(), value);
    }
}
