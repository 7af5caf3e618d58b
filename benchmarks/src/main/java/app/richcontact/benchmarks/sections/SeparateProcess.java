package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Await;
import app.richcontact.benchmarks.harness.Contender;
import app.richcontact.benchmarks.harness.ConversationLoad;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.JavaProcess;
import app.richcontact.benchmarks.harness.LoadMeter;
import app.richcontact.benchmarks.harness.Machine;
import app.richcontact.benchmarks.harness.Numbers;
import app.richcontact.benchmarks.harness.PeakRss;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.sandbox.CrispSandbox;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The plugin as an operator runs it: a process of its own started from the distribution
 * ({@code java --module-path bootstrap/target/rich-contact/lib -m …Main serve}, default JVM
 * options), against the sandbox in this JVM. Start-up time is spawn to {@code /health/ready} 200.
 * Resident memory is VmRSS from {@code /proc/<pid>/status}, idle and under load; under load the
 * latency beyond the window is measured too, with the plugin's heap and GC apart from the sandbox's.
 */
public final class SeparateProcess {

    static final String SECTION = "process";
    private static final int STARTS = 3;
    private static final long WINDOW_MILLIS = 3_000;

    private static String quietAtPeak = "";
    private static LoadMeter machineAtPeak;

    private SeparateProcess() {
    }

    public static void run(Report report) throws Exception {
        try (CrispSandbox crisp = CrispSandbox.start(Rig.unlimitedUnspaced())) {
            List<String> websites = Rig.installWebsites(crisp, "Process shop", 10);
            String quietAtStart = LoadMeter.awaitQuiet(0.3);
            long[] startMillis = new long[STARTS];
            Contender last = null;
            for (int i = 0; i < STARTS; i++) {
                if (last != null) {
                    last.close();
                }
                last = Contender.richContact(crisp, Rig.UNTHROTTLED_PLUGIN, Report.LOGS.resolve("plugin-process-" + (i + 1) + ".log"));
                startMillis[i] = last.awaitReady(Duration.ofSeconds(30)).toMillis();
                report.say("process: start %d ready in %d ms", i + 1, startMillis[i]);
            }
            report.add(Figure.atMost(SECTION, "start-up: spawn to /health/ready 200 (median of " + STARTS + ")",
                    Numbers.percentile(startMillis, 50), "ms", 2_000,
                    "cold JVM, default JVM options, against the sandbox over loopback: web server up, installations "
                            + "loaded (1 request), real-time socket authenticated; each start: "
                            + Arrays.toString(startMillis) + " ms; " + quietAtStart));

            try (Contender process = last) {
                long pid = process.pid();
                Await.pause(Duration.ofSeconds(5));
                long idleRss = Machine.statusKib(pid, "VmRSS");
                report.add(Figure.info(SECTION, "resident memory, idle (5 s after ready)", idleRss / 1024.0, "MiB",
                        "VmRSS of the plugin process, " + jvmOptionsNote() + ", 10 websites installed"));

                PeakRss peakRss = PeakRss.of(pid);
                report.say("process: warm-up at 200/s for 5 s, latency at 50/s for 10 s, then 200/s for 15 s");
                latency(null, crisp, websites, 200, 1_000, 30_000_000L, "200/s", false);
                latency(report, crisp, websites, 50, 500, 40_000_000L, "50/s", false);
                quietAtPeak = LoadMeter.awaitQuiet(0.3);
                LoadMeter meter = LoadMeter.start(pid);
                machineAtPeak = meter;
                latency(report, crisp, websites, 200, 3_000, 50_000_000L, "200/s", true);
                String machine = meter.describe();
                peakRss.close();
                long endRss = Machine.statusKib(pid, "VmRSS");
                long hwm = Machine.statusKib(pid, "VmHWM");
                report.add(Figure.info(SECTION, "resident memory under load (peak while 200/s)", peakRss.mib(),
                        "MiB", String.format("VmRSS sampled every 200 ms during 10 s at 50/s and 15 s at 200 conversations/s "
                                + "(3 s window, 3 requests per contact); at the end %.0f MiB, VmHWM %.0f MiB; %s: the heap grows "
                                + "lazily towards that ceiling, so set -Xmx (e.g. 256m) to bound it; %s", endRss / 1024.0,
                                hwm / 1024.0, jvmOptionsNote(), machine)));
            }
        }
    }

    private static void latency(Report report, CrispSandbox crisp, List<String> websites,
                                double perSecond, int count, long firstPhone, String rate, boolean withGoal) {
        ConversationLoad load = new ConversationLoad(crisp, websites, Duration.ZERO, firstPhone, firstPhone, false);
        load.run(perSecond, count);
        load.awaitContacts(Duration.ofSeconds(60), () -> true);
        Map<String, Long> createdAt = load.census().createdAt();
        long[] latencies = load.beyondWindow(createdAt, WINDOW_MILLIS);
        if (report == null) {
            return;
        }
        Samples.write("process-latency-" + rate.replace("/", "per"), load.started(), createdAt, WINDOW_MILLIS);
        String note = String.format("plugin in its own process (default JVM options), sandbox in the bench JVM, after a 5 s warm-up at 200/s; "
                        + "%d new-phone conversations at %s, %d contacts made, 3 s window, REQUESTS_PER_SECOND lifted; "
                        + "p50 %s, p99 %s, max %s ms; %s", count, rate, latencies.length,
                Numbers.format(Numbers.percentile(latencies, 50)), Numbers.format(Numbers.percentile(latencies, 99)),
                Numbers.format(Numbers.max(latencies)), withGoal ? quietAtPeak + "; " + machineAtPeak.describe() : "");
        double p99 = Numbers.percentile(latencies, 99);
        report.add(withGoal
                ? Figure.atMost(SECTION, "beyond the window at " + rate + ", p99 (separate process)", p99, "ms", 25, note)
                : Figure.info(SECTION, "beyond the window at " + rate + ", p99 (separate process)", p99, "ms", note));
    }

    /** The plugin process's JVM options and the heap ceiling they give, as that JVM reports it. */
    private static String jvmOptionsNote() {
        List<String> options = JavaProcess.childJvmOptions();
        List<String> withDistribution = new java.util.ArrayList<>(List.of("@" + Contender.distribution().toAbsolutePath()
                .resolveSibling("jvm.options")));
        withDistribution.addAll(options);
        long ceiling = JavaProcess.maxHeapBytes(withDistribution);
        String heap = ceiling < 0 ? "heap ceiling unknown" : String.format(java.util.Locale.ROOT,
                "heap ceiling %.1f GiB (MaxHeapSize as that JVM reports it)", ceiling / (1024.0 * 1024 * 1024));
        return "started by the distribution's launch on " + Contender.runtime().describe() + " (no AOT cache trained in "
                + "this section), jvm.options" + (options.isEmpty() ? "" : " and " + options) + ", " + heap;
    }
}
