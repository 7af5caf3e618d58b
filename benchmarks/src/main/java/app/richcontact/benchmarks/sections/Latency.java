package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.ConversationLoad;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.LoadMeter;
import app.richcontact.benchmarks.harness.Numbers;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import java.time.Duration;
import java.util.Map;

/**
 * Latency beyond the window: from the first {@code message:send} to the profile's creation in the
 * sandbox, minus the window. Both ends are the sandbox's own clock: the conversation's creation
 * time (the start is emitted unspaced, so the first message leaves within the same millisecond)
 * and the profile's {@code createdAt}. Resolution: 1 ms; the conversation time is taken before the
 * message leaves, so the figure errs high, not low. Percentiles are over every conversation
 * started: one whose contact never came within the wait counts as a miss, ranked slower than
 * any other (so enough misses make p99 infinite), and misses are reported as a figure of their own.
 */
public final class Latency {

    static final String SECTION = "latency";
    private static final long WINDOW_MILLIS = 3_000;
    private static final Duration SETTLE = Duration.ofSeconds(60);

    private Latency() {
    }

    public static void run(Report report) {
        try (Rig rig = Rig.start(Rig.unlimitedUnspaced(), 10, Rig.UNTHROTTLED_PLUGIN)) {
            report.say("latency: warm-up at 100/s for 5 s");
            measure(rig, 100, 500, 1, 10_000_000);
            report.say("latency: 50 conversations/s for 10 s");
            add(report, rig, 50, 500, 2, 20_000_000, false);
            report.say("latency: 200 conversations/s for 15 s");
            add(report, rig, 200, 3_000, 3, 30_000_000, true);
        }
    }

    /** The latencies of the contacts that came, how many conversations got none, and whether the wait ended with all. */
    private record Measured(long[] latencies, int missing, boolean settled) {

        double percentile(double p) {
            return Numbers.percentileWithMisses(latencies, missing, p);
        }

        double max() {
            return missing > 0 ? Double.POSITIVE_INFINITY : Numbers.max(latencies);
        }
    }

    /** Measures one load once the machine is quiet and adds its figures, the p99 held to 25 ms if {@code withGoal}. */
    private static void add(Report report, Rig rig, int perSecond, int count, long seed, long firstPhone,
                            boolean withGoal) {
        String quiet = LoadMeter.awaitQuiet(0.3);
        LoadMeter meter = LoadMeter.start();
        Measured measured = measure(rig, perSecond, count, seed, firstPhone);
        String machineAtPeak = meter.describe();
        String rate = perSecond + "/s";
        String note = String.format("%d new-phone conversations at %s on 10 websites (%d without a contact within %d s%s), "
                        + "default 3 s window, REQUESTS_PER_SECOND lifted to 100000; profile createdAt minus conversation "
                        + "createdAt minus 3000 ms (sandbox clock, 1 ms resolution), a missing contact ranked slowest; "
                        + "p50 %s ms, p99 %s ms, max %s ms; %s; %s", measured.latencies().length + measured.missing(), rate,
                measured.missing(), SETTLE.toSeconds(), measured.settled() ? "" : ", the plugin not idle either",
                Numbers.format(measured.percentile(50)), Numbers.format(measured.percentile(99)),
                Numbers.format(measured.max()), quiet, machineAtPeak);
        report.add(Figure.info(SECTION, "beyond the window at " + rate + ", p50", measured.percentile(50), "ms", note));
        double p99 = measured.percentile(99);
        report.add(withGoal ? Figure.atMost(SECTION, "beyond the window at " + rate + ", p99", p99, "ms", 25, note)
                : Figure.info(SECTION, "beyond the window at " + rate + ", p99", p99, "ms", note));
        report.add(Figure.info(SECTION, "beyond the window at " + rate + ", max", measured.max(), "ms", note));
        report.add(Figure.equalTo(SECTION, "beyond the window at " + rate + ", conversations without a contact",
                measured.missing(), "", 0, note));
    }

    /** Runs one load and measures the latency beyond the window of every conversation started. */
    private static Measured measure(Rig rig, double perSecond, int count, long seed, long firstPhone) {
        ConversationLoad load = new ConversationLoad(rig.sandbox(), rig.websites(), Duration.ZERO, seed, firstPhone,
                false);
        load.run(perSecond, count);
        boolean settled = load.awaitContacts(SETTLE, rig.plugin()::idle);
        Map<String, Long> createdAt = load.census().createdAt();
        long[] latencies = load.beyondWindow(createdAt, WINDOW_MILLIS);
        Samples.write("latency-" + (int) perSecond + "per-s", load.started(), createdAt, WINDOW_MILLIS);
        return new Measured(latencies, load.started().size() - latencies.length, settled);
    }
}
