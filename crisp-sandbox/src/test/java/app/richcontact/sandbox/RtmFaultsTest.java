package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.socket.client.Socket;
import java.time.Duration;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RtmFaultsTest {

    private CrispSandbox sandbox;
    private InstalledWebsite website;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
        website = sandbox.scenario().installWebsite("Acme");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Conversation message() {
        return sandbox.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withRequestInitiated(false));
    }

    @Test
    void dropped_connections_reconnect_but_must_authenticate_again_and_missed_events_are_lost() throws Exception {
        try (RtmClient client = RtmClient.connect(sandbox.rtmUrl(), true)) {
            client.expect(Socket.EVENT_CONNECT);
            client.authenticate(sandbox.pluginIdentifier(), sandbox.pluginKey(), List.of(RtmEvents.MESSAGE_SEND));
            client.expect("authenticated");

            sandbox.rtm().dropAllConnections();
            client.expect(Socket.EVENT_DISCONNECT);
            client.expect(Socket.EVENT_CONNECT);
            Await.until("the sandbox to see the new connection unauthenticated",
                    () -> sandbox.rtm().connections() == 1 && sandbox.rtm().authenticatedConnections() == 0);
            message();

            client.authenticate(sandbox.pluginIdentifier(), sandbox.pluginKey(), List.of(RtmEvents.MESSAGE_SEND));
            client.expect("authenticated");
            Conversation after = message();
            RtmClient.Received next = client.next(Duration.ofSeconds(5));
            assertEquals(RtmEvents.MESSAGE_SEND, next.event());
            assertEquals(after.sessionId(), next.json().getString("session_id"), "the missed event was replayed");
        }
    }

    @Test
    void refused_connections_fail_until_the_window_ends() throws Exception {
        sandbox.rtm().refuseConnectionsFor(Duration.ofHours(1));
        try (RtmClient client = RtmClient.connect(sandbox.rtmUrl())) {
            RtmClient.Received first = client.next(Duration.ofSeconds(5));
            assertTrue(first != null && !first.event().equals(Socket.EVENT_CONNECT), "connected although refused: " + first);
            assertFalse(client.connected());
        }
        sandbox.rtm().refuseConnectionsFor(Duration.ZERO);
        try (RtmClient client = RtmClient.connect(sandbox.rtmUrl())) {
            client.expect(Socket.EVENT_CONNECT);
        }
    }

    @Test
    void refused_authentication_answers_unauthorized_even_with_the_right_credentials() throws Exception {
        sandbox.rtm().refuseAuthenticationFor(Duration.ofHours(1));
        try (RtmClient client = RtmClient.connect(sandbox.rtmUrl())) {
            client.expect(Socket.EVENT_CONNECT);
            client.authenticate(sandbox.pluginIdentifier(), sandbox.pluginKey(), RtmEvents.ALL);
            client.expect("unauthorized");
        }
    }

    @Test
    void a_killed_rtm_side_drops_and_refuses_everyone_until_restored() throws Exception {
        try (RtmClient client = RtmClient.authenticated(sandbox, List.of(RtmEvents.MESSAGE_SEND))) {
            sandbox.rtm().kill();
            client.expect(Socket.EVENT_DISCONNECT);
            Await.until("every connection to go", () -> sandbox.rtm().connections() == 0);
        }
        try (RtmClient refused = RtmClient.connect(sandbox.rtmUrl())) {
            RtmClient.Received first = refused.next(Duration.ofSeconds(5));
            assertTrue(first != null && !first.event().equals(Socket.EVENT_CONNECT), "connected to a killed RTM side");
        }
        sandbox.rtm().restore();
        try (RtmClient client = RtmClient.authenticated(sandbox, List.of(RtmEvents.MESSAGE_SEND))) {
            Conversation conversation = message();
            assertEquals(conversation.sessionId(), client.expect(RtmEvents.MESSAGE_SEND).json().getString("session_id"));
        }
    }

    @Test
    void malformed_payloads_reach_subscribed_sockets_in_each_broken_shape() throws Exception {
        try (RtmClient client = RtmClient.authenticated(sandbox, List.of(RtmEvents.MESSAGE_SEND))) {
            for (MalformedPayload kind : MalformedPayload.values()) {
                sandbox.rtm().emitMalformed(RtmEvents.MESSAGE_SEND, kind);
                RtmClient.Received received = client.expect(RtmEvents.MESSAGE_SEND);
                switch (kind) {
                    case NO_ARGUMENT -> assertEquals(null, received.payload());
                    case NOT_AN_OBJECT -> assertTrue(received.payload() instanceof String);
                    case EMPTY_OBJECT -> assertEquals(0, received.json().length());
                    case MISSING_SESSION_ID -> assertFalse(received.json().has("session_id"));
                    case WRONG_TYPES -> assertTrue(received.json().get("fingerprint") instanceof String);
                    case UNKNOWN_WEBSITE -> {
                        JSONObject payload = received.json();
                        assertTrue(sandbox.scenario().websites().stream()
                                .noneMatch(w -> w.websiteId().equals(payload.getString("website_id"))));
                    }
                }
            }
            // Unsubscribed events are not sent, broken or not: the next thing is a real message.
            sandbox.rtm().emitMalformed(RtmEvents.SESSION_SET_PHONE, MalformedPayload.EMPTY_OBJECT);
            Conversation marker = message();
            RtmClient.Received next = client.next(Duration.ofSeconds(5));
            assertEquals(marker.sessionId(), next.json().getString("session_id"));
        }
    }
}
