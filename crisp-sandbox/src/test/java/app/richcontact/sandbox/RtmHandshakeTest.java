package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.socket.client.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RtmHandshakeTest {

    private CrispSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).set(SandboxSwitch.BIND_INTERVAL, Duration.ZERO).build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Conversation whatsapp(String websiteId) {
        return sandbox.scenario().startConversation(websiteId,
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname("Ana").withPhone("+351912345678"));
    }

    @Test
    void the_plugin_credentials_are_answered_with_authenticated_true() throws Exception {
        try (RtmClient client = RtmClient.connect(sandbox.rtmUrl())) {
            client.expect(Socket.EVENT_CONNECT);
            client.authenticate(sandbox.pluginIdentifier(), sandbox.pluginKey(), RtmEvents.ALL);
            assertEquals(Boolean.TRUE, client.expect("authenticated").payload());
            Await.until("the sandbox to count the socket", () -> sandbox.rtm().authenticatedConnections() == 1);
        }
    }

    @Test
    void wrong_credentials_are_answered_with_unauthorized_then_a_disconnect() throws Exception {
        try (RtmClient client = RtmClient.connect(sandbox.rtmUrl())) {
            client.expect(Socket.EVENT_CONNECT);
            client.authenticate(sandbox.pluginIdentifier(), "wrong", RtmEvents.ALL);
            client.expect("unauthorized");
            client.expect(Socket.EVENT_DISCONNECT);
            assertFalse(client.connected());
        }
    }

    @Test
    void only_subscribed_events_of_bound_websites_are_delivered() throws Exception {
        InstalledWebsite website = sandbox.scenario().installWebsite("Acme");
        try (RtmClient client = RtmClient.authenticated(sandbox, List.of(RtmEvents.MESSAGE_SEND))) {
            whatsapp(website.websiteId());
            RtmClient.Received message = client.next(Duration.ofSeconds(5));
            assertEquals(RtmEvents.MESSAGE_SEND, message.event());
            JSONObject payload = message.json();
            assertEquals(website.websiteId(), payload.getString("website_id"));
            assertTrue(payload.isNull("inbox_id"));
            assertEquals("user", payload.getString("from"));
            assertEquals("urn:crisp.im:whatsapp:0", payload.getString("origin"));
            assertEquals("Hello", payload.getString("content"));
            assertTrue(payload.get("fingerprint") instanceof Number);
            assertTrue(payload.getLong("timestamp") > 0);
            assertEquals(payload.getString("session_id"), payload.getJSONObject("user").getString("user_id"));
            assertEquals("Ana", payload.getJSONObject("user").getString("nickname"));
            // A second conversation's message arrives next: no session:set_* event slipped in between.
            Conversation second = whatsapp(website.websiteId());
            RtmClient.Received next = client.next(Duration.ofSeconds(5));
            assertEquals(RtmEvents.MESSAGE_SEND, next.event());
            assertEquals(second.sessionId(), next.json().getString("session_id"));
        }
    }

    @Test
    void a_new_install_is_announced_to_no_socket_by_default_and_its_uninstall_to_the_bound_ones() throws Exception {
        InstalledWebsite early = sandbox.scenario().installWebsite("Early");
        try (RtmClient client = RtmClient.authenticated(sandbox,
                List.of(RtmEvents.MESSAGE_SEND, RtmEvents.SUBSCRIPTION_UPDATED))) {
            assertEquals(SubscriptionEvents.BOUND_ONLY, sandbox.switches().get(SandboxSwitch.SUBSCRIPTION_EVENTS));
            sandbox.scenario().installWebsite("Late");
            Conversation marker = whatsapp(early.websiteId());

            RtmClient.Received first = client.next(Duration.ofSeconds(5));
            assertEquals(RtmEvents.MESSAGE_SEND, first.event(), "the install of an unbound website was announced");
            assertEquals(marker.sessionId(), first.json().getString("session_id"));
            sandbox.scenario().uninstallWebsite(early.websiteId());
            RtmClient.Received removed = client.expect(RtmEvents.SUBSCRIPTION_UPDATED);
            assertEquals(early.websiteId(), removed.json().getString("website_id"));
            assertFalse(removed.json().getBoolean("bound"));
        }
    }

    @Test
    void a_website_installed_after_authentication_gets_no_events_until_socket_bind() throws Exception {
        sandbox.switches().set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED);
        InstalledWebsite early = sandbox.scenario().installWebsite("Early");
        try (RtmClient client = RtmClient.authenticated(sandbox,
                List.of(RtmEvents.MESSAGE_SEND, RtmEvents.SUBSCRIPTION_UPDATED))) {
            InstalledWebsite late = sandbox.scenario().installWebsite("Late");
            RtmClient.Received installed = client.expect(RtmEvents.SUBSCRIPTION_UPDATED);
            assertEquals(late.websiteId(), installed.json().getString("website_id"));
            assertEquals(sandbox.pluginId(), installed.json().getString("plugin_id"));
            assertTrue(installed.json().getBoolean("bound"));

            whatsapp(late.websiteId());
            Conversation marker = whatsapp(early.websiteId());
            RtmClient.Received first = client.next(Duration.ofSeconds(5));
            assertEquals(marker.sessionId(), first.json().getString("session_id"), "the late website's message leaked");

            client.emit("socket:bind", new JSONObject());
            Await.until("the bind to be honoured", () -> {
                Conversation probe = whatsapp(late.websiteId());
                try {
                    RtmClient.Received received = client.next(Duration.ofMillis(100));
                    return received != null && probe.sessionId().equals(received.json().getString("session_id"));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void binds_closer_together_than_the_bind_interval_are_ignored() throws Exception {
        sandbox.switches().set(SandboxSwitch.BIND_INTERVAL, Duration.ofHours(1));
        try (RtmClient client = RtmClient.authenticated(sandbox, List.of(RtmEvents.MESSAGE_SEND))) {
            InstalledWebsite first = sandbox.scenario().installWebsite("First");
            client.emit("socket:bind", new JSONObject());
            Await.until("the first bind", () -> {
                Conversation probe = whatsapp(first.websiteId());
                try {
                    RtmClient.Received received = client.next(Duration.ofMillis(100));
                    return received != null && probe.sessionId().equals(received.json().getString("session_id"));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            InstalledWebsite second = sandbox.scenario().installWebsite("Second");
            client.emit("socket:bind", new JSONObject());
            Await.until("the second bind to arrive", () -> sandbox.rtm().bindsReceived() == 2);
            assertEquals(1, sandbox.rtm().bindsHonoured());
            whatsapp(second.websiteId());
            Conversation marker = whatsapp(first.websiteId());
            assertEquals(marker.sessionId(), client.next(Duration.ofSeconds(5)).json().getString("session_id"));
        }
    }

    @Test
    void uninstalling_stops_the_websites_events_and_announces_bound_false() throws Exception {
        InstalledWebsite gone = sandbox.scenario().installWebsite("Gone");
        InstalledWebsite stays = sandbox.scenario().installWebsite("Stays");
        try (RtmClient client = RtmClient.authenticated(sandbox,
                List.of(RtmEvents.MESSAGE_SEND, RtmEvents.SUBSCRIPTION_UPDATED))) {
            sandbox.scenario().uninstallWebsite(gone.websiteId());
            RtmClient.Received removed = client.expect(RtmEvents.SUBSCRIPTION_UPDATED);
            assertFalse(removed.json().getBoolean("bound"));
            Conversation marker = whatsapp(stays.websiteId());
            assertEquals(marker.sessionId(), client.next(Duration.ofSeconds(5)).json().getString("session_id"));
        }
    }

    @Test
    void the_rescue_url_serves_the_same_socket_io_server() throws Exception {
        URI rescue = sandbox.rescueRtmUrl();
        assertEquals("/rtm-rescue/", rescue.getPath());
        try (RtmClient client = RtmClient.connect(rescue)) {
            client.expect(Socket.EVENT_CONNECT);
            client.authenticate(sandbox.pluginIdentifier(), sandbox.pluginKey(), RtmEvents.ALL);
            client.expect("authenticated");
        }
    }
}
