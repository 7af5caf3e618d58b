package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private CrispSandbox sandbox;
    private InstalledWebsite website;
    private RtmClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = CrispSandbox.start();
        website = sandbox.scenario().installWebsite("Acme");
        client = RtmClient.authenticated(sandbox, RtmEvents.ALL);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private List<RtmClient.Received> receive(int count) throws InterruptedException {
        List<RtmClient.Received> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RtmClient.Received next = client.next(Duration.ofSeconds(5));
            assertTrue(next != null, "event " + (i + 1) + " of " + count + " did not arrive; got " + events);
            events.add(next);
        }
        return events;
    }

    private static List<String> names(List<RtmClient.Received> events) {
        return events.stream().map(RtmClient.Received::event).toList();
    }

    private static final Visitor FULL = Visitor.from("urn:crisp.im:whatsapp:0")
            .withNickname("Ana")
            .withPhone("+351912345678")
            .withEmail("ana@example.com")
            .withGeolocation(new Geolocation("PT", "Lisbon", "Lisbon"));

    @Test
    void a_start_emits_origin_and_name_then_the_message_then_phone_location_and_email_spaced_apart() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                FULL.withSpacing(Duration.ofMillis(20)));
        List<RtmClient.Received> events = receive(8);
        assertEquals(List.of(RtmEvents.SESSION_SET_ORIGIN, RtmEvents.SESSION_SET_NICKNAME, RtmEvents.MESSAGE_SEND,
                RtmEvents.SESSION_REQUEST_INITIATED, RtmEvents.SESSION_SET_PHONE, RtmEvents.SESSION_SYNC_GEOLOCATION,
                RtmEvents.SESSION_SET_EMAIL, RtmEvents.PEOPLE_BIND_SESSION), names(events));
        for (RtmClient.Received event : events) {
            JSONObject payload = event.json();
            assertEquals(website.websiteId(), payload.getString("website_id"));
            assertEquals(conversation.sessionId(), payload.getString("session_id"));
            assertTrue(payload.has("inbox_id") && payload.isNull("inbox_id"));
        }
        assertEquals("+351912345678", events.get(4).json().getString("phone"));
        JSONObject geolocation = events.get(5).json().getJSONObject("geolocation");
        assertEquals("PT", geolocation.getString("country"));
        assertEquals("Lisbon", geolocation.getString("city"));
        assertTrue(geolocation.has("region") && geolocation.has("coordinates"));
        conversation.started().get(5, TimeUnit.SECONDS);
        long spanMillis = conversation.snapshot().updatedAt() - conversation.snapshot().createdAt();
        // Seven steps (the profile link follows the email at once): six gaps of 20 ms.
        assertTrue(spanMillis >= 6 * 20, "seven steps 20 ms apart span at least 120 ms, got " + spanMillis);
    }

    @Test
    void zero_spacing_emits_the_whole_start_before_returning() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                FULL.withSpacing(Duration.ZERO).withRequestInitiated(false)
                        .withBeforeFirstMessage(Set.of(SessionDatum.PHONE)));
        assertTrue(conversation.started().isDone());
        ConversationSnapshot snapshot = conversation.snapshot();
        assertEquals("+351912345678", snapshot.phone());
        assertEquals("ana@example.com", snapshot.email());
        assertEquals(1, snapshot.visitorMessages());
        assertEquals(List.of(RtmEvents.SESSION_SET_PHONE, RtmEvents.MESSAGE_SEND, RtmEvents.SESSION_SET_ORIGIN,
                RtmEvents.SESSION_SET_NICKNAME, RtmEvents.SESSION_SYNC_GEOLOCATION, RtmEvents.SESSION_SET_EMAIL,
                RtmEvents.PEOPLE_BIND_SESSION), names(receive(7)));
    }

    @Test
    void rest_reads_show_only_what_crisp_has_announced_so_far() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                FULL.withSpacing(Duration.ofSeconds(30)));
        // The first step (set_origin) runs at once; the phone is 4 steps (2 minutes) away.
        client.expect(RtmEvents.SESSION_SET_ORIGIN);
        assertNull(conversation.snapshot().phone());
        assertEquals(0, conversation.snapshot().visitorMessages());
        assertTrue(sandbox.scenario().conversation(website.websiteId(), conversation.sessionId()).isPresent());
    }

    @Test
    void crisp_makes_and_links_a_profile_for_a_session_email_unless_switched_off() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(), FULL.withSpacing(Duration.ZERO));
        CrmProfile nativeProfile = sandbox.scenario().profileByEmail(website.websiteId(), "ANA@example.com").orElseThrow();
        assertEquals("Ana", nativeProfile.nickname());
        assertTrue(nativeProfile.segments().isEmpty());
        assertEquals(nativeProfile.peopleId(), conversation.snapshot().peopleId());

        sandbox.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
        Conversation other = sandbox.scenario().startConversation(website.websiteId(),
                FULL.withEmail("bruno@example.com").withSpacing(Duration.ZERO));
        assertTrue(sandbox.scenario().profileByEmail(website.websiteId(), "bruno@example.com").isEmpty());
        assertNull(other.snapshot().peopleId());
    }

    @Test
    void follow_ups_emit_visitor_and_operator_messages_and_bindings() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:telegram:0").withSpacing(Duration.ZERO).withRequestInitiated(false));
        receive(2);
        conversation.visitorMessage("Are you there?").operatorMessage("Yes!").bindPeople("people-7").requestInitiated();
        List<RtmClient.Received> events = receive(4);
        assertEquals(List.of(RtmEvents.MESSAGE_SEND, RtmEvents.MESSAGE_RECEIVED, RtmEvents.PEOPLE_BIND_SESSION,
                RtmEvents.SESSION_REQUEST_INITIATED), names(events));
        assertEquals("Are you there?", events.get(0).json().getString("content"));
        assertEquals("operator", events.get(1).json().getString("from"));
        assertEquals("people-7", events.get(2).json().getString("people_id"));
        assertEquals(2, conversation.snapshot().visitorMessages());
        assertEquals("people-7", conversation.snapshot().peopleId());
    }

    @Test
    void preloaded_profiles_read_back_in_creation_order_and_duplicates_are_refused() {
        String first = sandbox.scenario().preloadProfile(website.websiteId(),
                new NewProfile("a@example.com", "A", "+351911111111", new Geolocation("PT", null, "Porto"), List.of("imported")));
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("b@example.com", "B", null));
        List<CrmProfile> crm = sandbox.scenario().crm(website.websiteId());
        assertEquals(List.of("a@example.com", "b@example.com"), crm.stream().map(CrmProfile::email).toList());
        assertEquals(first, crm.get(0).peopleId());
        assertEquals("Porto", crm.get(0).geolocation().city());
        assertTrue(crm.get(0).createdAt() > 0);
        assertThrows(IllegalStateException.class,
                () -> sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("A@EXAMPLE.COM", "A", null)));
    }

    @Test
    void settings_changed_on_crisps_side_are_stored_and_announced_by_their_changed_keys_only() throws Exception {
        sandbox.scenario().saveSettingsFromCrisp(website.websiteId(), "{\"enabled\":true,\"segments\":[\"a\"]}");
        client.expect(RtmEvents.SETTINGS_SAVED);

        sandbox.scenario().saveSettingsFromCrisp(website.websiteId(), "{\"enabled\":false,\"segments\":[\"a\"]}");

        JSONObject saved = client.expect(RtmEvents.SETTINGS_SAVED).json();
        assertEquals("{\"enabled\":false}", saved.getJSONObject("settings").toString());
        assertEquals("{\"enabled\":false,\"segments\":[\"a\"]}", sandbox.scenario().settingsOf(website.websiteId()));
    }

    @Test
    void settings_changed_on_crisps_side_are_announced_whole_when_crisp_sends_the_whole_document() throws Exception {
        sandbox.switches().set(SandboxSwitch.SETTINGS_EVENTS, SettingsEvents.WHOLE);
        sandbox.scenario().saveSettingsFromCrisp(website.websiteId(), "{\"enabled\":false,\"segments\":[\"a\"]}");

        JSONObject saved = client.expect(RtmEvents.SETTINGS_SAVED).json();
        assertEquals("{\"enabled\":false,\"segments\":[\"a\"]}", saved.getJSONObject("settings").toString());
    }

    @Test
    void a_reinstall_announces_bound_true_to_every_socket_when_all_hear_it_and_issues_a_new_token() throws Exception {
        sandbox.switches().set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED);
        sandbox.scenario().uninstallWebsite(website.websiteId());
        assertFalse(client.expect(RtmEvents.SUBSCRIPTION_UPDATED).json().getBoolean("bound"));
        InstalledWebsite again = sandbox.scenario().reinstallWebsite(website.websiteId(), "{\"enabled\":true}");
        assertTrue(client.expect(RtmEvents.SUBSCRIPTION_UPDATED).json().getBoolean("bound"));
        assertEquals(website.websiteId(), again.websiteId());
        assertFalse(website.token().equals(again.token()));
    }

    @Test
    void conversations_cannot_start_on_a_website_without_the_plugin() {
        sandbox.scenario().uninstallWebsite(website.websiteId());
        assertThrows(IllegalStateException.class,
                () -> sandbox.scenario().startConversation(website.websiteId(), Visitor.from("chat")));
        assertThrows(IllegalArgumentException.class,
                () -> sandbox.scenario().startConversation("nope", Visitor.from("chat")));
    }

    @Test
    void recent_conversations_are_newest_first() {
        Conversation older = sandbox.scenario().startConversation(website.websiteId(), Visitor.from("chat").withSpacing(Duration.ZERO));
        Await.until("the clock to move", () -> System.currentTimeMillis() > older.snapshot().createdAt());
        Conversation newer = sandbox.scenario().startConversation(website.websiteId(), Visitor.from("chat").withSpacing(Duration.ZERO));
        List<ConversationSnapshot> recent = sandbox.scenario().recentConversations(10);
        assertEquals(List.of(newer.sessionId(), older.sessionId()), recent.stream().map(ConversationSnapshot::sessionId).toList());
    }
}
