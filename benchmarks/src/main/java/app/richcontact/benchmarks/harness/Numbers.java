package app.richcontact.benchmarks.harness;

import java.util.Arrays;
import java.util.Locale;

/** Formatting and percentiles for the report. */
public final class Numbers {

    private Numbers() {
    }

    /** Integers without decimals, others with at most three significant decimals. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** The nearest-rank percentile ({@code p} in 0..100) of the values; NaN when there are none. */
    public static double percentile(long[] values, double p) {
        return percentileWithMisses(values, 0, p);
    }

    /**
     * The nearest-rank percentile over the values and {@code misses} more that never came,
     * ranked above every value: infinite when the rank falls on a miss.
     */
    public static double percentileWithMisses(long[] values, int misses, double p) {
        int total = values.length + misses;
        if (total == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * total));
        return rank > sorted.length ? Double.POSITIVE_INFINITY : sorted[rank - 1];
    }

    public static double max(long[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).max().getAsLong();
    }
}
