package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A 429 without {@code Retry-After}, as Crisp documents it: the plugin stops every request for
 * the default pause (60 s) instead of hammering a spent quota, then creates the contact. The
 * longest wait of the suite, spent beside the other classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaPauseTest {

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite website;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        website = RunningPlugin.install(crisp, "Over quota", "{}");
        plugin = RunningPlugin.start(crisp);
    }

    @AfterAll
    void stop() {
        try {
            plugin.close();
        } finally {
            crisp.close();
        }
    }

    @Test
    void a_429_without_retry_after_pauses_every_request_for_a_minute_and_the_contact_comes_after() {
        crisp.restFaults().global().throttleNext(1);
        Canaries.Phone phone = Canaries.phone();
        long started = System.nanoTime();

        crisp.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname(Canaries.name()).withPhone(phone.e164()));

        Await.until("the plugin to pause for quota", () -> plugin.metric("richcontact_crisp_paused_for_quota") == 1);
        long sentWhilePaused = crisp.requestLog().total();
        List<CrmProfile> crm = plugin.awaitCrm(website, 1, Duration.ofSeconds(120));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(phone.e164(), crm.get(0).phone());
        assertTrue(waited.compareTo(Duration.ofSeconds(55)) > 0, "no request before the pause ended: " + waited);
        Await.until("the capture to end", () -> plugin.captures("created", "none", "whatsapp") == 1);
        assertEquals(5, crisp.requestLog().total() - sentWhilePaused,
                "after the pause: snapshot, phone search, create, then attach and unsubscribe");
    }
}
