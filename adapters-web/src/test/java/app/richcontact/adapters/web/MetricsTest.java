package app.richcontact.adapters.web;

import static app.richcontact.adapters.web.HookRequests.body;
import static app.richcontact.adapters.web.HookRequests.signedHeaders;
import static app.richcontact.adapters.web.WebFixture.HOOK_SECRET;
import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static app.richcontact.adapters.web.WebFixture.settingsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTest {

    private static final String CANARY_PHONE = "+351 912 345 678";
    private static final String CANARY_DIGITS = "351912345678";
    private static final String CANARY_EMAIL = "zelda.canary@example.org";
    private static final String CANARY_NAME = "Zelda Canary";
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"\\\\\\n]*\"(,[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"\\\\\\n]*\")*\\})?"
                    + " (-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|NaN|[+-]Inf)");

    private final WebFixture web = new WebFixture();

    @AfterAll
    void stop() {
        web.close();
    }

    private void deliver(String event, String data) throws Exception {
        byte[] body = body(WEBSITE.value(), event, data);
        HttpResponse<String> answer = web.post("/webhooks/crisp", body,
                signedHeaders(HOOK_SECRET, Long.toString(web.clock.millis()), body));
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private void visitor(SessionId session, String email) throws Exception {
        String id = "\"session_id\": \"" + session.value() + "\"";
        deliver("message:send", "{" + id + ", \"from\": \"user\", \"origin\": \"urn:crisp.im:whatsapp:0\","
                + " \"type\": \"text\", \"content\": \"hi\", \"fingerprint\": " + Math.abs(session.hashCode())
                + ", \"user\": {\"nickname\": \"" + CANARY_NAME + "\"}}");
        deliver("session:set_phone", "{" + id + ", \"phone\": \"" + CANARY_PHONE + "\"}");
        if (email != null) {
            deliver("session:set_email", "{" + id + ", \"email\": \"" + email + "\"}");
        }
    }

    @Test
    void captures_arrive_from_web_hooks_and_their_gauges_show_no_personal_data() throws Exception {
        visitor(new SessionId("session_" + UUID.randomUUID()), null);
        visitor(new SessionId("session_" + UUID.randomUUID()), CANARY_EMAIL);

        String whileOpen = Metrics.scrape(web);
        web.scheduler.advance(Duration.ofSeconds(5));
        String afterwards = Metrics.scrape(web);

        assertEquals(2, Metrics.value(whileOpen, "richcontact_pending_captures{state=\"open\"}"));
        assertEquals(0, Metrics.value(afterwards, "richcontact_pending_captures{state=\"open\"}"));
        // richcontact_captures_total is counted in bootstrap (CaptureOutcomeCounterTest): here, the outcomes.
        List<CaptureOutcome> outcomes = web.outcomes.all();
        assertEquals(1, outcomes.stream().filter(CaptureOutcome.Created.class::isInstance).count(), outcomes::toString);
        assertEquals(1, outcomes.stream().filter(outcome -> outcome instanceof CaptureOutcome.Skipped skipped
                && skipped.reason() == SkipReason.HAS_EMAIL).count(), outcomes::toString);
        assertEquals(1, web.contacts.contactsOf(WEBSITE).size(), "the capture really ran");
        for (String exposition : List.of(whileOpen, afterwards)) {
            for (String personal : List.of(CANARY_DIGITS, "912 345", "912345678", "zelda", "Zelda", "example.org",
                    "session_", WEBSITE.value(), TOKEN, HOOK_SECRET)) {
                assertFalse(exposition.contains(personal), "the metrics expose " + personal);
            }
        }
    }

    @Test
    void the_exposition_is_well_formed_prometheus_text() throws Exception {
        HttpResponse<String> answer = web.get("/metrics");

        assertEquals(200, answer.statusCode());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(""));
        String family = null;
        for (String line : answer.body().split("\n")) {
            if (line.startsWith("# HELP ")) {
                family = line.split(" ")[2];
            } else if (line.startsWith("# TYPE ")) {
                assertEquals(family, line.split(" ")[2], "TYPE follows its HELP");
                assertTrue(line.matches("# TYPE \\S+ (counter|gauge|summary|histogram|untyped)"), line);
            } else {
                assertTrue(SAMPLE.matcher(line).matches(), "not a sample line: " + line);
                assertTrue(line.startsWith(family), "a sample outside its family: " + line);
            }
        }
        assertTrue(answer.body().endsWith("\n"));
    }

    @Test
    void a_scraper_that_asks_for_openmetrics_gets_openmetrics() throws Exception {
        HttpResponse<String> answer = web.get("/metrics",
                "Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8");

        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"),
                answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("# TYPE richcontact_metric_samples_rejected counter\n"),
                "counters are named without _total");
        assertTrue(answer.body().endsWith("# EOF\n"));
    }

    @Test
    void the_jvm_and_process_metrics_every_jvm_dashboard_expects_are_exposed() throws Exception {
        String exposition = Metrics.scrape(web);

        for (String series : List.of("jvm_memory_used_bytes{area=\"heap\"}", "jvm_threads_current ",
                "jvm_gc_collection_seconds_count{", "jvm_classes_currently_loaded ", "process_cpu_seconds_total ",
                "process_open_fds ", "process_start_time_seconds ", "jvm_runtime_info{")) {
            assertTrue(exposition.contains("\n" + series), "missing " + series);
        }
    }

    @Test
    void settings_requests_are_counted_by_route_and_status() throws Exception {
        double before = Metrics.value(web, "richcontact_settings_requests_total{route=\"api_read\",status=\"401\"}");

        web.get(settingsPath(WEBSITE), bearer("wrong"));
        web.get(settingsPath(WEBSITE), bearer(TOKEN));

        String exposition = Metrics.scrape(web);
        assertEquals(before + 1, Metrics.value(exposition,
                "richcontact_settings_requests_total{route=\"api_read\",status=\"401\"}"));
        assertTrue(Metrics.value(exposition, "richcontact_settings_requests_total{route=\"api_read\",status=\"200\"}") >= 1);
    }

    @Test
    void other_adapters_contribute_their_samples_and_share_families_with_ours() throws Exception {
        web.extraSources.add(writer -> {
            writer.counter("richcontact_crisp_requests_total", "Crisp requests by route and status.",
                    Map.of("route", "website/{website_id}/people/profile", "status", "200"), 12);
            writer.gauge("richcontact_crisp_quota_used_today", "Crisp requests spent today.", 345);
            writer.gauge("richcontact_rtm_connected", "1 while the RTM socket is authenticated.", 1);
            writer.counter("richcontact_rtm_reconnects_total", "RTM reconnections.", 3);
            writer.counter("richcontact_events_dropped_total", "Events that could not be used.",
                    Map.of("source", "rtm", "reason", "invalid_phone"), 2);
        });
        deliver("message:send", "\"not an object\"");

        String exposition = Metrics.scrape(web);

        assertEquals(12, Metrics.value(exposition,
                "richcontact_crisp_requests_total{route=\"website/{website_id}/people/profile\",status=\"200\"}"));
        assertEquals(345, Metrics.value(exposition, "richcontact_crisp_quota_used_today"));
        assertEquals(1, Metrics.value(exposition, "richcontact_rtm_connected"));
        assertEquals(3, Metrics.value(exposition, "richcontact_rtm_reconnects_total"));
        assertEquals(2, Metrics.value(exposition, "richcontact_events_dropped_total{reason=\"invalid_phone\",source=\"rtm\"}"));
        assertTrue(Metrics.value(exposition,
                "richcontact_events_dropped_total{reason=\"wrong_type_data\",source=\"webhook\"}") >= 1);
        assertEquals(1, exposition.split("# TYPE richcontact_events_dropped_total ", -1).length - 1,
                "one family header for both sources");
    }

    @Test
    void a_sample_that_could_carry_personal_data_is_rejected_and_counted() throws Exception {
        double before = Metrics.value(web, "richcontact_metric_samples_rejected_total");
        web.extraSources.add(writer -> {
            writer.counter("richcontact_leaky_total", "Leaks.", Map.of("email", CANARY_EMAIL), 1);
            writer.counter("richcontact_leaky_total", "Leaks.", Map.of("phone", CANARY_DIGITS), 1);
            writer.counter("richcontact_leaky_total", "Leaks.", Map.of("nickname", CANARY_NAME), 1);
            writer.counter("richcontact_leaky_total", "Leaks.", Map.of("phone", "+351-912-345-678"), 1);
        });

        String exposition = Metrics.scrape(web);

        assertEquals(before + 4, Metrics.value(exposition, "richcontact_metric_samples_rejected_total"));
        assertFalse(exposition.contains("richcontact_leaky_total{"));
        assertFalse(exposition.contains(CANARY_EMAIL) || exposition.contains(CANARY_DIGITS)
                || exposition.contains(CANARY_NAME) || exposition.contains("912-345"));
    }

    @Test
    void a_failing_source_does_not_stop_the_scrape() throws Exception {
        MetricSource broken = writer -> {
            throw new IllegalStateException("broken source");
        };
        web.extraSources.add(broken);
        try {
            String exposition = Metrics.scrape(web);

            assertTrue(Metrics.value(exposition, "richcontact_metric_source_failures_total") >= 1);
            assertTrue(exposition.contains("richcontact_pending_captures{state=\"open\"}"));
        } finally {
            web.extraSources.remove(broken);
        }
    }
}
