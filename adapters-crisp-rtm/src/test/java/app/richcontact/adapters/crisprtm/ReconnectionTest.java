package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.ConversationEvent.VisitorMessageSent;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener reconnects by itself, re-authenticates every time, and moves to the rescue URL when it must. */
class ReconnectionTest {

    private CrispSandbox sandbox;
    private InstalledWebsite site;
    private final RecordingPorts ports = new RecordingPorts();

    @BeforeEach
    void startSandbox() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
        site = sandbox.scenario().installWebsite("Acme");
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void after_the_server_drops_the_connection_it_authenticates_again_and_events_flow_again() throws Exception {
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports)) {
            sandbox.rtm().dropAllConnections();
            Await.until("a second authentication", Await.AFTER_A_CUT, () -> listener.counters().authentications() == 2
                    && listener.health().ready());

            assertEquals(1, sandbox.rtm().authenticatedConnections());
            assertVisitorHeard();
            assertEquals(1, listener.health().reconnects());
            assertEquals(1, logs.containing("Lost Crisp's real-time connection").size());
            assertEquals(1, logs.containing("Listening again to Crisp's real-time events").size());
        }
    }

    @Test
    void refused_reconnections_are_retried_with_backoff_until_the_server_accepts_again() throws Exception {
        // Reconnect after 100 ms, then 200 ms at most, no jitter: at most 6 attempts fit in 1 s of refusals.
        CrispRtmConfig config = SandboxListeners.fast(sandbox)
                .reconnectDelayMin(Duration.ofMillis(100)).reconnectDelayMax(Duration.ofMillis(200)).reconnectJitter(0)
                .failuresBeforeRescue(100).endpointsMaxAge(Duration.ofHours(1)).build();
        try (CrispRtmListener listener = SandboxListeners.authenticated(config, ports, SandboxListeners.discovery(sandbox))) {
            long start = System.nanoTime();
            sandbox.rtm().refuseConnectionsFor(Duration.ofSeconds(1));
            sandbox.rtm().dropAllConnections();
            Await.until("authenticated again", Await.AFTER_A_CUT, () -> listener.counters().authentications() == 2
                    && listener.health().ready());
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            long retries = listener.counters().connectionAttempts() - 1;
            assertTrue(elapsedMillis >= 1_000, "accepted only after the refusals ended");
            assertTrue(retries >= 2, retries + " retries");
            assertTrue(retries <= 1 + elapsedMillis / 200 + 1, retries + " retries in " + elapsedMillis + " ms");
            assertVisitorHeard();
        }
    }

    @Test
    void after_repeated_failures_on_the_primary_url_the_rescue_url_is_used() throws Exception {
        URI broken = sandbox.rtmUrl().resolve("/nowhere/");
        CrispRtmConfig config = SandboxListeners.fast(sandbox).failuresBeforeRescue(3).endpointsMaxAge(Duration.ofHours(1)).build();
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.authenticated(config, ports,
                     () -> new RtmEndpoints(broken, sandbox.rescueRtmUrl()))) {
            assertEquals(sandbox.rescueRtmUrl(), listener.health().endpoint());
            assertEquals(4, listener.counters().connectionAttempts());
            assertEquals(1, logs.containing("trying the rescue URL " + sandbox.rescueRtmUrl()).size());
            assertVisitorHeard();
        }
    }

    @Test
    void a_server_that_never_answers_is_abandoned_at_the_connect_deadline() throws Exception {
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             CapturedLogs logs = new CapturedLogs()) {
            // Accepts TCP connections and never answers the WebSocket upgrade.
            URI silent = URI.create("http://127.0.0.1:" + mute.getLocalPort() + "/rtm/");
            CrispRtmConfig config = SandboxListeners.fast(sandbox)
                    .connectTimeout(Duration.ofMillis(300)).authenticationTimeout(Duration.ofSeconds(2)).failuresBeforeRescue(2).endpointsMaxAge(Duration.ofHours(1)).build();
            try (CrispRtmListener listener = SandboxListeners.authenticated(config, ports,
                    () -> new RtmEndpoints(silent, sandbox.rescueRtmUrl()))) {
                assertEquals(sandbox.rescueRtmUrl(), listener.health().endpoint());
                assertEquals(3, listener.counters().connectionAttempts());
                assertEquals(1, logs.warningsContaining("no connection within 300 ms").size());
            }
        }
    }

    @Test
    void when_both_urls_keep_failing_the_endpoints_are_discovered_again() throws Exception {
        URI broken = sandbox.rtmUrl().resolve("/nowhere/");
        URI alsoBroken = sandbox.rtmUrl().resolve("/nowhere-either/");
        AtomicInteger discoveries = new AtomicInteger();
        RtmEndpointDiscovery discovery = () -> discoveries.incrementAndGet() == 1
                ? new RtmEndpoints(broken, alsoBroken)
                : new RtmEndpoints(sandbox.rtmUrl(), null);
        CrispRtmConfig config = SandboxListeners.fast(sandbox).failuresBeforeRescue(2).endpointsMaxAge(Duration.ofHours(1)).build();
        try (CrispRtmListener listener = SandboxListeners.authenticated(config, ports, discovery)) {
            assertEquals(2, discoveries.get());
            assertEquals(sandbox.rtmUrl(), listener.health().endpoint());
            assertEquals(5, listener.counters().connectionAttempts());
        }
    }

    @Test
    void rediscoveries_after_failures_are_spaced_so_that_an_outage_does_not_spend_the_quota() {
        URI broken = sandbox.rtmUrl().resolve("/nowhere/");
        URI alsoBroken = sandbox.rtmUrl().resolve("/nowhere-either/");
        AtomicInteger discoveries = new AtomicInteger();
        RtmEndpointDiscovery discovery = () -> {
            discoveries.incrementAndGet();
            return new RtmEndpoints(broken, alsoBroken);
        };
        CrispRtmConfig config = SandboxListeners.fast(sandbox).failuresBeforeRescue(2).endpointsMaxAge(Duration.ofHours(1)).build();
        try (CrispRtmListener listener = SandboxListeners.listener(config, ports, discovery)) {
            listener.start();
            Await.until("a dozen failed attempts", () -> listener.counters().connectionAttempts() >= 12);
            assertEquals(2, discoveries.get(), "the start, and one rediscovery: the next waits 15 minutes");
        }
    }

    @Test
    void a_failing_discovery_is_retried_and_nothing_is_attempted_without_a_url() {
        AtomicInteger discoveries = new AtomicInteger();
        RtmEndpointDiscovery discovery = () -> {
            if (discoveries.incrementAndGet() <= 2) {
                throw new IllegalStateException("Crisp's REST API is down");
            }
            return new RtmEndpoints(sandbox.rtmUrl(), sandbox.rescueRtmUrl());
        };
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.authenticated(SandboxListeners.fastConfig(sandbox), ports,
                     discovery)) {
            assertEquals(3, discoveries.get());
            assertEquals(1, listener.counters().connectionAttempts());
            assertEquals(List.of(), logs.containing(sandbox.pluginKey()));
            assertEquals(1, logs.warningsContaining("Cannot discover Crisp's real-time endpoints (IllegalStateException: "
                    + "Crisp's REST API is down)").size());
        }
    }

    @Test
    void endpoints_older_than_their_maximum_age_are_discovered_again_before_reconnecting() {
        AtomicInteger discoveries = new AtomicInteger();
        RtmEndpointDiscovery discovery = () -> {
            discoveries.incrementAndGet();
            return new RtmEndpoints(sandbox.rtmUrl(), sandbox.rescueRtmUrl());
        };
        CrispRtmConfig config = SandboxListeners.fast(sandbox).failuresBeforeRescue(3).endpointsMaxAge(Duration.ofMillis(1)).build();
        try (CrispRtmListener listener = SandboxListeners.authenticated(config, ports, discovery)) {
            sandbox.rtm().dropAllConnections();
            Await.until("authenticated again", Await.AFTER_A_CUT, () -> listener.counters().authentications() == 2
                    && listener.health().ready());
            assertEquals(2, discoveries.get());
        }
    }

    private void assertVisitorHeard() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(site.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0"));
        conversation.started().get();
        ports.awaitConversation(VisitorMessageSent.class, e -> e.session().value().equals(conversation.sessionId()));
    }
}
