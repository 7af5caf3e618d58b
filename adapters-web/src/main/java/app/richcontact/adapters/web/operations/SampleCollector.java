package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.MetricWriter;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects the samples of one scrape from the metric sources into Prometheus' snapshot model,
 * one family per name, and enforces the rules {@link MetricWriter} states: a sample that breaks
 * one (a name or label outside the closed sets, a label value that could hold personal data, a
 * second type or a repeated series under one name) is dropped and counted.
 */
final class SampleCollector implements MetricWriter {

    static final String REJECTED = "richcontact_metric_samples_rejected";

    /** Ours only: the registry's other collectors own {@code jvm_…} and {@code process_…}. */
    private static final Pattern METRIC_NAME = Pattern.compile("richcontact_[a-z0-9_]{1,180}");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");
    private static final Pattern LABEL_VALUE = Pattern.compile("[A-Za-z0-9_.:/{}-]{1,100}");
    /** Seven digits in a row may be a phone number: no closed-set label value looks like that. */
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{7}");
    private static final String COUNTER_SUFFIX = "_total";
    private static final int MAX_HELP_LENGTH = 300;

    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, MetricSnapshot> histograms = new LinkedHashMap<>();
    private int rejected;
    private String firstRejectedName;

    @Override
    public void counter(String name, String help, Map<String, String> labels, double value) {
        if (name == null || !name.endsWith(COUNTER_SUFFIX) || !(value >= 0)) {
            reject(name);
            return;
        }
        add(true, name.substring(0, name.length() - COUNTER_SUFFIX.length()), name, help, labels, value);
    }

    @Override
    public void gauge(String name, String help, Map<String, String> labels, double value) {
        add(false, name, name, help, labels, value);
    }

    @Override
    public void histogram(String name, String help, double[] upperBounds, long[] bucketCounts, double sum) {
        if (name == null || !METRIC_NAME.matcher(name).matches() || help == null || histograms.containsKey(name)
                || families.containsKey(name) || !bucketsAllowed(upperBounds, bucketCounts) || !(sum >= 0)) {
            reject(name);
            return;
        }
        HistogramSnapshot.HistogramDataPointSnapshot.Builder point = HistogramSnapshot.HistogramDataPointSnapshot.builder();
        point.classicHistogramBuckets(ClassicHistogramBuckets.of(upperBounds.clone(), bucketCounts.clone()));
        point.sum(sum);
        histograms.put(name, HistogramSnapshot.builder().name(name).help(oneLine(help)).dataPoint(point.build()).build());
    }

    private static boolean bucketsAllowed(double[] upperBounds, long[] bucketCounts) {
        if (upperBounds == null || bucketCounts == null || upperBounds.length == 0
                || upperBounds.length != bucketCounts.length
                || upperBounds[upperBounds.length - 1] != Double.POSITIVE_INFINITY) {
            return false;
        }
        for (int i = 0; i < upperBounds.length; i++) {
            if (bucketCounts[i] < 0 || (i > 0 && !(upperBounds[i] > upperBounds[i - 1]))) {
                return false;
            }
        }
        return true;
    }

    int rejected() {
        return rejected;
    }

    /** The name of the first rejected sample (names are ours, safe to log), or null. */
    String firstRejectedName() {
        return firstRejectedName;
    }

    /** Every family collected, and the count of rejected samples. */
    MetricSnapshots snapshots() {
        List<MetricSnapshot> snapshots = new ArrayList<>(families.size() + 1);
        families.forEach((name, family) -> snapshots.add(family.snapshot(name)));
        snapshots.addAll(histograms.values());
        snapshots.add(CounterSnapshot.builder().name(REJECTED)
                .help("Metric samples dropped for breaking the exposition rules.")
                .dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().value(rejected).build()).build());
        return new MetricSnapshots(snapshots);
    }

    private void add(boolean counter, String family, String exposed, String help, Map<String, String> labels,
                     double value) {
        if (exposed == null || !METRIC_NAME.matcher(exposed).matches() || family.equals(REJECTED)
                || histograms.containsKey(family) || help == null || labels == null || !labelsAllowed(labels)) {
            reject(exposed);
            return;
        }
        Family existing = families.computeIfAbsent(family, n -> new Family(counter, help));
        if (existing.counter != counter || !existing.add(labels, value)) {
            reject(exposed);
        }
    }

    private static boolean labelsAllowed(Map<String, String> labels) {
        for (Map.Entry<String, String> label : labels.entrySet()) {
            String key = label.getKey();
            String value = label.getValue();
            if (key == null || !LABEL_NAME.matcher(key).matches() || key.startsWith("__")
                    || value == null || !LABEL_VALUE.matcher(value).matches() || DIGIT_RUN.matcher(value).find()) {
                return false;
            }
        }
        return true;
    }

    private void reject(String name) {
        rejected++;
        if (firstRejectedName == null && name != null && METRIC_NAME.matcher(name).matches()) {
            firstRejectedName = name;
        }
    }

    private static String oneLine(String help) {
        String oneLine = help.replace("\r", "").replace("\n", " ");
        return oneLine.length() > MAX_HELP_LENGTH ? oneLine.substring(0, MAX_HELP_LENGTH) : oneLine;
    }

    /** The samples of one name, in the order they came. */
    private static final class Family {

        private final boolean counter;
        private final String help;
        private final Map<Labels, Double> samples = new LinkedHashMap<>();

        Family(boolean counter, String help) {
            this.counter = counter;
            this.help = oneLine(help);
        }

        /** False when the series is already there. */
        boolean add(Map<String, String> sample, double value) {
            Labels.Builder builder = Labels.builder();
            sample.forEach(builder::label);
            return samples.putIfAbsent(builder.build(), value) == null;
        }

        MetricSnapshot snapshot(String name) {
            if (counter) {
                CounterSnapshot.Builder snapshot = CounterSnapshot.builder().name(name).help(help);
                samples.forEach((labels, value) -> snapshot.dataPoint(
                        CounterSnapshot.CounterDataPointSnapshot.builder().labels(labels).value(value).build()));
                return snapshot.build();
            }
            GaugeSnapshot.Builder snapshot = GaugeSnapshot.builder().name(name).help(help);
            samples.forEach((labels, value) -> snapshot.dataPoint(
                    GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(labels).value(value).build()));
            return snapshot.build();
        }
    }
}
