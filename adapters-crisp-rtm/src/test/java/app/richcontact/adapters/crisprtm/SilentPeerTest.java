package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.TcpRelay;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection that goes silent without being closed (a network partition, or a cut the JDK's
 * WebSocket client does not report: its socket left in CLOSE_WAIT) is given up on once a
 * WebSocket ping goes unanswered, long before the server's heartbeat would tell (45 s).
 */
class SilentPeerTest {

    /** The probe gives up after 5 s of silence and 10 s of patience; the heartbeat alone, after 45 s. */
    private static final Duration WELL_BEFORE_THE_HEARTBEAT = Duration.ofSeconds(30);

    private CrispSandbox sandbox;
    private TcpRelay relay;

    @BeforeEach
    void start() throws Exception {
        sandbox = CrispSandbox.start(SandboxOptions.defaults());
        sandbox.scenario().installWebsite("Acme");
        relay = new TcpRelay(sandbox.rtmUrl().getPort());
    }

    @AfterEach
    void stop() throws Exception {
        relay.close();
        sandbox.close();
    }

    @Test
    void a_connection_that_falls_silent_is_given_up_when_a_ping_goes_unanswered() throws Exception {
        URI relayed = URI.create("http://127.0.0.1:" + relay.port() + sandbox.rtmUrl().getRawPath());
        RtmEndpointDiscovery discovery = () -> new RtmEndpoints(relayed, relayed);
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.authenticated(SandboxListeners.fastConfig(sandbox),
                     new RecordingPorts(), discovery)) {
            relay.cut();

            Await.until("the silent connection given up", WELL_BEFORE_THE_HEARTBEAT, () -> !listener.health().ready());
            assertEquals(1, logs.containing("Lost Crisp's real-time connection (no answer to a WebSocket ping)").size());
            assertTrue(logs.containing("ping timeout").isEmpty(), "found by the probe, not the heartbeat");
        }
    }

    @Test
    void a_quiet_but_live_connection_is_kept_past_its_probes() throws Exception {
        try (CrispRtmListener listener = SandboxListeners.authenticated(sandbox, new RecordingPorts())) {
            long connections = listener.counters().connectionAttempts();
            Await.until("two probes answered", WELL_BEFORE_THE_HEARTBEAT, () -> listener.counters().probesAnswered() >= 2);

            assertTrue(listener.health().ready());
            assertEquals(connections, listener.counters().connectionAttempts(), "never reconnected");
            assertEquals(1, sandbox.rtm().connections());
        }
    }
}
