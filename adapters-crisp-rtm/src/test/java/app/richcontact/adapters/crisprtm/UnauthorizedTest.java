package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refused credentials are a configuration error: reported, logged once, and retried only after a long back-off. */
class UnauthorizedTest {

    private CrispSandbox sandbox;
    private final RecordingPorts ports = new RecordingPorts();

    @BeforeEach
    void startSandbox() {
        sandbox = CrispSandbox.start();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void an_unauthorized_answer_makes_it_unhealthy_and_the_next_attempt_waits_for_the_whole_back_off() {
        // Reconnects would come after 10 ms; the back-off after unauthorized is 1 s.
        CrispRtmConfig config = SandboxListeners.fast(sandbox)
                .reconnectDelayMin(Duration.ofMillis(10)).reconnectDelayMax(Duration.ofMillis(20)).reconnectJitter(0)
                .unauthorizedBackoff(Duration.ofSeconds(1)).build();
        sandbox.rtm().refuseAuthenticationFor(Duration.ofMinutes(1));
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.listener(config, ports, SandboxListeners.discovery(sandbox))) {
            listener.start();
            Await.until("unauthorized", () -> listener.health().state() == RtmState.UNAUTHORIZED);
            RtmHealth refused = listener.health();
            assertFalse(refused.ready());
            sandbox.rtm().refuseAuthenticationFor(Duration.ZERO);

            Await.until("authenticated once the back-off is over", () -> listener.health().ready());
            RtmHealth accepted = listener.health();
            assertEquals(2, listener.counters().connectionAttempts(), "one attempt per back-off, no storm");
            assertTrue(Duration.between(refused.since(), accepted.since()).compareTo(Duration.ofSeconds(1)) >= 0,
                    "the second attempt waited " + Duration.between(refused.since(), accepted.since()));
            assertEquals(1, logs.warningsContaining("Crisp answered unauthorized").size());
            assertEquals(List.of(), logs.containing(sandbox.pluginKey()));
        }
    }

    @Test
    void wrong_credentials_are_logged_once_and_retried_slowly_forever() {
        CrispRtmConfig config = CrispRtmConfig.builder(sandbox.pluginIdentifier(), "not-the-key-" + sandbox.pluginKey())
                .reconnectDelayMin(Duration.ofMillis(10)).reconnectDelayMax(Duration.ofMillis(20)).reconnectJitter(0)
                .unauthorizedBackoff(Duration.ofMillis(300)).build();
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.listener(config, ports, SandboxListeners.discovery(sandbox))) {
            long start = System.nanoTime();
            listener.start();
            Await.until("four attempts", () -> listener.counters().connectionAttempts() == 4);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(elapsed.compareTo(Duration.ofMillis(900)) >= 0, "4 attempts took " + elapsed);
            assertEquals(RtmState.UNAUTHORIZED, listener.health().state());
            assertEquals(0, listener.counters().authentications());
            assertEquals(List.of(), ports.catchUps, "no catch-up while deaf for want of credentials");
            assertEquals(1, logs.warningsContaining("unauthorized").size());
            assertEquals(List.of(), logs.containing(config.credentials().key()));
            assertEquals(List.of(), logs.containing(sandbox.pluginKey()));
        }
    }
}
