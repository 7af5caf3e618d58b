package app.richcontact.adapters.crisprest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.fake.ManualScheduler;
import app.richcontact.application.fake.RecordingOutcomes;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.UpgradeOutcome;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The late-email upgrade against the sandbox, through the REST adapter: what each path leaves in
 * the CRM and what it costs in Crisp requests, where Crisp makes no profile for a session's email
 * and where it does (the sandbox's default), with its reads lagging the writes (its default too).
 */
class LateEmailRequestCostTest {

    private static final SandboxedGateway NO_NATIVE_PROFILES = new SandboxedGateway();
    private static final SandboxedGateway NATIVE_PROFILES = new SandboxedGateway(SandboxOptions.builder(), c -> c);
    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    /** Past the upgrade's settling delay, before its first retry. */
    private static final Duration SETTLED = Duration.ofSeconds(11);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(15);

    @AfterAll
    static void stopSandboxes() {
        NO_NATIVE_PROFILES.close();
        NATIVE_PROFILES.close();
    }

    /** The plugin against one sandbox, and one phone-only WhatsApp visitor whose capture made a placeholder contact. */
    private static final class Plugin {
        final SandboxedGateway sandbox;
        final WebsiteId website;
        final ManualClock clock = new ManualClock();
        final ManualScheduler scheduler = new ManualScheduler(clock);
        final RecordingOutcomes outcomes = new RecordingOutcomes();
        final List<UpgradeOutcome> upgrades = new CopyOnWriteArrayList<>();
        final RichContactCore core;
        Conversation conversation;
        ContactId placeholder;

        Plugin(SandboxedGateway sandbox) {
            this.sandbox = sandbox;
            this.website = sandbox.website();
            this.core = new RichContactCore(CaptureConfig.builder().window(Duration.ZERO).build(), clock, scheduler,
                    Runnable::run, sandbox.gateway.installations(), sandbox.gateway.settingsStore(),
                    sandbox.gateway.conversations(), sandbox.gateway.contacts(), sandbox.gateway.cards(), outcomes,
                    upgrades::add, (origin, resolution) -> { }, () -> { });
            core.loadInstallations().loadAll();
        }

        Plugin captured(String phone) throws Exception {
            conversation = sandbox.crisp.scenario().startConversation(website.value(), Visitor.from(WHATSAPP).withPhone(phone));
            conversation.started().get(5, TimeUnit.SECONDS);
            core.captureConversation().handle(new ConversationEvent.VisitorMessageSent(website, session(),
                    new Origin(WHATSAPP), null));
            placeholder = assertInstanceOf(CaptureOutcome.Created.class, outcomes.all().get(0)).contact();
            sandbox.crisp.scenario().ageCrm(Duration.ofMinutes(10));
            return this;
        }

        SessionId session() {
            return new SessionId(conversation.sessionId());
        }

        /** The visitor gives the email in Crisp, and the plugin hears of it. */
        void givesEmail(String email) {
            conversation.setEmail(email);
            core.captureConversation().handle(new ConversationEvent.VisitorDetailsChanged(website, session(),
                    VisitorDetails.NONE.withEmail(EmailAddress.parse(email))));
        }

        /** Requests made while the clock moves on by {@code elapsed}. */
        long requestsWithin(Duration elapsed) {
            long before = sandbox.crisp.requestLog().total();
            scheduler.advance(elapsed);
            return sandbox.crisp.requestLog().total() - before;
        }

        CrmProfile profile(ContactId id) {
            return sandbox.crisp.scenario().profile(website.value(), id.value()).orElseThrow();
        }

        List<CrmProfile> crm() {
            return sandbox.crisp.scenario().crm(website.value());
        }
    }

    @Test
    void where_no_profile_holds_the_email_the_placeholder_takes_it_for_three_requests() throws Exception {
        Plugin plugin = new Plugin(NO_NATIVE_PROFILES).captured("+351912100001");
        plugin.givesEmail("ana.late@example.com");

        long patchesBefore = NO_NATIVE_PROFILES.crisp.requestLog().count(SandboxRoutes.CONVERSATION_META_PATCH);
        assertEquals(3, plugin.requestsWithin(SETTLED), "GET by email, PATCH profile, PATCH meta");

        assertEquals(new UpgradeOutcome.EmailMoved(plugin.website, plugin.session(), plugin.placeholder),
                plugin.upgrades.get(0));
        assertEquals("ana.late@example.com", plugin.profile(plugin.placeholder).email());
        assertEquals(1, plugin.crm().size(), "no second contact");
        assertEquals(patchesBefore + 1, NO_NATIVE_PROFILES.crisp.requestLog().count(SandboxRoutes.CONVERSATION_META_PATCH));
    }

    @Test
    void where_someone_s_profile_holds_the_email_it_is_completed_and_the_placeholder_marked_for_five_requests()
            throws Exception {
        Plugin plugin = new Plugin(NO_NATIVE_PROFILES).captured("+351912100002");
        String holder = NO_NATIVE_PROFILES.crisp.scenario().preloadProfile(plugin.website.value(),
                NewProfile.of("bea@example.com", "Bea", null, "customers"));
        NO_NATIVE_PROFILES.crisp.scenario().ageCrm(Duration.ofMinutes(10));
        plugin.givesEmail("bea@example.com");

        assertEquals(5, plugin.requestsWithin(SETTLED), "GET by email, GET placeholder, PATCH holder, PATCH placeholder,"
                + " PATCH meta");

        assertInstanceOf(UpgradeOutcome.Superseded.class, plugin.upgrades.get(0));
        CrmProfile kept = plugin.profile(new ContactId(holder));
        assertEquals("+351912100002", kept.phone());
        assertEquals(List.of("customers", "whatsapp"), kept.segments(), "a union: the holder's own segment is kept");
        CrmProfile superseded = plugin.profile(plugin.placeholder);
        assertTrue(superseded.email().endsWith(".nomail"));
        assertEquals(List.of("whatsapp", "superseded"), superseded.segments());
        assertEquals(2, plugin.crm().size(), "nothing made, nothing deleted");
    }

    @Test
    void where_crisp_made_its_own_profile_for_the_email_that_one_is_completed_and_the_placeholder_marked()
            throws Exception {
        Plugin plugin = new Plugin(NATIVE_PROFILES).captured("+351912100003");
        plugin.givesEmail("cid@example.com");
        CrmProfile native_ = NATIVE_PROFILES.crisp.scenario().profileByEmail(plugin.website.value(), "cid@example.com")
                .orElseThrow();
        // The settling delay is longer than the sandbox's read lag: its reads see Crisp's own profile by then.
        NATIVE_PROFILES.crisp.scenario().ageCrm(Duration.ofSeconds(10));

        assertEquals(5, plugin.requestsWithin(SETTLED));

        assertEquals(new UpgradeOutcome.Superseded(plugin.website, plugin.session(), plugin.placeholder,
                new ContactId(native_.peopleId())), plugin.upgrades.get(0));
        assertEquals("+351912100003", plugin.profile(new ContactId(native_.peopleId())).phone());
        assertEquals(List.of("whatsapp", "superseded"), plugin.profile(plugin.placeholder).segments());
        assertEquals(2, plugin.crm().size());
    }

    @Test
    void a_read_that_does_not_show_crisp_s_own_profile_yet_costs_a_retry_and_never_a_second_profile_with_the_email()
            throws Exception {
        Plugin plugin = new Plugin(NATIVE_PROFILES).captured("+351912100004");
        plugin.givesEmail("dan@example.com");

        assertEquals(3, plugin.requestsWithin(SETTLED), "GET by email (stale 404), PATCH refused as taken, GET again");
        assertTrue(plugin.upgrades.isEmpty(), "waiting to retry");
        assertTrue(plugin.profile(plugin.placeholder).email().endsWith(".nomail"));

        NATIVE_PROFILES.crisp.scenario().ageCrm(Duration.ofSeconds(10));
        assertEquals(5, plugin.requestsWithin(FIRST_RETRY.plusSeconds(1)));

        assertInstanceOf(UpgradeOutcome.Superseded.class, plugin.upgrades.get(0));
        assertEquals(1, plugin.crm().stream().filter(profile -> profile.email().equals("dan@example.com")).count());
    }
}
