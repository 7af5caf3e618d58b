package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.Visitor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees, without a screenshot: the real endpoint scraped after traffic, on the
 * management port, holds the JVM's metrics and the plugin's, and every metric the Grafana
 * dashboard and the alert rules in {@code deploy/observability} query is one the plugin exposes.
 */
class ObservabilityTest {

    private static final Path OBSERVABILITY = Path.of("..", "deploy", "observability");
    private static final Pattern METRIC = Pattern.compile("\\b(?:richcontact|jvm|process)_[a-z0-9_]+\\b");

    @Test
    void the_dashboard_and_the_alerts_query_only_metrics_the_plugin_exposes_on_its_management_port() throws Exception {
        try (CrispSandbox crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build())) {
            InstalledWebsite website = RunningPlugin.install(crisp, "Observed", "{}");
            try (RunningPlugin plugin = RunningPlugin.start(crisp, Map.of("RICHCONTACT_MANAGEMENT_PORT", "0",
                    "CRISP_HOOK_SECRET", "a-hook-secret-of-some-length"))) {
                crisp.scenario().startConversation(website.websiteId(), Visitor.from("urn:crisp.im:whatsapp:0")
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
                Await.until("the capture to end", () -> plugin.capturesEnded() == 1);

                assertEquals(404, status(plugin.server.port(), "/metrics"), "metrics are off the public port");
                String exposition = plugin.metrics();
                Set<String> exposed = exposition.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                        .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
                for (String family : List.of("jvm_memory_used_bytes", "jvm_gc_collection_seconds_count",
                        "jvm_threads_current", "process_cpu_seconds_total", "process_resident_memory_bytes",
                        "richcontact_captures_total", "richcontact_capture_latency_seconds_bucket",
                        "richcontact_ready", "richcontact_webhooks_enabled", "richcontact_crisp_requests_total")) {
                    assertTrue(exposed.contains(family), () -> "the plugin does not expose " + family);
                }
                assertEquals(1, RunningPlugin.valueIn(exposition, "richcontact_capture_latency_seconds_count"));
                assertEquals(1, RunningPlugin.valueIn(exposition, "richcontact_ready"));

                Set<String> queried = new TreeSet<>();
                JsonNode dashboard = new ObjectMapper().readTree(OBSERVABILITY.resolve("grafana-dashboard.json").toFile());
                assertFalse(dashboard.get("panels").isEmpty());
                for (JsonNode panel : dashboard.get("panels")) {
                    assertFalse(panel.get("targets").isEmpty(), () -> panel.get("title") + " has no query");
                    for (JsonNode target : panel.get("targets")) {
                        queried.addAll(metricsIn(target.get("expr").asText()));
                    }
                }
                queried.addAll(metricsIn(Files.readString(OBSERVABILITY.resolve("alerts.yml"))));
                queried.addAll(metricsIn(Files.readString(OBSERVABILITY.resolve("alerts.test.yml"))));
                Set<String> unknown = new TreeSet<>(queried);
                unknown.removeAll(exposed);
                assertEquals(Set.of(), unknown, "queried but not exposed");
                assertTrue(queried.size() >= 15, () -> "the dashboard and alerts query only " + queried);
            }
        }
    }

    private static Set<String> metricsIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher metric = METRIC.matcher(text);
        while (metric.find()) {
            names.add(metric.group());
        }
        return names;
    }

    private static int status(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
