package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Crisp applies contact creations but answers them only after 40 s, past every attempt the
 * plugin makes (three of 10 s): a visitor who writes from two channels with one phone still
 * gets one contact, because a creation whose outcome is unknown keeps that phone from being
 * created again until the CRM shows it. About a minute and a half, spent beside the other classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseSlowCreateTest {

    private static final Duration CREATE_LATENCY = Duration.ofSeconds(40);
    private static final String CREATE_ROUTE = "richcontact_crisp_requests_total{method=\"POST\",route=\"website/{website_id}/people/profile\"";

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite website;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        website = RunningPlugin.install(crisp, "Slow creates", "{}");
        plugin = RunningPlugin.start(crisp, Map.of("RICHCONTACT_MAX_RETRY_DELAY", "20s"));
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
    void one_phone_on_two_channels_gets_one_contact_when_crisp_answers_creations_after_every_timeout() {
        crisp.restFaults().route(SandboxRoutes.PROFILE_CREATE).latency(CREATE_LATENCY);
        double endedBefore = plugin.capturesEnded();
        Canaries.Phone phone = Canaries.phone();

        crisp.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname(Canaries.name()).withPhone(phone.e164()));
        crisp.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:telegram:0").withNickname(Canaries.name()).withPhone(phone.e164()));

        Await.until("both captures to end", Duration.ofSeconds(240), () -> plugin.capturesEnded() >= endedBefore + 2,
                () -> plugin.crm(website).toString());
        Await.until("every creation sent to be applied", Duration.ofSeconds(90),
                () -> crisp.requestLog().count(SandboxRoutes.PROFILE_CREATE) >= createsSent(),
                () -> crisp.requestLog().count(SandboxRoutes.PROFILE_CREATE) + " of " + createsSent());
        List<CrmProfile> crm = plugin.crm(website);
        assertEquals(1, crm.size(), "one contact for one phone: " + crm);
        assertEquals(phone.e164(), crm.get(0).phone());
    }

    /** Creation attempts the plugin counted, answered or not. */
    private long createsSent() {
        long sent = 0;
        for (String line : plugin.metrics().split("\n")) {
            if (line.startsWith(CREATE_ROUTE)) {
                sent += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sent;
    }
}
