package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Await;
import app.richcontact.benchmarks.harness.Census;
import app.richcontact.benchmarks.harness.ConversationLoad;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.LoadMeter;
import app.richcontact.benchmarks.harness.PluginHttp;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.benchmarks.harness.ThreadCpu;
import app.richcontact.bootstrap.PluginConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New channel conversations turned into contacts per second, plugin and sandbox in this JVM on
 * this machine: every conversation is a new phone, so each must become one contact (3 requests).
 * The load is offered above the goal; the figure is the creation rate while it is offered (after
 * a ramp), so it is the plugin's capacity when it falls behind and the offered rate when it keeps up.
 */
public final class Throughput {

    static final String SECTION = "throughput";
    private static final int WEBSITES = 50;
    private static final double OFFERED_PER_SECOND = 1_500;
    private static final int SECONDS = 10;
    private static final long RAMP_MILLIS = 2_000;
    private static final double WARM_UP_PER_SECOND = 1_000;
    private static final int WARM_UP_COUNT = 5_000;

    private Throughput() {
    }

    static double createdCount(Rig rig) {
        return PluginHttp.sum(rig.plugin().http().metricsText(), "richcontact_captures_total", "outcome=\"created\"");
    }

    public static void run(Report report) {
        measure(report, "0", "zero window", true);
        measure(report, "3s", "default 3 s window", false);
    }

    private static void measure(Report report, String window, String label, boolean withGoal) {
        report.say("throughput, %s: %.0f conversations/s offered for %d s", label, OFFERED_PER_SECOND, SECONDS);
        Map<String, String> env = new java.util.HashMap<>(Rig.UNTHROTTLED_PLUGIN);
        env.put(PluginConfiguration.WINDOW, window);
        if (System.getProperty("bench.workers") != null) {
            env.put(PluginConfiguration.WORKERS, System.getProperty("bench.workers"));
            env.put(PluginConfiguration.MAX_CONCURRENT, System.getProperty("bench.workers"));
        }
        try (Rig rig = Rig.start(Rig.unlimitedUnspaced(), WEBSITES, env)) {
            // Warm-up: the JIT compiles the hot paths of both sides before anything is counted.
            ConversationLoad warmUp = new ConversationLoad(rig.sandbox(), rig.websites(), Duration.ZERO, 1, 10_000_000,
                    true);
            warmUp.run(WARM_UP_PER_SECOND, WARM_UP_COUNT);
            Set<String> all = warmUp.expectedKeys();
            Await.until(Duration.ofSeconds(60), Duration.ofMillis(250), () -> rig.plugin().idle()
                    && createdCount(rig) >= all.size());

            ConversationLoad load = new ConversationLoad(rig.sandbox(), rig.websites(), Duration.ZERO, 2, 20_000_000,
                    true);
            String quiet = LoadMeter.awaitQuiet(0.3);
            LoadMeter meter = LoadMeter.start();
            ThreadCpu threadsBefore = ThreadCpu.now();
            long start = System.currentTimeMillis();
            double offered = load.run(OFFERED_PER_SECOND, (int) (OFFERED_PER_SECOND * SECONDS));
            long end = System.currentTimeMillis();
            String machine = meter.describe();
            String cpuSplit = ThreadCpu.describe(ThreadCpu.now().since(threadsBefore));
            Set<String> expected = load.expectedKeys();
            List<ConversationLoad.Started> started = load.started();
            all.addAll(expected);
            // Cheap to poll: the plugin's own outcome counter, then one census at the end.
            boolean drained = Await.until(Duration.ofSeconds(90), Duration.ofMillis(250), () ->
                    createdCount(rig) >= all.size() && rig.plugin().idle());
            Census census = Census.of(rig.sandbox(), rig.websites(), all);
            Map<String, Long> createdAt = census.createdAt();
            long inWindow = expected.stream().map(createdAt::get)
                    .filter(at -> at != null && at >= start + RAMP_MILLIS && at <= end).count();
            double rate = inWindow / ((end - start - RAMP_MILLIS) / 1000.0);
            long lastCreated = expected.stream().map(createdAt::get).filter(at -> at != null)
                    .mapToLong(Long::longValue).max().orElse(end);
            long createdByEnd = expected.stream().map(createdAt::get).filter(at -> at != null && at <= end).count();
            double endToEnd = expected.size() / ((lastCreated - start) / 1000.0);
            String metrics = rig.plugin().http().metricsText();
            double dropped = PluginHttp.sum(metrics, "richcontact_rtm_events_dropped_total");
            double failed = PluginHttp.sum(metrics, "richcontact_captures_total", "outcome=\"failed\"");
            String note = String.format("offered %.0f/s for %d s (%d new-phone conversations on 50 websites, their "
                            + "events unspaced, the phone before the first message), window %s, plugin REQUESTS_PER_SECOND lifted to 100000, other settings default; "
                            + "rate counted from %.0f s to the end of the load; backlog at the end of the load %d; "
                            + "all %d contacts by +%.1f s (%.0f/s end to end); during the load %s (%s); "
                            + "this JVM's CPU by thread group (threads shared by several owners are not split): %s; "
                            + "RTM events dropped %.0f, failed captures %.0f; with the warm-up: %s%s",
                    offered, SECONDS, started.size(), window, RAMP_MILLIS / 1000.0, started.size() - createdByEnd,
                    expected.size(), (lastCreated - end) / 1000.0, endToEnd,
                    machine, quiet, cpuSplit, dropped, failed, census,
                    drained ? "" : " (NOT DRAINED within 90 s)");
            String name = "new contacts/s, " + label;
            report.add(withGoal
                    ? Figure.atLeast(SECTION, name, Math.round(rate), "/s", 1_000, note)
                    : Figure.info(SECTION, name, Math.round(rate), "/s", note));
            report.add(Figure.equalTo(SECTION, "duplicates + missing, " + label,
                    census.duplicates() + census.missing() + census.unexpected(), "", 0, census.toString()));
        }
    }
}
