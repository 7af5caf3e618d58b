package app.richcontact.adapters.web;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.activity.CaptureActivity;
import app.richcontact.application.fake.CrispCalls;
import app.richcontact.application.fake.InMemoryContactCards;
import app.richcontact.application.fake.InMemoryContactDirectory;
import app.richcontact.application.fake.InMemoryConversationDirectory;
import app.richcontact.application.fake.InMemoryInstallations;
import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.fake.ManualScheduler;
import app.richcontact.application.fake.RecordingOutcomes;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.in.WebsiteActivity.Listening;
import app.richcontact.domain.ChannelRules;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The web server on a random port in front of a real {@link RichContactCore} built on the
 * application's in-memory fakes, with a manual clock, and an HTTP client to call it.
 */
final class WebFixture implements AutoCloseable {

    static final WebsiteId WEBSITE = new WebsiteId("0f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f");
    static final WebsiteId OTHER_WEBSITE = new WebsiteId("6a1f0c2e-7d4b-4e8a-9c3d-2b1a0f9e8d7c");
    static final String TOKEN = "token-of-the-website";
    static final String OTHER_TOKEN = "token-of-the-other-website";
    static final String HOOK_SECRET = "hook-secret-for-tests";
    /** Generous enough that no test but the rate-limit ones ever meets a limiter. */
    static final RateLimit UNLIMITED = new RateLimit(100_000, Duration.ofMinutes(1));

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final CrispCalls calls = new CrispCalls();
    final InMemoryInstallations installations = new InMemoryInstallations(calls, clock);
    final InMemoryContactDirectory contacts = new InMemoryContactDirectory(calls);
    final RecordingOutcomes outcomes = new RecordingOutcomes();
    final AtomicReference<Listening> listening = new AtomicReference<>(new Listening(true, false, false));
    final CaptureActivity activity = new CaptureActivity(clock, listening::get);
    final RichContactCore core;
    final AtomicReference<Readiness> readiness = new AtomicReference<>(Readiness.ready("installations loaded, events flowing"));
    final List<ConversationEvent> conversationEvents = new ArrayList<>();
    final List<InstallationEvent> installationEvents = new ArrayList<>();
    final List<MetricSource> extraSources = new CopyOnWriteArrayList<>();
    final JavalinWebServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebFixture(UnaryOperator<WebConfig.Builder> configure) {
        core = new RichContactCore(CaptureConfig.DEFAULTS, clock, scheduler, Runnable::run,
                installations, installations, new InMemoryConversationDirectory(calls),
                contacts, new InMemoryContactCards(calls, contacts), outcome -> {
                    outcomes.report(outcome);
                    activity.report(outcome);
                }, upgrade -> { }, (origin, resolution) -> { }, () -> { });
        installations.install(new Installation(WEBSITE, WebsiteToken.of(TOKEN), WebsiteSettings.DEFAULTS));
        installations.install(new Installation(OTHER_WEBSITE, WebsiteToken.of(OTHER_TOKEN), WebsiteSettings.DEFAULTS));
        core.loadInstallations().loadAll();
        calls.reset();

        WebPorts real = new WebPorts(core.readSettings(), core.saveSettings(), core.verifyWebsiteToken(),
                core.captureConversation(), core.trackInstallations(), core.readCaptureGauges(), activity);
        WebPorts recorded = new WebPorts(real.readSettings(), real.saveSettings(), real.verifyWebsiteToken(),
                event -> {
                    synchronized (conversationEvents) {
                        conversationEvents.add(event);
                    }
                    real.captureConversation().handle(event);
                },
                event -> {
                    real.trackInstallations().handle(event);
                    synchronized (installationEvents) {
                        installationEvents.add(event);
                        installationEvents.notifyAll();
                    }
                },
                real.readCaptureGauges(), real.readActivity());
        WebConfig config = configure.apply(WebConfig.builder(0, ChannelRules.DEFAULT)
                .hookSecret(HookSecret.of(HOOK_SECRET))
                .clientRateLimit(UNLIMITED).websiteRateLimit(UNLIMITED)).build();
        server = new JavalinWebServer(config, recorded, () -> {
            Readiness now = readiness.get();
            if (now == null) {
                throw new IllegalStateException("the probe is broken");
            }
            return now;
        }, List.of(writer -> extraSources.forEach(source -> source.writeTo(writer))), clock);
        server.start();
    }

    WebFixture() {
        this(UnaryOperator.identity());
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return send(request(pathAndQuery, headers).GET().build());
    }

    HttpResponse<String> put(String pathAndQuery, String body, String... headers) throws IOException, InterruptedException {
        return send(request(pathAndQuery, headers).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> post(String pathAndQuery, byte[] body, String... headers) throws IOException, InterruptedException {
        return send(request(pathAndQuery, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    static String settingsPath(WebsiteId website) {
        return "/api/websites/" + website.value() + "/settings";
    }

    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    List<ConversationEvent> conversationEvents() {
        synchronized (conversationEvents) {
            return List.copyOf(conversationEvents);
        }
    }

    /** Waits until at least {@code count} installation events were handled; fails at the deadline. */
    List<InstallationEvent> awaitInstallationEvents(int count, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (installationEvents) {
            while (installationEvents.size() < count) {
                long remaining = end - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("expected " + count + " installation events within " + deadline
                            + ", got " + installationEvents);
                }
                TimeUnit.NANOSECONDS.timedWait(installationEvents, remaining);
            }
            return List.copyOf(installationEvents);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
