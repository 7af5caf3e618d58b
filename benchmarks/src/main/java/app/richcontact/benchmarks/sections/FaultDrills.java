package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Await;
import app.richcontact.benchmarks.harness.Census;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.InProcessPlugin;
import app.richcontact.benchmarks.harness.PluginHttp;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.benchmarks.harness.SideBySide;
import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.TrafficOptions;
import app.richcontact.sandbox.TrafficRun;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Fault drills: sustained random traffic (the sandbox's generator: new visitors, returning ones,
 * one phone on two channels, known CRM profiles, emails, chat, a paused website) while the sandbox
 * misbehaves, against the plugin with production settings (3 s window, 50 requests/s, 32 workers,
 * production RTM reconnect and catch-up timings). The traffic stops when the fault ends; recovery
 * is the time from then until every expected contact exists, none twice, and no capture is open,
 * waiting or running (the 3 s window is its floor). Drills run in parallel, each with its own
 * sandbox and plugin, at a low rate each, so the run stays within its time budget. A fault
 * outlasts the plugin's own pauses: the 429 period is longer than two of the plugin's quota
 * pauses, so the half-open trials at the end of the first two pauses are refused too; the drill
 * counts the separate bursts of refusals it caused, and needs at least three.
 */
public final class FaultDrills {

    static final String SECTION = "drills";
    private static final double RATE = 10;
    private static final Duration LEAD_IN = Duration.ofSeconds(5);
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(150);
    /** Refusals further apart than this belong to separate bursts: a pause and its trial lie between them. */
    private static final Duration BURST_GAP = Duration.ofSeconds(10);
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);
    /** The first refusal, and the trials at the end of the first two pauses. */
    private static final int QUOTA_BURSTS = 3;

    /**
     * One drill: how the fault starts and ends on the sandbox, for how long it lasts, and how many
     * separate bursts of quota refusals it must cause (0: none asked).
     */
    private record Drill(String name, String fault, Duration length, Consumer<CrispSandbox> begin,
                         Consumer<CrispSandbox> end, Duration repeatEvery, int quotaBursts) {
    }

    /** What a drill measured. */
    private record Outcome(Drill drill, Census census, double recoverySeconds, boolean recovered, long requests,
                           Map<Integer, Long> byStatus, long conversations, String plugin, int refusalBursts) {
    }

    private FaultDrills() {
    }

    public static void run(Report report) throws Exception {
        Duration pause = productionQuotaPause();
        Duration quotaFault = pause.multipliedBy(2).plus(pause.dividedBy(2));
        List<Drill> drills = List.of(
                new Drill("control", "no fault (the same traffic, for comparison)", Duration.ofSeconds(30),
                        crisp -> { }, crisp -> { }, null, 0),
                new Drill("rtm-drops", "RTM connection dropped every 3 s for 30 s", Duration.ofSeconds(30),
                        crisp -> crisp.rtm().dropAllConnections(), crisp -> { }, Duration.ofSeconds(3), 0),
                new Drill("rest-429", String.format(Locale.ROOT, "every REST request answered 429 for %d s (no "
                                + "Retry-After), two and a half times the plugin's quota pause of %d s", quotaFault.toSeconds(),
                        pause.toSeconds()), quotaFault,
                        crisp -> crisp.restFaults().global().throttleFor(quotaFault),
                        crisp -> crisp.restFaults().clearAll(), null, QUOTA_BURSTS),
                new Drill("rest-5xx", "25% of REST requests answered 500 for 30 s", Duration.ofSeconds(30),
                        crisp -> crisp.restFaults().global().serverErrorRate(0.25),
                        crisp -> crisp.restFaults().clearAll(), null, 0),
                new Drill("rest-latency", "2 s added to every REST answer for 30 s", Duration.ofSeconds(30),
                        crisp -> crisp.restFaults().global().latency(Duration.ofSeconds(2)),
                        crisp -> crisp.restFaults().clearAll(), null, 0),
                new Drill("rtm-refused", "RTM dropped, new connections refused (503) for 30 s", Duration.ofSeconds(30),
                        crisp -> {
                            crisp.rtm().refuseConnectionsFor(Duration.ofSeconds(30));
                            crisp.rtm().dropAllConnections();
                        }, crisp -> { }, null, 0),
                new Drill("rest-resets", "30% of REST connections reset for 30 s", Duration.ofSeconds(30),
                        crisp -> crisp.restFaults().global().resetRate(0.3),
                        crisp -> crisp.restFaults().clearAll(), null, 0));
        // Some drills only, to try one quickly: ./bench -Dbench.only=drills -Dbench.jvmFlag=-Dbench.drills=rest-429
        Set<String> only = Set.of(System.getProperty("bench.drills", "").split(","));
        if (!only.equals(Set.of(""))) {
            drills = drills.stream().filter(drill -> only.contains(drill.name())).toList();
        }
        report.say("drills: %d in parallel, %.0f conversations/s each; faults start after %d s", drills.size(), RATE,
                LEAD_IN.toSeconds());
        SideBySide.run(report, SECTION, drills, Drill::name, 1, (drill, seed) -> run(drill, seed, report),
                FaultDrills::add);
    }

    private static Outcome run(Drill drill, long seed, Report report) {
        SandboxOptions options = SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, Rig.UNLIMITED_QUOTA).build();
        try (CrispSandbox crisp = CrispSandbox.start(options)) {
            TrafficRun traffic = crisp.startTraffic(TrafficOptions.builder().set(TrafficOptions.WEBSITES, 8)
                    .set(TrafficOptions.DISABLED_WEBSITES, 1).set(TrafficOptions.CONVERSATIONS_PER_SECOND, RATE)
                    .set(TrafficOptions.SEED, seed).build());
            try (InProcessPlugin plugin = InProcessPlugin.startReady(crisp,
                    Map.of(PluginConfiguration.DAILY_QUOTA, Rig.UNLIMITED_PLUGIN_QUOTA))) {
                Await.pause(LEAD_IN);
                long requestsBefore = crisp.requestLog().total();
                Map<Integer, Long> statusBefore = crisp.requestLog().byStatus();
                ScheduledExecutorService repeats = Executors.newSingleThreadScheduledExecutor();
                drill.begin().accept(crisp);
                if (drill.repeatEvery() != null) {
                    repeats.scheduleAtFixedRate(() -> drill.begin().accept(crisp), drill.repeatEvery().toMillis(),
                            drill.repeatEvery().toMillis(), TimeUnit.MILLISECONDS);
                }
                int bursts = sampleRefusalBursts(crisp, drill.length());
                repeats.shutdownNow();
                drill.end().accept(crisp);
                traffic.stop();
                long faultEnd = System.nanoTime();
                report.say("drills: %s: fault over, %d conversations; waiting for recovery", drill.name(), traffic.started());
                List<String> websites = traffic.websites().stream().map(InstalledWebsite::websiteId).toList();
                Set<String> expected = Census.expectedKeys(traffic);
                boolean recovered = Await.until(RECOVERY_DEADLINE, Duration.ofMillis(500),
                        () -> Census.of(crisp, websites, expected).exact() && plugin.idle());
                double recovery = (System.nanoTime() - faultEnd) / 1e9;
                // Anything that would still come late (a retry, a catch-up) has a moment to show up as a duplicate.
                Await.pause(Duration.ofSeconds(1));
                Census census = Census.of(crisp, websites, expected);
                String metrics = plugin.http().metricsText();
                String pluginSide = String.format(Locale.ROOT, "plugin: %.0f created, %.0f failed captures, %.0f RTM "
                                + "reconnects, %.0f catch-ups, gauges %s", PluginHttp.sum(metrics,
                                "richcontact_captures_total", "outcome=\"created\""),
                        PluginHttp.sum(metrics, "richcontact_captures_total", "outcome=\"failed\""),
                        PluginHttp.sum(metrics, "richcontact_rtm_reconnects_total"),
                        PluginHttp.sum(metrics, "richcontact_rtm_catch_ups_total"), plugin.gauges());
                Map<Integer, Long> byStatus = new java.util.TreeMap<>();
                crisp.requestLog().byStatus().forEach((status, count) -> {
                    long delta = count - statusBefore.getOrDefault(status, 0L);
                    if (delta != 0) {
                        byStatus.put(status, delta);
                    }
                });
                return new Outcome(drill, census, recovery, recovered, crisp.requestLog().total() - requestsBefore,
                        byStatus, traffic.started(), pluginSide, bursts);
            }
        }
    }

    /** The plugin's quota pause when the environment does not set one (the drill runs with it). */
    private static Duration productionQuotaPause() {
        return PluginConfiguration.fromEnvironment(Map.of(PluginConfiguration.IDENTIFIER, "drill",
                PluginConfiguration.KEY, "drill")).rest().quota().pause();
    }

    /**
     * Waits out the fault while watching the sandbox's count of quota refusals, and returns how
     * many separate bursts it rose in (a burst: refusals no more than {@link #BURST_GAP} apart).
     */
    private static int sampleRefusalBursts(CrispSandbox crisp, Duration length) {
        long end = System.nanoTime() + length.toNanos();
        long refused = refusals(crisp);
        long lastRiseAt = Long.MIN_VALUE;
        int bursts = 0;
        while (System.nanoTime() < end) {
            Await.pause(SAMPLE_EVERY);
            long now = refusals(crisp);
            if (now > refused) {
                long at = System.nanoTime();
                if (lastRiseAt == Long.MIN_VALUE || at - lastRiseAt > BURST_GAP.toNanos()) {
                    bursts++;
                }
                lastRiseAt = at;
                refused = now;
            }
        }
        return bursts;
    }

    private static long refusals(CrispSandbox crisp) {
        Map<Integer, Long> byStatus = crisp.requestLog().byStatus();
        return byStatus.getOrDefault(429, 0L) + byStatus.getOrDefault(420, 0L);
    }

    private static void add(Report report, Outcome outcome) {
        Census census = outcome.census();
        String name = outcome.drill().name();
        String context = String.format(Locale.ROOT, "%s; %d conversations at %.0f/s from %d s before the fault to its "
                        + "end; %s; requests from the fault's start to recovery %d, answers by status then (0 = connection reset) %s; %s",
                outcome.drill().fault(), outcome.conversations(), RATE, LEAD_IN.toSeconds(), census,
                outcome.requests(), outcome.byStatus(), outcome.plugin());
        report.add(Figure.equalTo(SECTION, name + ": contacts created - expected", census.created() - census.expected(),
                "", 0, context));
        report.add(Figure.equalTo(SECTION, name + ": missing + unexpected + duplicates",
                census.missing() + census.unexpected() + census.duplicates(), "", 0, context));
        report.add(Figure.info(SECTION, name + ": requests per expected contact",
                census.expected() == 0 ? Double.NaN : (double) outcome.requests() / census.expected(), "req", context));
        if (outcome.drill().quotaBursts() > 0) {
            report.add(Figure.atLeast(SECTION, name + ": separate bursts of quota refusals (pause trials refused)",
                    outcome.refusalBursts(), "", outcome.drill().quotaBursts(), "the first refusal, then one per half-open "
                            + "trial that Crisp refused again; bursts are refusals within " + BURST_GAP.toSeconds()
                            + " s of each other, sampled every " + SAMPLE_EVERY.toMillis() + " ms; " + context));
        }
        report.add(new Figure(SECTION, name + ": recovery after the fault", Math.round(outcome.recoverySeconds() * 10) / 10.0,
                "s", "recovers", outcome.recovered() ? Figure.PASS : Figure.MISS,
                (outcome.recovered() ? "" : "NOT RECOVERED within " + RECOVERY_DEADLINE.toSeconds() + " s; ") + context));
    }
}
