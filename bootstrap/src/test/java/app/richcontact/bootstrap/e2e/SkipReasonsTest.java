package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every reason to create no contact that the outside world can cause, each seen as the skip
 * counted in {@code /metrics}, an unchanged CRM, and what it cost in Crisp requests (the daily
 * quota is the real limit: the free reasons must cost nothing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkipReasonsTest {

    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite disabled;
    private InstalledWebsite telegramOnly;
    private InstalledWebsite defaults;
    private InstalledWebsite emailsAllowed;
    private InstalledWebsite leaving;
    private InstalledWebsite chatOnly;
    private InstalledWebsite noPhoneless;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        disabled = RunningPlugin.install(crisp, "Disabled", "{\"enabled\": false}");
        telegramOnly = RunningPlugin.install(crisp, "Telegram only", "{\"all_channels\": false, \"channels\": [\"telegram\"]}");
        defaults = RunningPlugin.install(crisp, "Defaults", "{}");
        emailsAllowed = RunningPlugin.install(crisp, "Emails allowed", "{\"skip_if_email_exists\": false}");
        leaving = RunningPlugin.install(crisp, "Leaving", "{}");
        chatOnly = RunningPlugin.install(crisp, "Chat", "{}");
        noPhoneless = RunningPlugin.install(crisp, "No phone-less senders", "{\"phoneless_senders\": false}");
        // A window long enough for an uninstall to land inside it, however busy the machine.
        plugin = RunningPlugin.start(crisp, Map.of("RICHCONTACT_COLLECTION_WINDOW", "1s"));
    }

    @AfterAll
    void stop() {
        try {
            plugin.close();
        } finally {
            crisp.close();
        }
    }

    @AfterEach
    void crispAsByDefault() {
        crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, true);
        crisp.restFaults().clearAll();
    }

    /** Starts the conversation and waits for the skip to be counted; answers the Crisp requests it cost. */
    private Map<String, Long> skipped(String reason, InstalledWebsite website, Visitor visitor) {
        return ended("skipped", reason, website, visitor);
    }

    /** As {@link #skipped}, for a capture that found the contact and attached its conversation to it. */
    private Map<String, Long> attached(String reason, InstalledWebsite website, Visitor visitor) {
        return ended("attached", reason, website, visitor);
    }

    private Map<String, Long> ended(String outcome, String reason, InstalledWebsite website, Visitor visitor) {
        String channel = channelOf(visitor.origin());
        double before = plugin.captures(outcome, reason, channel);
        Map<String, Long> requests = plugin.captureRequests();
        crisp.scenario().startConversation(website.websiteId(), visitor);
        Await.until("a capture " + outcome + " as " + reason, Await.DEFAULT,
                () -> plugin.captures(outcome, reason, channel) == before + 1,
                () -> plugin.metrics().lines().filter(line -> line.startsWith("richcontact_captures_total")).toList().toString());
        return plugin.captureRequestsSince(requests);
    }

    private static String channelOf(String origin) {
        return origin.split(":")[2];
    }

    private static boolean noContactWithPhone(List<CrmProfile> crm, Canaries.Phone phone) {
        return crm.stream().noneMatch(profile -> phone.e164().equals(profile.phone()));
    }

    @Test
    void a_website_that_switched_rich_contact_off_gets_no_contact_and_it_costs_nothing() {
        Canaries.Phone phone = Canaries.phone();

        Map<String, Long> cost = skipped("disabled", disabled,
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));

        assertEquals(Map.of(), cost);
        assertEquals(List.of(), plugin.crm(disabled));
    }

    @Test
    void a_channel_the_website_did_not_select_gets_no_contact_and_it_costs_nothing() {
        Map<String, Long> cost = skipped("channel_not_selected", telegramOnly,
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));

        assertEquals(Map.of(), cost);
        assertEquals(List.of(), plugin.crm(telegramOnly));
    }

    @Test
    void a_visitor_who_gave_an_email_is_left_to_crisp_and_it_costs_nothing() {
        Canaries.Phone phone = Canaries.phone();
        // Crisp makes that contact from the email; here it has not linked it yet when the window closes.
        crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);

        Map<String, Long> cost = skipped("has_email", defaults,
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()).withEmail(Canaries.email()));

        assertEquals(Map.of(), cost);
        assertTrue(noContactWithPhone(plugin.crm(defaults), phone));
    }

    @Test
    void a_session_that_crisp_links_to_a_contact_during_the_window_gets_no_other_one_and_it_costs_nothing() {
        Canaries.Phone phone = Canaries.phone();
        String email = Canaries.email();

        // Crisp makes a contact of its own for a session that gives an email, and links it (people:bind:session).
        Map<String, Long> cost = skipped("already_linked", emailsAllowed,
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()).withEmail(email));

        assertEquals(Map.of(), cost, "the link event settles the session without asking Crisp");
        assertTrue(noContactWithPhone(plugin.crm(emailsAllowed), phone));
        assertTrue(crisp.scenario().profileByEmail(emailsAllowed.websiteId(), email).isPresent(), "Crisp's own contact");
    }

    @Test
    void a_visitor_whose_email_is_already_in_the_crm_gets_no_contact() {
        String email = Canaries.email();
        crisp.scenario().preloadProfile(emailsAllowed.websiteId(), NewProfile.of(email, Canaries.name(), null));
        crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
        int crmBefore = plugin.crm(emailsAllowed).size();

        Map<String, Long> cost = attached("exists_by_email", emailsAllowed, Visitor.from(WHATSAPP)
                .withNickname(Canaries.name()).withPhone(Canaries.phone().e164()).withEmail(email.toUpperCase()));

        assertEquals(Map.of(SandboxRoutes.CONVERSATION, 1L, SandboxRoutes.PROFILE_GET, 1L,
                SandboxRoutes.CONVERSATION_META_PATCH, 1L), cost);
        assertEquals(crmBefore, plugin.crm(emailsAllowed).size());
    }

    @Test
    void a_visitor_whose_phone_is_already_in_the_crm_in_another_form_gets_no_contact() {
        Canaries.Phone phone = Canaries.phone();
        // Stored in E.164: under the sandbox's default (a person.phone filter, eq on the stored string) a phone stored
        // with spaces is found by no request (crisp-sandbox README, "What Crisp does not document").
        crisp.scenario().preloadProfile(defaults.websiteId(), NewProfile.of(Canaries.email(), Canaries.name(), phone.e164()));
        int crmBefore = plugin.crm(defaults).size();

        Map<String, Long> cost = attached("exists_by_phone", defaults, Visitor.from("urn:crisp.im:telegram:0")
                .withNickname(Canaries.name()).withPhone("00 " + phone.spaced().substring(1)));

        assertEquals(Map.of(SandboxRoutes.CONVERSATION, 1L, SandboxRoutes.PROFILES_SEARCH, 1L,
                SandboxRoutes.CONVERSATION_META_PATCH, 1L), cost);
        assertEquals(crmBefore, plugin.crm(defaults).size());
    }

    @Test
    void a_visitor_with_neither_phone_nor_email_gets_no_contact_where_phoneless_senders_are_off() {
        int crmBefore = plugin.crm(noPhoneless).size();

        Map<String, Long> cost = skipped("no_identifier", noPhoneless,
                Visitor.from("urn:crisp.im:messenger:0").withNickname(Canaries.name()));

        assertEquals(Map.of(SandboxRoutes.CONVERSATION, 1L), cost, "one look at the conversation, in case events missed something");
        assertEquals(crmBefore, plugin.crm(noPhoneless).size());
    }

    @Test
    void a_website_that_uninstalls_during_the_window_gets_no_contact() {
        Canaries.Phone phone = Canaries.phone();
        double before = plugin.captures("skipped", "not_installed", "whatsapp");

        crisp.scenario().startConversation(leaving.websiteId(),
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));
        crisp.scenario().uninstallWebsite(leaving.websiteId());

        Await.until("the capture to end as not installed",
                () -> plugin.captures("skipped", "not_installed", "whatsapp") == before + 1);
        assertEquals(List.of(), plugin.crm(leaving));
    }

    @Test
    void a_profile_created_by_someone_else_between_the_checks_and_the_creation_is_a_duplicate_not_an_error() {
        Canaries.Phone phone = Canaries.phone();
        String email = Canaries.email();
        crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
        // The phone search answers late (6 s, under a request's 10 s timeout); meanwhile, as soon as
        // the email check is answered, another writer adds the visitor's email to the CRM: the
        // preload needs milliseconds, so even a busy machine lands it well inside the delay.
        crisp.restFaults().route(SandboxRoutes.PROFILES_SEARCH).latency(Duration.ofSeconds(6));
        long lookupsBefore = crisp.requestLog().count(SandboxRoutes.PROFILE_GET);
        double before = plugin.captures("skipped", "duplicate", "whatsapp");

        crisp.scenario().startConversation(emailsAllowed.websiteId(),
                Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()).withEmail(email));
        Await.until("the plugin to find no contact with that email",
                () -> crisp.requestLog().count(SandboxRoutes.PROFILE_GET) == lookupsBefore + 1);
        crisp.scenario().preloadProfile(emailsAllowed.websiteId(), NewProfile.of(email, "Another writer", null));

        Await.until("the capture to end as a duplicate", () -> plugin.captures("skipped", "duplicate", "whatsapp") == before + 1);
        assertEquals(0, plugin.captures("failed", "unexpected", "whatsapp") + plugin.captures("failed", "rejected", "whatsapp"));
        assertEquals(1, crisp.requestLog().count(SandboxRoutes.PROFILE_CREATE, 409), "Crisp refused the creation");
        assertTrue(noContactWithPhone(plugin.crm(emailsAllowed), phone));
    }

    @Test
    void a_conversation_from_the_chatbox_or_by_email_opens_no_capture_at_all() {
        Canaries.Phone marker = Canaries.phone();
        double ended = plugin.capturesEnded();
        Map<String, Long> requests = plugin.captureRequests();

        crisp.scenario().startConversation(chatOnly.websiteId(),
                Visitor.from("chat").withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
        crisp.scenario().startConversation(chatOnly.websiteId(),
                Visitor.from("email").withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
        crisp.scenario().startConversation(chatOnly.websiteId(),
                Visitor.from("urn:crisp.im:contact-form:0").withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
        // A channel conversation after them: once it is decided, they would have been too.
        crisp.scenario().startConversation(chatOnly.websiteId(), Visitor.from(WHATSAPP).withPhone(marker.e164()));

        List<CrmProfile> crm = plugin.awaitCrm(chatOnly, 1);
        Await.until("no capture open or running", () -> {
            String metrics = plugin.metrics();
            return RunningPlugin.valueIn(metrics, "richcontact_pending_captures{state=\"open\"}") == 0
                    && RunningPlugin.valueIn(metrics, "richcontact_pending_captures{state=\"running\"}") == 0;
        });
        assertEquals(ended + 1, plugin.capturesEnded(), "only the WhatsApp conversation was captured");
        assertEquals(List.of(marker.e164()), crm.stream().map(CrmProfile::phone).toList());
        assertEquals(Map.of(SandboxRoutes.CONVERSATION, 1L, SandboxRoutes.PROFILES_SEARCH, 1L, SandboxRoutes.PROFILE_CREATE, 1L,
                SandboxRoutes.CONVERSATION_META_PATCH, 1L, SandboxRoutes.SUBSCRIPTION_PATCH, 1L),
                plugin.captureRequestsSince(requests), "the others cost nothing");
        assertFalse(plugin.metrics().contains("channel=\"contact-form\""), "a denied origin is no channel");
    }
}
