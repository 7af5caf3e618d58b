package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Await;
import app.richcontact.benchmarks.harness.Census;
import app.richcontact.benchmarks.harness.Contender;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.PluginHttp;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.benchmarks.harness.SideBySide;
import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.TcpRelay;
import app.richcontact.sandbox.TrafficOptions;
import app.richcontact.sandbox.TrafficRun;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Failover drills: two plugin processes from the distribution compete for a Lease on fabric8's
 * mock Kubernetes API server (CRUD mode, real HTTP, in this JVM; each plugin reaches it through a
 * TCP relay of its own), with the lease timings of production (15 s lease, 10 s renew deadline,
 * 2 s retry period), under the sandbox's random traffic. The active one is then killed (SIGKILL),
 * stalled past the lease (SIGSTOP, SIGCONT once the other has taken over) or cut from the API
 * server (its relay swallows every byte). Take-over is the time from the fault until the other
 * replica says it is active; recovery, until every expected contact exists, none twice; the
 * traffic goes on for 10 s after the take-over. Drills run in parallel, each with its own sandbox,
 * API server and plugins.
 */
public final class Failover {

    static final String SECTION = "failover";
    private static final double RATE = 10;
    private static final Duration LEAD_IN = Duration.ofSeconds(8);
    private static final Duration TRAFFIC_AFTER_TAKEOVER = Duration.ofSeconds(10);
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final String NAMESPACE = "bench";

    /** How the active replica is taken away. */
    private enum Fault {
        KILL("the active process killed (SIGKILL) mid-traffic"),
        PAUSE("the active JVM stalled (SIGSTOP) past the lease, woken (SIGCONT) after the take-over"),
        CUT("the active process cut from the API server (its relay swallows every byte)");

        final String description;

        Fault(String description) {
            this.description = description;
        }
    }

    /** What a drill measured; the old active's stand-by time is NaN when it cannot tell (killed). */
    private record Outcome(Fault fault, Census census, double takeoverSeconds, double recoverySeconds, boolean recovered,
                           double oldStoodBySeconds, long conversations, String note) {
    }

    private Failover() {
    }

    public static void run(Report report) throws Exception {
        List<Fault> faults = List.of(Fault.values());
        report.say("failover: %d drills in parallel, %.0f conversations/s each; faults after %d s", faults.size(), RATE,
                LEAD_IN.toSeconds());
        SideBySide.run(report, SECTION, faults, fault -> fault.name().toLowerCase(Locale.ROOT), 11,
                (fault, seed) -> drill(fault, seed, report), Failover::add);
    }

    private static Outcome drill(Fault fault, long seed, Report report) throws Exception {
        String name = fault.name().toLowerCase(Locale.ROOT);
        SandboxOptions options = SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, Rig.UNLIMITED_QUOTA).build();
        KubernetesMockServer api = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        api.init(InetAddress.getLoopbackAddress(), 0);
        try (CrispSandbox crisp = CrispSandbox.start(options);
             TcpRelay toApiA = new TcpRelay(api.getPort());
             TcpRelay toApiB = new TcpRelay(api.getPort())) {
            TrafficRun traffic = crisp.startTraffic(TrafficOptions.builder().set(TrafficOptions.WEBSITES, 6)
                    .set(TrafficOptions.DISABLED_WEBSITES, 1).set(TrafficOptions.CONVERSATIONS_PER_SECOND, RATE)
                    .set(TrafficOptions.SEED, seed).build());
            Contender a = Contender.richContact(crisp, replica("replica-a", toApiA), Report.LOGS.resolve("failover-" + name + "-a.log"));
            Contender b = null;
            try {
                a.awaitReady(Duration.ofSeconds(60));
                if (!Await.until(Duration.ofSeconds(30), Duration.ofMillis(100), () -> active(a.http()))) {
                    throw new IllegalStateException("replica-a never became active");
                }
                b = Contender.richContact(crisp, replica("replica-b", toApiB), Report.LOGS.resolve("failover-" + name + "-b.log"));
                b.awaitReady(Duration.ofSeconds(60));
                PluginHttp standby = b.http();
                Await.pause(LEAD_IN);

                long faultAt = System.nanoTime();
                switch (fault) {
                    case KILL -> a.kill();
                    case PAUSE -> a.signal("STOP");
                    case CUT -> toApiA.cut();
                }
                // A cut replica still answers: when it stands by is watched while the standby takes over.
                double[] oldStoodBy = {Double.NaN};
                boolean tookOver = Await.until(DEADLINE, Duration.ofMillis(100), () -> {
                    if (fault == Fault.CUT && Double.isNaN(oldStoodBy[0]) && standingBy(a.http())) {
                        oldStoodBy[0] = seconds(faultAt);
                    }
                    return active(standby);
                });
                double takeover = seconds(faultAt);
                report.say("failover: %s: replica-b active %.1f s after the fault%s", name, takeover,
                        tookOver ? "" : " (NOT within the deadline)");
                if (fault == Fault.PAUSE) {
                    a.signal("CONT");
                }
                if (fault != Fault.KILL && Double.isNaN(oldStoodBy[0])) {
                    Await.until(DEADLINE, Duration.ofMillis(100), () -> standingBy(a.http()));
                    oldStoodBy[0] = seconds(faultAt);
                }
                Await.pause(TRAFFIC_AFTER_TAKEOVER);
                traffic.stop();
                List<String> websites = traffic.websites().stream().map(InstalledWebsite::websiteId).toList();
                Set<String> expected = Census.expectedKeys(traffic);
                boolean recovered = Await.until(DEADLINE, Duration.ofMillis(500),
                        () -> Census.of(crisp, websites, expected).exact());
                double recovery = seconds(faultAt);
                // Anything late (a retry, a catch-up, the woken replica's last windows) may still show up as a duplicate.
                Await.pause(Duration.ofSeconds(3));
                String metrics = standby.metricsText();
                String note = String.format(Locale.ROOT, "replica-b: %.0f created, %.0f catch-ups; replica-a stood by "
                                + "%s", PluginHttp.sum(metrics, "richcontact_captures_total", "outcome=\"created\""),
                        PluginHttp.sum(metrics, "richcontact_rtm_catch_ups_total"),
                        Double.isNaN(oldStoodBy[0]) ? "never (killed)"
                                : String.format(Locale.ROOT, "%.1f s after the fault%s", oldStoodBy[0],
                                        fault == Fault.PAUSE ? " (woken after the take-over)" : ""));
                return new Outcome(fault, Census.of(crisp, websites, expected), takeover, recovery, recovered && tookOver,
                        oldStoodBy[0], traffic.started(), note);
            } finally {
                if (b != null) {
                    b.close();
                }
                a.kill();
            }
        } finally {
            api.destroy();
        }
    }

    private static Map<String, String> replica(String name, TcpRelay toApi) {
        return Map.of(PluginConfiguration.DAILY_QUOTA, Rig.UNLIMITED_PLUGIN_QUOTA,
                PluginConfiguration.LEADER_ELECTION, "true",
                PluginConfiguration.KUBERNETES_API, "http://127.0.0.1:" + toApi.port() + "/",
                PluginConfiguration.LEASE_NAMESPACE, NAMESPACE,
                PluginConfiguration.REPLICA_NAME, name);
    }

    private static boolean active(PluginHttp plugin) {
        return PluginHttp.sum(plugin.metricsText(), "richcontact_active") == 1;
    }

    /** It answers, and says it is not active. */
    private static boolean standingBy(PluginHttp plugin) {
        String metrics = plugin.metricsText();
        return metrics.contains("richcontact_active") && PluginHttp.sum(metrics, "richcontact_active") == 0;
    }

    private static double seconds(long sinceNanos) {
        return Math.round((System.nanoTime() - sinceNanos) / 1e8) / 10.0;
    }

    private static void add(Report report, Outcome outcome) {
        String name = outcome.fault().name().toLowerCase(Locale.ROOT);
        Census census = outcome.census();
        String context = String.format(Locale.ROOT, "%s; %d conversations at %.0f/s; %s; take-over %.1f s; %s",
                outcome.fault().description, outcome.conversations(), RATE, census, outcome.takeoverSeconds(),
                outcome.note());
        report.add(Figure.equalTo(SECTION, name + ": contacts created - expected", census.created() - census.expected(),
                "", 0, context));
        report.add(Figure.equalTo(SECTION, name + ": missing + unexpected + duplicates",
                census.missing() + census.unexpected() + census.duplicates(), "", 0, context));
        report.add(Figure.info(SECTION, name + ": take-over (fault to the standby active)", outcome.takeoverSeconds(), "s",
                context));
        report.add(new Figure(SECTION, name + ": recovery (fault to every contact made)", outcome.recoverySeconds(), "s",
                "recovers", outcome.recovered() ? Figure.PASS : Figure.MISS,
                (outcome.recovered() ? "" : "NOT RECOVERED within " + DEADLINE.toSeconds() + " s; ") + context));
    }
}
