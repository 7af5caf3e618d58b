package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.Visitor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches: the plugin is live at once and ready only once installations are
 * loaded and real-time events flow; after a run, {@code /metrics} counts outcomes by reason and
 * channel, Crisp requests by route and status, and the quota used (the same count as Crisp's),
 * and holds no personal data.
 */
class HealthAndMetricsTest {

    /** A phone or an email in a label value would be personal data. */
    private static final Pattern PERSONAL = Pattern.compile("\\+\\d{6,}|\\d{9,}|[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    @Test
    void the_plugin_is_live_at_once_and_ready_only_once_real_time_events_flow() {
        try (CrispSandbox crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build())) {
            RunningPlugin.install(crisp, "Waiting", "{}");
            // Crisp's real-time side refuses connections for a while: the plugin keeps trying.
            crisp.rtm().refuseConnectionsFor(Duration.ofSeconds(3));
            try (RunningPlugin plugin = RunningPlugin.launch(crisp, Map.of())) {
                HttpResponse<String> live = plugin.get("/health/live");
                HttpResponse<String> notReady = plugin.get("/health/ready");

                assertEquals(200, live.statusCode());
                assertEquals(503, notReady.statusCode(), notReady.body());
                assertTrue(notReady.body().contains("real-time listener"), notReady.body());
                Await.until("ready once connected", RunningPlugin.READY_DEADLINE,
                        () -> plugin.statusOf("/health/ready") == 200, () -> plugin.bodyOf("/health/ready"));
                assertTrue(plugin.get("/health/ready").body().contains("\"status\":\"ready\""));
            }
        }
    }

    /**
     * Readiness gates traffic to the settings page and web hooks, not events: the start-up
     * catch-up runs behind it on a thread of its own. Crisp takes {@code slowList} (less than a
     * request's timeout) to answer the catch-up's conversation list; the plugin reports ready
     * before that answer is served, and the conversation missed before start is caught up after.
     */
    @Test
    void the_plugin_is_ready_while_its_start_up_catch_up_still_waits_for_crisp() {
        Duration slowList = Duration.ofSeconds(8);
        try (CrispSandbox crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build())) {
            InstalledWebsite missed = RunningPlugin.install(crisp, "Missed", "{}");
            Canaries.Phone phone = Canaries.phone();
            crisp.scenario().startConversation(missed.websiteId(), Visitor.from("urn:crisp.im:whatsapp:0")
                    .withNickname(Canaries.name()).withPhone(phone.e164()));
            crisp.restFaults().route(SandboxRoutes.CONVERSATIONS).latency(slowList);
            try (RunningPlugin plugin = RunningPlugin.start(crisp)) {
                assertEquals(0, crisp.requestLog().count(SandboxRoutes.CONVERSATIONS),
                        "ready before Crisp served the catch-up its conversation list");
                assertEquals(phone.e164(), plugin.awaitCrm(missed, 1, Duration.ofSeconds(40)).get(0).phone(),
                        "the catch-up went on after readiness");
                assertEquals(1, crisp.requestLog().count(SandboxRoutes.CONVERSATIONS));
            }
        }
    }

    @Test
    void after_a_run_the_metrics_count_outcomes_requests_and_quota_and_hold_no_personal_data() {
        try (CrispSandbox crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build())) {
            InstalledWebsite open = RunningPlugin.install(crisp, "Open", "{}");
            InstalledWebsite paused = RunningPlugin.install(crisp, "Paused", "{\"enabled\": false}");
            Canaries.Phone known = Canaries.phone();
            crisp.scenario().preloadProfile(open.websiteId(), NewProfile.of(Canaries.email(), Canaries.name(), known.e164()));
            try (RunningPlugin plugin = RunningPlugin.start(crisp)) {
                crisp.scenario().startConversation(open.websiteId(), Visitor.from("urn:crisp.im:whatsapp:0")
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
                crisp.scenario().startConversation(open.websiteId(), Visitor.from("urn:crisp.im:telegram:0")
                        .withNickname(Canaries.name()).withPhone(known.spaced()));
                crisp.scenario().startConversation(paused.websiteId(), Visitor.from("urn:crisp.im:telegram:0")
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
                crisp.scenario().startConversation(open.websiteId(), Visitor.from("urn:crisp.im:whatsapp:0")
                        .withNickname(Canaries.name()).withPhone("not a phone " + Canaries.phone().spaced()));

                Await.until("four captures to end", () -> plugin.capturesEnded() == 4);
                // Both sides count every request; they agree once nothing is in flight.
                Await.until("the plugin's quota count to match Crisp's", Duration.ofSeconds(10),
                        () -> plugin.metric("richcontact_crisp_quota_used_today") == crisp.quotaUsed(),
                        () -> plugin.metric("richcontact_crisp_quota_used_today") + " here, " + crisp.quotaUsed() + " at Crisp");
                String metrics = plugin.metrics();

                assertEquals(2, RunningPlugin.valueIn(metrics, RunningPlugin.capturesSeries("created", "none", "whatsapp")),
                        "the new visitor, and the one whose phone is unreadable (keyed on its session)");
                assertEquals(1, RunningPlugin.valueIn(metrics,
                        RunningPlugin.capturesSeries("attached", "exists_by_phone", "telegram")));
                assertEquals(1, RunningPlugin.valueIn(metrics, RunningPlugin.capturesSeries("skipped", "disabled", "telegram")));
                assertEquals(2, RunningPlugin.valueIn(metrics, "richcontact_crisp_requests_total{method=\"POST\","
                        + "route=\"website/{website_id}/people/profile\",status=\"201\"}"));
                assertEquals(3, RunningPlugin.valueIn(metrics, "richcontact_crisp_requests_total{method=\"GET\","
                        + "route=\"website/{website_id}/conversation/{session_id}\",status=\"200\"}"));
                assertEquals(1_000_000, RunningPlugin.valueIn(metrics, "richcontact_crisp_daily_quota"));
                assertTrue(RunningPlugin.valueIn(metrics, "richcontact_crisp_quota_used_today") > 0);
                assertEquals(1, RunningPlugin.valueIn(metrics, "richcontact_rtm_state{state=\"authenticated\"}"));
                assertTrue(metrics.contains("reason=\"invalid_phone\""), "the unreadable phone is counted as dropped");
                assertNoPersonalData(metrics);
                for (String jvm : List.of("jvm_memory_used_bytes{area=\"heap\"}", "jvm_gc_collection_seconds_count{",
                        "jvm_threads_current ", "process_cpu_seconds_total ", "process_resident_memory_bytes ")) {
                    assertTrue(metrics.contains("\n" + jvm), () -> "the JVM metrics lack " + jvm);
                }
            }
        }
    }

    private static void assertNoPersonalData(String metrics) {
        String lower = metrics.toLowerCase(Locale.ROOT);
        for (String canary : Canaries.forms()) {
            assertFalse(lower.contains(canary.toLowerCase(Locale.ROOT)), () -> "/metrics shows " + canary);
        }
        List<String> personal = metrics.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> PERSONAL.matcher(line.substring(0, line.lastIndexOf(' '))).find()).toList();
        assertEquals(List.of(), personal);
    }
}
