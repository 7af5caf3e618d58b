package app.richcontact.adapters.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * One histogram of durations, in seconds, safe to observe from any thread; exported so that other
 * parts' metric sources expose latencies the same way. Its buckets are fixed at construction.
 */
public final class LatencyHistogram implements MetricSource {

    private final String name;
    private final String help;
    private final double[] upperBounds;
    private final LongAdder[] buckets;
    private final DoubleAdder sum = new DoubleAdder();

    /**
     * @param name               ends with {@code _seconds}
     * @param upperBoundsSeconds ascending; {@code +Inf} is added after the last
     */
    public LatencyHistogram(String name, String help, double... upperBoundsSeconds) {
        if (!name.endsWith("_seconds")) {
            throw new IllegalArgumentException("name must end with _seconds");
        }
        this.name = name;
        this.help = help;
        this.upperBounds = Arrays.copyOf(upperBoundsSeconds, upperBoundsSeconds.length + 1);
        upperBounds[upperBoundsSeconds.length] = Double.POSITIVE_INFINITY;
        this.buckets = new LongAdder[upperBounds.length];
        Arrays.setAll(buckets, i -> new LongAdder());
    }

    public void observe(Duration duration) {
        double seconds = Math.max(0, duration.toNanos() / 1e9);
        int bucket = 0;
        while (seconds > upperBounds[bucket]) {
            bucket++;
        }
        buckets[bucket].increment();
        sum.add(seconds);
    }

    @Override
    public void writeTo(MetricWriter writer) {
        writer.histogram(name, help, upperBounds, Arrays.stream(buckets).mapToLong(LongAdder::sum).toArray(), sum.sum());
    }
}
