package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.ConversationSnapshot;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A visitor who gives a real email after the plugin made their placeholder contact, end to end:
 * the sandbox under one variant of what Crisp does with a session's email, the whole plugin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LateEmailScenarios {

    static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    /** The routes an upgrade uses. */
    static final List<String> UPGRADE_ROUTES = List.of(SandboxRoutes.PROFILE_GET, SandboxRoutes.PROFILE_PATCH,
            SandboxRoutes.CONVERSATION_META_PATCH, SandboxRoutes.PROFILE_CREATE);
    /** The upgrade starts 10 s after the email; retries may follow, 15 s after that. */
    static final Duration UPGRADE_DEADLINE = Duration.ofSeconds(60);

    CrispSandbox crisp;
    RunningPlugin plugin;
    InstalledWebsite website;

    /** The sandbox's options under the variant this class tests. */
    abstract SandboxOptions.Builder variant(SandboxOptions.Builder options);

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(variant(RunningPlugin.sandboxOptions()).build());
        website = RunningPlugin.install(crisp, "Late emails", "{}");
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

    /** A phone-only WhatsApp visitor, once the plugin made their placeholder contact. */
    Conversation capturedVisitor(Canaries.Phone phone) {
        int before = plugin.crm(website).size();
        Conversation conversation = crisp.scenario().startConversation(website.websiteId(),
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));
        plugin.awaitCrm(website, before + 1);
        return conversation;
    }

    CrmProfile placeholderOf(Canaries.Phone phone) {
        return crisp.scenario().profileByEmail(website.websiteId(), phone.digits() + "@whatsapp.nomail").orElseThrow();
    }

    CrmProfile profile(String peopleId) {
        return crisp.scenario().profile(website.websiteId(), peopleId).orElseThrow();
    }

    ConversationSnapshot snapshot(Conversation conversation) {
        return crisp.scenario().conversation(website.websiteId(), conversation.sessionId()).orElseThrow();
    }

    Map<String, Long> upgradeRequests() {
        Map<String, Long> counts = new LinkedHashMap<>();
        UPGRADE_ROUTES.forEach(route -> counts.put(route, crisp.requestLog().count(route)));
        return counts;
    }

    Map<String, Long> upgradeRequestsSince(Map<String, Long> before) {
        Map<String, Long> since = new LinkedHashMap<>();
        upgradeRequests().forEach((route, count) -> {
            if (count - before.get(route) != 0) {
                since.put(route, count - before.get(route));
            }
        });
        return since;
    }

    long profilesWithEmail(String email) {
        return plugin.crm(website).stream().filter(profile -> profile.email().equalsIgnoreCase(email)).count();
    }

    static void assertOneEach(long count, String what) {
        assertEquals(1, count, what);
    }
}
