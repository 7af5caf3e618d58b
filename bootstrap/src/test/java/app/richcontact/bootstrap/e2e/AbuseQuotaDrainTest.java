package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.Visitor;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An attacker without any token asks the settings page about random website ids, from many
 * addresses (a trusted proxy forwards them), with a daily quota small enough that the lookups
 * could spend it: they cost at most the small budget kept for unverified lookups, and the next
 * real visitor still gets a contact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseQuotaDrainTest {

    /** Enough for start-up, a burst of lookups and one contact, not for the burst to be spent from it. */
    private static final int DAILY_QUOTA = 16;
    private static final int ATTACK_REQUESTS = 200;

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite website;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().set(SandboxSwitch.DAILY_QUOTA, (long) DAILY_QUOTA).build());
        website = RunningPlugin.install(crisp, "Drained", "{}");
        plugin = RunningPlugin.start(crisp, Map.of("RICHCONTACT_DAILY_QUOTA", Integer.toString(DAILY_QUOTA),
                "RICHCONTACT_TRUST_FORWARDED_FOR", "true"));
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
    void random_website_ids_without_a_token_cannot_spend_the_quota_a_real_visitor_needs() {
        long lookupsBefore = crisp.requestLog().count(SandboxRoutes.SETTINGS_GET);
        for (int i = 0; i < ATTACK_REQUESTS; i++) {
            plugin.get("/settings?website_id=" + UUID.randomUUID() + "&token=x",
                    "X-Forwarded-For", "10.0." + (i / 250) + "." + (i % 250 + 1));
        }
        long lookups = crisp.requestLog().count(SandboxRoutes.SETTINGS_GET) - lookupsBefore;

        Canaries.Phone phone = Canaries.phone();
        crisp.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname(Canaries.name()).withPhone(phone.e164()));
        Await.until("the visitor's capture to end, or to wait for quota", () -> plugin.capturesEnded() >= 1
                || plugin.metric("richcontact_pending_captures{state=\"deferred\"}") >= 1);
        assertEquals(1, plugin.captures("created", "none", "whatsapp"), "the contact after " + lookups
                + " lookups for strangers; quota used: " + plugin.metric("richcontact_crisp_quota_used_today")
                + "; waiting for quota: " + plugin.metric("richcontact_pending_captures{state=\"deferred\"}"));
        assertEquals(phone.e164(), plugin.crm(website).get(0).phone());
        assertTrue(lookups <= 1, "unverified lookups stay within their budget (1 of 16): " + lookups);
    }
}
