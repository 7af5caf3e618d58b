package app.richcontact.bootstrap.e2e;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.bootstrap.RichContactServer;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rich Contact as production runs it ({@link RichContactServer} built from environment
 * variables by {@link PluginConfiguration#fromEnvironment}), pointed at a sandbox over loopback,
 * plus what a test needs to look at it from outside: its HTTP routes, its metrics, and the
 * sandbox's CRM. Start it with {@link #start}; {@link #close()} is the production shutdown.
 */
final class RunningPlugin implements AutoCloseable {

    static final Duration READY_DEADLINE = Duration.ofSeconds(30);

    final CrispSandbox crisp;
    final PluginConfiguration config;
    final RichContactServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningPlugin(CrispSandbox crisp, PluginConfiguration config) {
        this.crisp = crisp;
        this.config = config;
        this.server = new RichContactServer(config, Clock.systemUTC());
    }

    /** The sandbox options every class starts from: a large quota, conversation starts emitted at once. */
    static SandboxOptions.Builder sandboxOptions() {
        return SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, 10_000_000L).set(SandboxSwitch.EVENT_SPACING, Duration.ZERO);
    }

    /** The environment of the plugin against this sandbox, before the test's own variables. */
    static Map<String, String> environment(CrispSandbox crisp) {
        Map<String, String> env = new HashMap<>();
        env.put(PluginConfiguration.IDENTIFIER, crisp.pluginIdentifier());
        env.put(PluginConfiguration.KEY, Canaries.secret(crisp.pluginKey()));
        env.put(PluginConfiguration.API_URL, crisp.restBaseUrl().toString());
        env.put(PluginConfiguration.PORT, "0");
        env.put(PluginConfiguration.WINDOW, "300ms");
        env.put(PluginConfiguration.DAILY_QUOTA, "1000000");
        env.put(PluginConfiguration.REQUESTS_PER_SECOND, "1000");
        env.put(PluginConfiguration.SHUTDOWN_DEADLINE, "15s");
        return env;
    }

    /** Starts the plugin and waits until {@code /health/ready} says ready. */
    static RunningPlugin start(CrispSandbox crisp, Map<String, String> variables) {
        RunningPlugin plugin = launch(crisp, variables);
        Await.until("the plugin to report ready", READY_DEADLINE, () -> plugin.statusOf("/health/ready") == 200,
                () -> plugin.bodyOf("/health/ready"));
        return plugin;
    }

    /** Starts the plugin without waiting for it to be ready. */
    static RunningPlugin launch(CrispSandbox crisp, Map<String, String> variables) {
        CapturedOutput.install();
        Canaries.watch(crisp.scenario());
        Canaries.mark(Canaries.callingTestClass());
        Map<String, String> env = environment(crisp);
        env.putAll(variables);
        RunningPlugin plugin = new RunningPlugin(crisp, PluginConfiguration.fromEnvironment(env));
        plugin.server.start();
        return plugin;
    }

    static RunningPlugin start(CrispSandbox crisp) {
        return start(crisp, Map.of());
    }

    /**
     * Installs the plugin on a new website of this sandbox; its token is a canary. Websites
     * installed before the plugin starts are loaded at start-up; later ones reach it by a
     * {@code plugin:subscription:updated} event where every socket hears it, else (the sandbox's
     * default) by the next installations refresh, and then take a {@code socket:bind} (up to 2.6 s).
     */
    static InstalledWebsite install(CrispSandbox crisp, String name, String settingsJson) {
        InstalledWebsite website = crisp.scenario().installWebsite(name, settingsJson);
        Canaries.secret(website.token());
        return website;
    }

    /** Health and metrics on the operations port (the management port when one is set), the rest on the public one. */
    URI uri(String path) {
        boolean operations = path.startsWith("/health/") || path.startsWith("/metrics");
        return URI.create("http://127.0.0.1:" + (operations ? server.operationsPort() : server.port()) + path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> put(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    int statusOf(String path) {
        try {
            return get(path).statusCode();
        } catch (RuntimeException unreachable) {
            return -1;
        }
    }

    String bodyOf(String path) {
        try {
            HttpResponse<String> answer = get(path);
            return answer.statusCode() + " " + answer.body();
        } catch (RuntimeException unreachable) {
            return unreachable.toString();
        }
    }

    /** {@code GET /metrics}, as Prometheus exposition text. */
    String metrics() {
        HttpResponse<String> answer = get("/metrics");
        if (answer.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + answer.statusCode());
        }
        return answer.body();
    }

    /** One series, written as exposed (labels in alphabetical order); 0 when absent. */
    double metric(String series) {
        return valueIn(metrics(), series);
    }

    static double valueIn(String exposition, String series) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip());
            }
        }
        return 0;
    }

    /** {@code richcontact_captures_total} for one outcome, reason ({@code none} for created) and channel. */
    double captures(String outcome, String reason, String channel) {
        return metric(capturesSeries(outcome, reason, channel));
    }

    static String capturesSeries(String outcome, String reason, String channel) {
        return "richcontact_captures_total{channel=\"" + channel + "\",outcome=\"" + outcome + "\",reason=\"" + reason
                + "\"}";
    }

    /** Every capture that ended, whatever the outcome. */
    double capturesEnded() {
        double total = 0;
        for (String line : metrics().split("\n")) {
            if (line.startsWith("richcontact_captures_total{")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    List<CrmProfile> crm(InstalledWebsite website) {
        return crisp.scenario().crm(website.websiteId());
    }

    /** Waits until the website's CRM holds {@code count} profiles, and returns them. */
    List<CrmProfile> awaitCrm(InstalledWebsite website, int count, Duration deadline) {
        Await.until(count + " profiles in the CRM of " + website.name(), deadline,
                () -> crm(website).size() >= count, () -> crm(website).toString());
        return crm(website);
    }

    List<CrmProfile> awaitCrm(InstalledWebsite website, int count) {
        return awaitCrm(website, count, Await.DEFAULT);
    }

    /**
     * The REST routes one capture may use: the conversation snapshot, the CRM checks, the creation,
     * and its follow-ups (attaching the conversation, unsubscribing a placeholder, the profile event).
     */
    static final List<String> CAPTURE_ROUTES = List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILE_HEAD,
            SandboxRoutes.PROFILE_GET, SandboxRoutes.PROFILES_SEARCH, SandboxRoutes.PROFILE_CREATE,
            SandboxRoutes.CONVERSATION_META_PATCH, SandboxRoutes.SUBSCRIPTION_PATCH, SandboxRoutes.PROFILE_EVENT_ADD);

    /** How many requests the sandbox received so far on each capture route. */
    Map<String, Long> captureRequests() {
        return requests(CAPTURE_ROUTES);
    }

    /** The requests made on each capture route since {@code before} (routes with none left out). */
    Map<String, Long> captureRequestsSince(Map<String, Long> before) {
        return requestsSince(CAPTURE_ROUTES, before);
    }

    /** How many requests the sandbox received so far on each of these routes. */
    Map<String, Long> requests(List<String> routes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        routes.forEach(route -> counts.put(route, crisp.requestLog().count(route)));
        return counts;
    }

    /** The requests made on each of these routes since {@code before} (routes with none left out). */
    Map<String, Long> requestsSince(List<String> routes, Map<String, Long> before) {
        Map<String, Long> since = new LinkedHashMap<>();
        requests(routes).forEach((route, count) -> {
            long made = count - before.getOrDefault(route, 0L);
            if (made != 0) {
                since.put(route, made);
            }
        });
        return since;
    }

    /** Requests the sandbox received whose path names this website. */
    long requestsFor(InstalledWebsite website) {
        return crisp.requestLog().byWebsite().getOrDefault(website.websiteId(), 0L);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException("the plugin did not answer " + request.build().uri().getPath(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    /** The production shutdown: drains open captures, stops listening, frees the port. */
    @Override
    public void close() {
        server.close();
    }
}
