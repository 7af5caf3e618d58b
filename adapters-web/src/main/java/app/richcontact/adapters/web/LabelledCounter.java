package app.richcontact.adapters.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One counter family with a fixed set of labels, safe to increment from any thread; exported so
 * that other parts' metric sources bound their series the same way. The number
 * of series is bounded: past {@code maxSeries}, new label combinations count under one series
 * whose labels are all {@code overflow}, so a stream of odd values cannot grow memory.
 */
public final class LabelledCounter {

    static final String OVERFLOW = "overflow";

    private final String name;
    private final String help;
    private final List<String> labelNames;
    private final int maxSeries;
    private final Map<List<String>, LongAdder> series = new ConcurrentHashMap<>();

    public LabelledCounter(String name, String help, int maxSeries, String... labelNames) {
        this.name = name;
        this.help = help;
        this.labelNames = List.of(labelNames);
        this.maxSeries = maxSeries;
    }

    public void increment(String... labelValues) {
        if (labelValues.length != labelNames.size()) {
            throw new IllegalArgumentException(name + " takes " + labelNames.size() + " labels");
        }
        List<String> key = List.of(labelValues);
        LongAdder adder = series.get(key);
        if (adder == null) {
            List<String> target = series.size() < maxSeries ? key : Collections.nCopies(labelNames.size(), OVERFLOW);
            adder = series.computeIfAbsent(target, k -> new LongAdder());
        }
        adder.increment();
    }

    /** The current count of one series (0 when never incremented); for tests and gauges. */
    public long count(String... labelValues) {
        LongAdder adder = series.get(List.of(labelValues));
        return adder == null ? 0 : adder.sum();
    }

    public void writeTo(MetricWriter writer) {
        List<Map.Entry<List<String>, LongAdder>> entries = new ArrayList<>(series.entrySet());
        entries.sort(Map.Entry.comparingByKey((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b))));
        for (Map.Entry<List<String>, LongAdder> entry : entries) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < labelNames.size(); i++) {
                labels.put(labelNames.get(i), entry.getKey().get(i));
            }
            writer.counter(name, help, labels, entry.getValue().sum());
        }
    }
}
