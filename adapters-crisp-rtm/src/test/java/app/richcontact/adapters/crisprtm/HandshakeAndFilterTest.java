package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.ConversationEvent.VisitorMessageSent;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.RtmEvents;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandshakeAndFilterTest {

    private CrispSandbox sandbox;
    private final RecordingPorts ports = new RecordingPorts();

    @BeforeEach
    void startSandbox() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void it_authenticates_with_the_plugin_credentials_and_reports_itself_ready() {
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports)) {
            RtmHealth health = listener.health();
            assertEquals(RtmState.AUTHENTICATED, health.state());
            assertEquals(sandbox.rtmUrl(), health.endpoint());
            assertEquals(0, health.reconnects());
            assertEquals(1, sandbox.rtm().authenticatedConnections());
            assertEquals(1, listener.counters().authentications());
            assertEquals(1, logs.containing("Listening to Crisp's real-time events at " + sandbox.rtmUrl()).size());
            assertEquals(List.of(), logs.containing(sandbox.pluginKey()));
        }
    }

    @Test
    void only_subscribed_events_reach_the_in_ports() throws Exception {
        InstalledWebsite site = sandbox.scenario().installWebsite("Acme");
        CrispRtmConfig onlyMessages = SandboxListeners.fast(sandbox).events(List.of(RtmEvents.MESSAGE_SEND)).build();
        try (CrispRtmListener listener = SandboxListeners.authenticated(onlyMessages, ports,
                SandboxListeners.discovery(sandbox))) {
            Conversation conversation = sandbox.scenario().startConversation(site.websiteId(),
                    Visitor.from("urn:crisp.im:whatsapp:0").withNickname("Ana").withPhone("+351912345678")
                            .withEmail("ana@example.com"));
            conversation.started().get();
            conversation.operatorMessage("Hi!").visitorMessage("Marker");
            Await.until("two visitor messages", () -> ports.ofSession(conversation.sessionId()).size() == 2);

            assertTrue(ports.ofSession(conversation.sessionId()).stream().allMatch(VisitorMessageSent.class::isInstance));
            assertEquals(Set.of(RtmEvents.MESSAGE_SEND), listener.counters().received().keySet());
            assertEquals(2, listener.counters().received(RtmEvents.MESSAGE_SEND));
        }
    }

    @Test
    void the_default_subscription_never_receives_operator_messages() throws Exception {
        InstalledWebsite site = sandbox.scenario().installWebsite("Acme");
        try (CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports)) {
            Conversation conversation = sandbox.scenario().startConversation(site.websiteId(),
                    Visitor.from("urn:crisp.im:instagram:0"));
            conversation.started().get();
            conversation.operatorMessage("Hi!").operatorMessage("Anyone?").visitorMessage("Marker");
            Await.until("the marker", () -> ports.ofSession(conversation.sessionId()).stream()
                    .filter(VisitorMessageSent.class::isInstance).count() == 2);

            assertFalse(listener.counters().received().containsKey(RtmEvents.MESSAGE_RECEIVED));
            assertEquals(0, listener.counters().received("other"));
            assertEquals(0, listener.counters().droppedTotal());
        }
    }

    @Test
    void events_of_a_website_installed_after_authentication_do_not_arrive_until_it_is_bound() throws Exception {
        InstalledWebsite before = sandbox.scenario().installWebsite("Before");
        // Without plugin:subscription:updated the listener never learns of the install, so never binds.
        List<String> noInstalls = CrispRtmConfig.EVENTS.stream()
                .filter(event -> !event.equals(RtmEvents.SUBSCRIPTION_UPDATED)).toList();
        CrispRtmConfig config = SandboxListeners.fast(sandbox).events(noInstalls).build();
        try (CrispRtmListener listener = SandboxListeners.authenticated(config, ports,
                SandboxListeners.discovery(sandbox))) {
            InstalledWebsite after = sandbox.scenario().installWebsite("After");
            Conversation unheard = sandbox.scenario().startConversation(after.websiteId(),
                    Visitor.from("urn:crisp.im:whatsapp:0").withPhone("+351912345678"));
            unheard.started().get();
            Conversation marker = sandbox.scenario().startConversation(before.websiteId(),
                    Visitor.from("urn:crisp.im:whatsapp:0"));
            marker.started().get();
            ports.awaitConversation(ConversationEvent.ConversationRequested.class,
                    e -> e.session().value().equals(marker.sessionId()));

            assertEquals(List.of(), ports.ofSession(unheard.sessionId()));
            assertTrue(ports.conversations.stream().noneMatch(e -> e.website().value().equals(after.websiteId())));
            assertEquals(0, listener.counters().bindsSent());
        }
    }
}
