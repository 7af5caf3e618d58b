package app.richcontact.adapters.crisprest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.fake.ManualScheduler;
import app.richcontact.application.fake.RecordingOutcomes;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.domain.ContactCare;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each capture costs in Crisp requests, counted by the sandbox: the quota limits real deployments. */
class CrispRequestCostTest {

    private static final SandboxedGateway SANDBOX = new SandboxedGateway();
    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";

    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private WebsiteId website;
    private RichContactCore core;

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @BeforeEach
    void installAndLoad() {
        installAndLoad(WebsiteSettings.DEFAULTS);
    }

    private void installAndLoad(WebsiteSettings settings) {
        outcomes.clear();
        website = SANDBOX.website(settings);
        ManualClock clock = new ManualClock();
        core = new RichContactCore(CaptureConfig.builder().window(Duration.ZERO).build(), clock, new ManualScheduler(clock),
                Runnable::run, SANDBOX.gateway.installations(), SANDBOX.gateway.settingsStore(),
                SANDBOX.gateway.conversations(), SANDBOX.gateway.contacts(), SANDBOX.gateway.cards(), outcomes, upgrade -> { },
                (origin, resolution) -> { }, () -> { });
        core.loadInstallations().loadAll();
    }

    private long requestsFor(Visitor visitor) throws Exception {
        var conversation = SANDBOX.crisp.scenario().startConversation(website.value(), visitor);
        conversation.started().get(5, TimeUnit.SECONDS);
        long before = SANDBOX.crisp.requestLog().total();
        core.captureConversation().handle(new ConversationEvent.VisitorMessageSent(website,
                new SessionId(conversation.sessionId()), new Origin(visitor.origin()), null));
        return SANDBOX.crisp.requestLog().total() - before;
    }

    @Test
    void a_new_phone_only_contact_costs_five_requests_with_the_defaults_and_three_with_every_extra_off() throws Exception {
        long before = SANDBOX.crisp.requestLog().count(SandboxRoutes.PROFILE_CREATE);
        assertEquals(5, requestsFor(Visitor.from(WHATSAPP).withPhone("+351 912 000 001").withNickname("Ana")),
                "snapshot, phone search, create, attach, unsubscribe");
        assertInstanceOf(CaptureOutcome.Created.class, outcomes.all().get(0));
        assertEquals(before + 1, SANDBOX.crisp.requestLog().count(SandboxRoutes.PROFILE_CREATE));

        installAndLoad(caring(new ContactCare(false, false, false, false, false)));
        assertEquals(3, requestsFor(Visitor.from(WHATSAPP).withPhone("+351 912 000 011").withNickname("Ana")));
        installAndLoad(caring(new ContactCare(true, true, true, true, true)));
        assertEquals(6, requestsFor(Visitor.from(WHATSAPP).withPhone("+351 912 000 021").withNickname("Ana")),
                "and the profile event");
    }

    @Test
    void a_new_phoneless_sender_costs_five_requests() throws Exception {
        assertEquals(5, requestsFor(Visitor.from("urn:crisp.im:instagram:0").withNickname("ana.insta")),
                "snapshot, lookup of the session's placeholder, create, attach, unsubscribe");
        assertInstanceOf(CaptureOutcome.Created.class, outcomes.all().get(0));
    }

    @Test
    void a_returning_visitor_costs_three_requests_with_its_conversation_attached() throws Exception {
        SANDBOX.crisp.scenario().preloadProfile(website.value(), NewProfile.of("ana@example.com", "Ana", "+351912000002"));
        assertEquals(3, requestsFor(Visitor.from(WHATSAPP).withPhone("00351912000002")), "snapshot, phone search, attach");
        assertEquals(SkipReason.EXISTS_BY_PHONE, ((CaptureOutcome.Attached) outcomes.all().get(0)).reason());
    }

    private static WebsiteSettings caring(ContactCare care) {
        return new WebsiteSettings(true, true, java.util.Set.of(), java.util.List.of(), true, false, care);
    }

    @Test
    void a_chat_conversation_costs_nothing() throws Exception {
        assertEquals(0, requestsFor(Visitor.from("chat").withPhone("+351912000003")));
    }
}
