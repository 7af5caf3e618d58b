package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.ConversationEvent.ConversationRequested;
import app.richcontact.application.port.in.ConversationEvent.OriginChanged;
import app.richcontact.application.port.in.ConversationEvent.ProfileLinked;
import app.richcontact.application.port.in.ConversationEvent.VisitorDetailsChanged;
import app.richcontact.application.port.in.ConversationEvent.VisitorMessageSent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SubscriptionEvents;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each subscribed event, as the sandbox emits it over a real socket, becomes the right in-port call. */
class EventMappingTest {

    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";

    private CrispSandbox sandbox;
    private final RecordingPorts ports = new RecordingPorts();
    private CrispRtmListener listener;
    private InstalledWebsite site;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
        // Installed before the listener authenticates, so bound from the start.
        site = sandbox.scenario().installWebsite("Acme");
        listener = SandboxListeners.authenticated(sandbox, ports);
    }

    @AfterEach
    void stop() {
        listener.close();
        sandbox.close();
    }

    @Test
    void a_conversation_start_becomes_its_conversation_events_in_the_order_crisp_sent_them() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(site.websiteId(),
                Visitor.from(WHATSAPP).withNickname("Ana Sousa").withPhone("+351 912 345 678")
                        .withEmail("Ana@Example.com")
                        .withGeolocation(new app.richcontact.sandbox.Geolocation("pt", "Lisboa", "Lisbon")));
        conversation.started().get();
        String peopleId = sandbox.scenario().profileByEmail(site.websiteId(), "ana@example.com").orElseThrow().peopleId();
        Await.until("the whole start", () -> ports.ofSession(conversation.sessionId()).size() == 8);

        WebsiteId website = new WebsiteId(site.websiteId());
        SessionId session = new SessionId(conversation.sessionId());
        Origin origin = new Origin(WHATSAPP);
        assertEquals(List.of(
                new OriginChanged(website, session, origin),
                new VisitorDetailsChanged(website, session, VisitorDetails.NONE.withNickname(Nickname.parse("Ana Sousa"))),
                new VisitorMessageSent(website, session, origin, Nickname.parse("Ana Sousa")),
                new ConversationRequested(website, session),
                new VisitorDetailsChanged(website, session, VisitorDetails.NONE.withPhone(PhoneNumber.parse("+351912345678"))),
                new VisitorDetailsChanged(website, session, VisitorDetails.NONE.withGeolocation(new Geolocation("PT", "Lisbon"))),
                new VisitorDetailsChanged(website, session, VisitorDetails.NONE.withEmail(EmailAddress.parse("ana@example.com"))),
                new ProfileLinked(website, session, new ContactId(peopleId))),
                ports.ofSession(conversation.sessionId()));
        assertEquals(0, listener.counters().droppedTotal());
    }

    @Test
    void follow_ups_map_one_field_each_and_a_nameless_visitor_message_has_no_nickname() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(site.websiteId(),
                Visitor.from("chat").withBeforeFirstMessage(java.util.Set.of()).withRequestInitiated(false));
        conversation.started().get();
        String preloaded = sandbox.scenario().preloadProfile(site.websiteId(),
                app.richcontact.sandbox.NewProfile.of("known@example.com", "Known", "+351911111111"));
        conversation.setPhone("00351 911 111 111").setNickname("  Zé  ").requestInitiated().bindPeople(preloaded);
        // The start sends the message, then the origin; the four follow-ups come after.
        Await.until("four follow-ups", () -> ports.ofSession(conversation.sessionId()).size() == 6);

        List<ConversationEvent> events = ports.ofSession(conversation.sessionId());
        VisitorMessageSent message = (VisitorMessageSent) events.get(0);
        assertEquals(Origin.CHAT, message.origin());
        assertNull(message.nickname());
        assertEquals(Origin.CHAT, ((OriginChanged) events.get(1)).origin());
        assertEquals(VisitorDetails.NONE.withPhone(PhoneNumber.parse("+351911111111")),
                ((VisitorDetailsChanged) events.get(2)).details());
        assertEquals(VisitorDetails.NONE.withNickname(Nickname.parse("Zé")),
                ((VisitorDetailsChanged) events.get(3)).details());
        assertEquals(ConversationRequested.class, events.get(4).getClass());
        assertEquals(new ContactId(preloaded), ((ProfileLinked) events.get(5)).contact());
    }

    @Test
    void installs_settings_saved_on_crisps_side_and_uninstalls_reach_the_installations_port() {
        // Where Crisp announces a new install to every socket; by default nobody hears it before a bind.
        sandbox.switches().set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED);
        InstalledWebsite site = sandbox.scenario().installWebsite("Newcomer");
        WebsiteId website = new WebsiteId(site.websiteId());
        assertEquals(new InstallationEvent.Installed(website),
                ports.awaitInstallation(InstallationEvent.Installed.class, site.websiteId()));
        // Crisp sends nothing else of a new install until the socket binds again: the application asks for it.
        listener.includeNewInstalls();
        Await.until("a bind honoured", () -> sandbox.rtm().bindsHonoured() == 1);

        sandbox.scenario().saveSettingsFromCrisp(site.websiteId(),
                "{\"segments\":[\"vip\"],\"geolocation\":true,\"unknown\":1}");
        InstallationEvent.SettingsSaved saved = ports.awaitInstallation(InstallationEvent.SettingsSaved.class,
                site.websiteId());
        assertEquals(Map.of("segments", List.of("vip"), "geolocation", true, "unknown", 1), saved.change().keys(),
                "the keys as carried, applied later over what is known");

        sandbox.scenario().uninstallWebsite(site.websiteId());
        assertEquals(new InstallationEvent.Uninstalled(website),
                ports.awaitInstallation(InstallationEvent.Uninstalled.class, site.websiteId()));
        assertEquals(0, listener.counters().droppedTotal());
    }
}
