package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shutdown (what SIGTERM runs) stops listening, then processes what is still open: windows that
 * have not closed yet, and captures waiting to retry, which make their last attempt at once.
 * Each test stops its own plugin.
 */
class ShutdownTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private CrispSandbox crisp;
    private InstalledWebsite website;
    private RunningPlugin plugin;

    @BeforeEach
    void startCrisp() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        website = RunningPlugin.install(crisp, "Closing time", "{}");
    }

    private void startPlugin(String window) {
        plugin = RunningPlugin.start(crisp, Map.of("RICHCONTACT_COLLECTION_WINDOW", window,
                "RICHCONTACT_SHUTDOWN_DEADLINE", DEADLINE.toSeconds() + "s"));
    }

    @AfterEach
    void stop() {
        try {
            if (plugin != null) {
                plugin.close();
            }
        } finally {
            crisp.close();
        }
    }

    private Canaries.Phone converse() {
        Canaries.Phone phone = Canaries.phone();
        crisp.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname(Canaries.name()).withPhone(phone.e164()));
        return phone;
    }

    private Duration timedClose() {
        long started = System.nanoTime();
        plugin.close();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void open_windows_are_processed_at_shutdown_and_their_contacts_exist_when_close_returns() {
        // Longer than the test: a window that closed by itself cannot be what made the contacts.
        startPlugin("60s");
        Set<String> phones = Set.of(converse().e164(), converse().e164(), converse().e164());
        Await.until("three open windows", () -> plugin.metric("richcontact_pending_captures{state=\"open\"}") == 3);

        Duration took = timedClose();

        List<CrmProfile> crm = plugin.crm(website);
        assertEquals(phones, crm.stream().map(CrmProfile::phone).collect(Collectors.toSet()));
        assertTrue(took.compareTo(DEADLINE) < 0, "within the shutdown deadline: " + took);
        assertEquals(-1, plugin.statusOf("/health/live"), "the port is closed");
    }

    @Test
    void a_capture_waiting_to_retry_makes_its_last_attempt_at_shutdown() {
        startPlugin("300ms");
        crisp.restFaults().route(SandboxRoutes.PROFILE_CREATE).serverErrorRate(1.0).serverErrorStatus(502);
        Canaries.Phone phone = converse();
        // Three attempts fail; the next retry would come 15 s later.
        Await.until("the capture to wait for a retry",
                () -> plugin.metric("richcontact_pending_captures{state=\"deferred\"}") == 1);
        crisp.restFaults().clearAll();
        assertEquals(List.of(), plugin.crm(website));

        Duration took = timedClose();

        assertEquals(List.of(phone.e164()), plugin.crm(website).stream().map(CrmProfile::phone).toList());
        assertTrue(took.compareTo(DEADLINE) < 0, "within the shutdown deadline: " + took);
    }
}
