package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import app.richcontact.sandbox.WebhookCounts;
import app.richcontact.sandbox.WebhookTarget;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Events by web hooks instead of the real-time connection ({@code CRISP_HOOK_SECRET} set,
 * {@code RICHCONTACT_RTM=false}): the sandbox signs and POSTs every event, unordered, and the
 * plugin creates the same contacts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebHooksTest {

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite website;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        website = RunningPlugin.install(crisp, "By hooks", "{\"segments\": [\"hooked\"]}");
        String secret = Canaries.secret("hook-secret-" + UUID.randomUUID());
        plugin = RunningPlugin.start(crisp, Map.of("CRISP_HOOK_SECRET", secret, "RICHCONTACT_RTM", "false"));
        crisp.switches().set(SandboxSwitch.WEBHOOK, WebhookTarget.of(plugin.uri("/webhooks/crisp"), secret));
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
    void the_plugin_is_ready_without_a_real_time_connection() {
        HttpResponse<String> ready = plugin.get("/health/ready");

        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("web hooks"), ready.body());
        assertEquals(0, crisp.rtm().connections(), "no real-time connection at all");
        assertFalse(plugin.metrics().contains("richcontact_rtm_state"));
    }

    @Test
    void signed_web_hooks_create_the_contacts() {
        Canaries.Phone phone = Canaries.phone();
        String name = Canaries.name();

        crisp.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname(name).withPhone(phone.spaced()));

        CrmProfile contact = plugin.awaitCrm(website, 1).get(0);
        assertEquals(phone.e164(), contact.phone());
        assertEquals(name, contact.nickname());
        assertEquals(List.of("whatsapp", "hooked"), contact.segments());
        Await.until("every hook delivered", () -> {
            WebhookCounts counts = crisp.webhookCounts();
            return counts.delivered() == counts.events();
        });
        assertEquals(0, crisp.webhookCounts().abandoned());
        assertTrue(plugin.metric("richcontact_webhook_requests_total{result=\"accepted\"}") > 0);
    }

    @Test
    void a_website_that_installs_while_the_plugin_runs_gets_contacts_by_web_hooks_at_once() {
        InstalledWebsite newcomer = RunningPlugin.install(crisp, "Hooked newcomer", "{}");
        Canaries.Phone phone = Canaries.phone();

        // Web hooks need no socket:bind: the first conversation right after the install counts.
        crisp.scenario().startConversation(newcomer.websiteId(),
                Visitor.from("urn:crisp.im:instagram:0").withNickname(Canaries.name()).withPhone(phone.e164()));

        assertEquals(phone.e164(), plugin.awaitCrm(newcomer, 1).get(0).phone());
    }
}
