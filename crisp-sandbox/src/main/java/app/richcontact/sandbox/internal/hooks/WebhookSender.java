package app.richcontact.sandbox.internal.hooks;

import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.WebhookCounts;
import app.richcontact.sandbox.WebhookTarget;
import app.richcontact.sandbox.internal.DaemonThreads;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.SandboxEvent;
import app.richcontact.sandbox.internal.world.World;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.json.JSONObject;

/**
 * Delivers events as Crisp web hooks: signed JSON POSTs, retried on non-2xx or I/O errors up
 * to the target's attempt limit. Deliveries are asynchronous and not ordered, as in production.
 */
public final class WebhookSender implements EventSink {

    private final SandboxSwitches switches;
    private final World world;
    private final ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreads("sandbox-webhook"));
    // Built on first use: an HttpClient costs tens of milliseconds of start-up that most runs never need.
    private HttpClient http;
    private final LongAdder events = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder abandoned = new LongAdder();
    private volatile boolean closed;

    public WebhookSender(SandboxSwitches switches, World world) {
        this.switches = switches;
        this.world = world;
    }

    @Override
    public void publish(SandboxEvent event) {
        WebhookTarget target = switches.get(SandboxSwitch.WEBHOOK);
        // Crisp posts hooks for websites that installed the plugin; the uninstall notice is the exception.
        if (target == null || closed || (!event.pluginLevel() && world.installed(event.websiteId()) == null)) {
            return;
        }
        events.increment();
        String body = "{\"website_id\":" + JSONObject.quote(event.websiteId())
                + ",\"event\":" + JSONObject.quote(event.name())
                + ",\"data\":" + event.payload()
                + ",\"timestamp\":" + event.timestamp() + "}";
        attempt(target, body, 1);
    }

    private void attempt(WebhookTarget target, String body, int attempt) {
        if (closed) {
            return;
        }
        attempts.increment();
        String timestamp = Long.toString(System.currentTimeMillis());
        HttpRequest request = HttpRequest.newBuilder(target.url())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "crisp-sandbox")
                .header("X-Crisp-Request-Timestamp", timestamp)
                .header("X-Crisp-Signature", HookSignature.sign(target.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                delivered.increment();
            } else if (attempt < target.maxAttempts()) {
                long delay = target.retryDelay().toMillis() << Math.min(attempt - 1, 16);
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, executor)
                        .execute(() -> attempt(target, body, attempt + 1));
            } else {
                abandoned.increment();
            }
        });
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
        }
        return http;
    }

    public WebhookCounts counts() {
        return new WebhookCounts(events.sum(), attempts.sum(), delivered.sum(), abandoned.sum());
    }

    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
