package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Census;
import app.richcontact.benchmarks.harness.Contender;
import app.richcontact.benchmarks.harness.ConversationLoad;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.JvmCounters;
import app.richcontact.benchmarks.harness.LoadMeter;
import app.richcontact.benchmarks.harness.Machine;
import app.richcontact.benchmarks.harness.Numbers;
import app.richcontact.benchmarks.harness.PeakRss;
import app.richcontact.benchmarks.harness.PluginRuntime;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.benchmarks.harness.TaskCpu;
import app.richcontact.sandbox.CrispSandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Rich Contact against the plain script a user would write instead (the Node peer on Crisp's
 * official client, {@code benchmarks/peer}), in one run, against the same Crisp double (the
 * sandbox in this JVM) and the same load: each in a process of its own, one after the other, on
 * websites of its own. Measured per contender: spawn to ready (median of 3), CPU of its process
 * per 1,000 conversations at a steady 100/s after a warm-up (JIT threads apart), threads started
 * per second under that load, and peak resident memory. Ratios are Rich Contact over the peer.
 */
public final class PeerComparison {

    static final String SECTION = "peer";
    private static final long WINDOW_MILLIS = 3_000;
    private static final int STARTS = 3;
    private static final double RATE = 100;
    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 3_000;
    private static final int WEBSITES = 10;

    /** What one contender did under the measured load. */
    private record Run(double readyMillis, double readyCpuSeconds, double cpuSeconds, double jitSeconds, double threadsPerSecond,
                       double peakRssMib, double loadSeconds, String census, String machine, double otherCores,
                       double loadAverage, String threads) {

        double cpuPerThousand() {
            return cpuSeconds * 1_000 / MEASURED;
        }

        double cpuPerThousandWithoutJit() {
            return (cpuSeconds - jitSeconds) * 1_000 / MEASURED;
        }
    }

    /** Spawns one contender, its output going to {@code log}. */
    @FunctionalInterface
    private interface Spawner {
        Contender spawn(Path log) throws Exception;
    }

    private static final String SAME_WORK_AS_THE_PEER = "{\"attach_conversation\":false,\"phoneless_senders\":false,"
            + "\"upgrade_on_late_email\":false,\"unsubscribe_placeholders\":false,\"profile_event\":false}";

    private PeerComparison() {
    }

    public static void run(Report report) throws Exception {
        Path peer = Path.of(System.getProperty("bench.peer", "benchmarks/peer"));
        try (CrispSandbox crisp = CrispSandbox.start(Rig.unlimitedUnspaced())) {
            // The plugin's own request limit (50/s by default) is lifted: 100 conversations/s need 300 requests/s.
            // The same work as the peer's (snapshot, search, create; nothing for phone-less senders): the contact
            // care of issue 15 off, so that CPU per conversation compares like with like.
            List<String> ownWebsites = Rig.installWebsites(crisp, "Rich Contact shop", WEBSITES, SAME_WORK_AS_THE_PEER);
            // As the launcher and the image do on JDK 25+: an AOT cache from a training run, here on its own websites' load.
            PluginRuntime runtime = Contender.runtime().trained(crisp, ownWebsites, 30_000_000L, Contender.distribution(), report);
            report.context("pluginRuntime", runtime.describe());
            report.say("peer: Rich Contact runs on %s", runtime.describe());
            Run plugin = measure(report, crisp, "Rich Contact", 10_000_000L, ownWebsites,
                    log -> Contender.richContact(runtime, crisp, Rig.UNTHROTTLED_PLUGIN, log));
            Run node = measure(report, crisp, "Node peer", 20_000_000L, Rig.installWebsites(crisp, "Node peer shop", WEBSITES),
                    log -> Contender.nodePeer(peer, crisp, WINDOW_MILLIS, log));
            String both = "Rich Contact on " + runtime.describe() + ": " + describe(plugin) + "; Node peer: " + describe(node);
            report.add(Figure.atMost(SECTION, "CPU per conversation at 100/s, Rich Contact / Node peer, JIT included",
                    plugin.cpuPerThousand() / node.cpuPerThousand(), "x", 0.5, both));
            report.add(Figure.info(SECTION, "CPU per conversation at 100/s, Rich Contact without its JIT threads / Node peer",
                    plugin.cpuPerThousandWithoutJit() / node.cpuPerThousand(), "x", both));
            report.add(Figure.info(SECTION, "CPU-seconds per 1,000 conversations, Rich Contact", plugin.cpuPerThousand(),
                    "s", describe(plugin)));
            report.add(Figure.info(SECTION, "CPU-seconds per 1,000 conversations, Node peer", node.cpuPerThousand(),
                    "s", describe(node)));
            report.add(Figure.atMost(SECTION, "threads started per second at 100/s, Rich Contact",
                    plugin.threadsPerSecond(), "/s", 1, "java.threads.started (jcmd PerfCounter.print) over the "
                            + "measured load; " + describe(plugin)));
            report.add(Figure.atMost(SECTION, "peak resident memory at 100/s, Rich Contact / Node peer",
                    plugin.peakRssMib() / node.peakRssMib(), "x", 1.0, String.format(
                            "VmRSS sampled every 200 ms during warm-up and measured load: Rich Contact %.0f MiB "
                                    + "(JVM options: the launcher's and the image's defaults), Node peer %.0f MiB",
                            plugin.peakRssMib(), node.peakRssMib())));
            report.add(Figure.atMost(SECTION, "spawn to ready, Rich Contact / Node peer (median of 3)",
                    plugin.readyMillis() / node.readyMillis(), "x", 1.0, String.format(
                            "Rich Contact %.0f ms (health/ready: installations loaded, real-time authenticated; %s), "
                                    + "Node peer %.0f ms (installations listed, socket authenticated)",
                            plugin.readyMillis(), runtime.describe(), node.readyMillis())));
            report.add(Figure.info(SECTION, "CPU from spawn to ready, Rich Contact / Node peer (median of 3)",
                    plugin.readyCpuSeconds() / node.readyCpuSeconds(), "x", String.format(
                            "utime + stime of the process when ready: Rich Contact %.2f s (%s), Node peer %.2f s; "
                                    + "read the wall-clock ratio with it when other processes compete for the cores",
                            plugin.readyCpuSeconds(), runtime.describe(), node.readyCpuSeconds())));
            // Ratios from one run are only as good as the machine was quiet: the load goes next to them.
            report.add(Figure.info(SECTION, "machine: other processes' cores while Rich Contact was measured",
                    plugin.otherCores(), "cores", String.format("of 2; load average %.1f at its end; %s",
                            plugin.loadAverage(), plugin.machine())));
            report.add(Figure.info(SECTION, "machine: other processes' cores while the Node peer was measured",
                    node.otherCores(), "cores", String.format("of 2; load average %.1f at its end; %s",
                            node.loadAverage(), node.machine())));
        }
    }

    private static Run measure(Report report, CrispSandbox crisp, String name, long firstPhone, List<String> websites,
                               Spawner spawner) throws Exception {
        String file = name.toLowerCase().replace(' ', '-');
        long[] ready = new long[STARTS];
        // CPU used from spawn to ready, in ms: unlike the wall time, barely moved by other processes.
        long[] readyCpu = new long[STARTS];
        for (int i = 0; i < STARTS - 1; i++) {
            try (Contender cold = spawner.spawn(Report.LOGS.resolve(file + "-start-" + (i + 1) + ".log"))) {
                ready[i] = cold.awaitReady(Duration.ofSeconds(30)).toMillis();
                readyCpu[i] = Math.round(Machine.processCpuSeconds(cold.pid()) * 1_000);
            }
        }
        try (Contender contender = spawner.spawn(Report.LOGS.resolve(file + ".log"))) {
            ready[STARTS - 1] = contender.awaitReady(Duration.ofSeconds(30)).toMillis();
            readyCpu[STARTS - 1] = Math.round(Machine.processCpuSeconds(contender.pid()) * 1_000);
            long pid = contender.pid();
            PeakRss peakRss = PeakRss.of(pid);
            report.say("peer: %s ready; warm-up of %d conversations at %.0f/s", name, WARM_UP, RATE);
            load(crisp, websites, firstPhone, WARM_UP);

            String quiet = LoadMeter.awaitQuiet(0.3);
            long threadsBefore = JvmCounters.threadsStarted(pid);
            TaskCpu tasksBefore = TaskCpu.of(pid);
            double cpuBefore = Machine.processCpuSeconds(pid);
            LoadMeter meter = LoadMeter.start(pid);
            long began = System.nanoTime();
            String census = load(crisp, websites, firstPhone + WARM_UP, MEASURED);
            double loadSeconds = (System.nanoTime() - began) / 1e9;
            double cpu = Machine.processCpuSeconds(pid) - cpuBefore;
            TaskCpu tasksAfter = TaskCpu.of(pid);
            double jit = tasksAfter.secondsSince(tasksBefore, TaskCpu.JIT);
            String machine = quiet + "; " + meter.describe();
            double otherCores = meter.otherCores();
            long threadsAfter = JvmCounters.threadsStarted(pid);
            peakRss.close();
            double threadsPerSecond = threadsBefore < 0 || threadsAfter < 0 ? Double.NaN
                    : (threadsAfter - threadsBefore) / loadSeconds;
            Run run = new Run(Numbers.percentile(ready, 50), Numbers.percentile(readyCpu, 50) / 1_000, cpu, jit, threadsPerSecond,
                    peakRss.mib(), loadSeconds, census, machine, otherCores, Machine.loadAverage(),
                    tasksAfter.byGroup(tasksBefore));
            report.say("peer: %s %s", name, describe(run));
            return run;
        }
    }

    /** Starts {@code count} new-phone conversations at {@link #RATE} and waits for every contact. */
    private static String load(CrispSandbox crisp, List<String> websites, long firstPhone, int count) {
        ConversationLoad load = new ConversationLoad(crisp, websites, Duration.ZERO, firstPhone, firstPhone, false);
        load.run(RATE, count);
        load.awaitContacts(Duration.ofSeconds(60), () -> true);
        Census census = load.census();
        return "missing " + census.missing() + " of " + count + ", duplicates " + census.duplicates();
    }

    private static String describe(Run run) {
        return String.format("%.2f CPU-s per 1,000 conversations (%.2f without JIT threads), ready %.0f ms "
                        + "(%.2f CPU-s to get there), "
                        + "threads started %s/s, peak RSS %.0f MiB, %d conversations at %.0f/s over %.1f s, %s; %s; "
                        + "CPU by thread: %s",
                run.cpuPerThousand(), run.cpuPerThousandWithoutJit(), run.readyMillis(), run.readyCpuSeconds(),
                Double.isNaN(run.threadsPerSecond()) ? "n/a" : Numbers.format(run.threadsPerSecond()),
                run.peakRssMib(), MEASURED, RATE, run.loadSeconds(), run.census(), run.machine(), run.threads());
    }
}
