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
        // The privacy canary reads the output of each test class by its marker; this class's start is not on a Test frame.
        CapturedOutput.install();
        Canaries.mark(getClass().getSimpleName());
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

    /**
     * A phone-only WhatsApp visitor, once the plugin made their placeholder contact and heard
     * Crisp's answer (the CRM shows the contact a moment before: an email given in between would
     * find the conversation not yet known as given a contact, and upgrade nothing).
     */
    Conversation capturedVisitor(Canaries.Phone phone) {
        int before = plugin.crm(website).size();
        double created = plugin.captures("created", "none", "whatsapp");
        Conversation conversation = crisp.scenario().startConversation(website.websiteId(),
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));
        plugin.awaitCrm(website, before + 1);
        Await.until("the plugin to hear the contact was created",
                () -> plugin.captures("created", "none", "whatsapp") == created + 1);
        return conversation;
    }

    CrmProfile placeholderOf(Canaries.Phone phone) {
        return crisp.scenario().profileByEmail(website.websiteId(), phone.digits() + "@whatsapp.nomail").orElseThrow();
    }

    CrmProfile profile(String peopleId) {
        return crisp.scenario().profile(website.websiteId(), peopleId).orElseThrow();
    }

    /** A visitor given a placeholder contact, who then gives {@code email}; the upgrade's requests counted from there. */
    LateEmail emailAfterCapture(String email) {
        Canaries.Phone phone = Canaries.phone();
        Conversation conversation = capturedVisitor(phone);
        CrmProfile placeholder = placeholderOf(phone);
        Map<String, Long> before = plugin.requests(UPGRADE_ROUTES);
        conversation.setEmail(email);
        return new LateEmail(phone, conversation, placeholder.peopleId(), before);
    }

    /** One late email's visitor, conversation, placeholder contact and the request counts before it. */
    final class LateEmail {
        final Canaries.Phone phone;
        final Conversation conversation;
        final String placeholder;
        private final Map<String, Long> before;

        LateEmail(Canaries.Phone phone, Conversation conversation, String placeholder, Map<String, Long> before) {
            this.phone = phone;
            this.conversation = conversation;
            this.placeholder = placeholder;
            this.before = before;
        }

        CrmProfile placeholderNow() {
            return profile(placeholder);
        }

        ConversationSnapshot snapshot() {
            return crisp.scenario().conversation(website.websiteId(), conversation.sessionId()).orElseThrow();
        }

        /** The upgrade's requests so far (routes with none left out). */
        Map<String, Long> requests() {
            return plugin.requestsSince(UPGRADE_ROUTES, before);
        }

        /** Waits until the upgrade attached the conversation, its last step. */
        void awaitAttached() {
            Await.until("the conversation to be attached", UPGRADE_DEADLINE,
                    () -> requests().containsKey(SandboxRoutes.CONVERSATION_META_PATCH), () -> requests().toString());
        }
    }

    long profilesWithEmail(String email) {
        return plugin.crm(website).stream().filter(profile -> profile.email().equalsIgnoreCase(email)).count();
    }

    static void assertOneEach(long count, String what) {
        assertEquals(1, count, what);
    }
}
