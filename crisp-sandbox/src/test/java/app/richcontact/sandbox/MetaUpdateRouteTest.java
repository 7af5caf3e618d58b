package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetaUpdateRouteTest {

    private CrispSandbox sandbox;
    private CrispHttp http;
    private InstalledWebsite website;
    private Conversation conversation;
    private RtmClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
        http = CrispHttp.of(sandbox);
        website = sandbox.scenario().installWebsite("Acme");
        conversation = sandbox.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withNickname("Ana").withPhone("+351912345678"));
        client = RtmClient.authenticated(sandbox, List.of(RtmEvents.PEOPLE_BIND_SESSION, RtmEvents.MESSAGE_SEND));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private String meta() {
        return "website/" + website.websiteId() + "/conversation/" + conversation.sessionId() + "/meta";
    }

    /** The last bind heard before a marker message sent now, or null when none came before it. */
    private RtmClient.Received bindBeforeMarker() throws InterruptedException {
        conversation.visitorMessage("marker");
        RtmClient.Received bind = null;
        while (true) {
            RtmClient.Received next = client.next(Duration.ofSeconds(5));
            if (next == null) {
                throw new AssertionError("the marker message did not arrive within 5 s");
            }
            if (next.event().equals(RtmEvents.MESSAGE_SEND)) {
                return bind;
            }
            bind = next;
        }
    }

    @Test
    void a_meta_patch_changes_only_the_fields_it_carries_and_reads_back_at_once() throws Exception {
        CrispHttp.Answer answer = http.patch(meta(), "{\"nickname\":\"Ana Maria\",\"segments\":[\"whatsapp\"],"
                + "\"data\":{\"source\":\"rich-contact\",\"score\":3}}");
        assertEquals(200, answer.status());
        assertEquals("updated", answer.reason());
        JsonNode read = http.get(meta()).data();
        assertEquals("Ana Maria", read.get("nickname").asText());
        assertEquals("+351912345678", read.get("phone").asText());
        assertEquals("whatsapp", read.get("segments").get(0).asText());
        assertEquals("rich-contact", read.get("data").get("source").asText());
        assertEquals(1, sandbox.requestLog().count(SandboxRoutes.CONVERSATION_META_PATCH));
    }

    @Test
    void a_meta_patch_with_bad_fields_is_400_and_an_unknown_session_404() throws Exception {
        for (String body : List.of("{\"email\":\"not-an-email\"}", "{\"origin\":\"chat\"}", "{\"segments\":\"x\"}",
                "{\"data\":[1]}", "{\"data\":{\"nested\":{}}}", "{\"nickname\":\" \"}", "[]")) {
            assertEquals(400, http.patch(meta(), body).status(), body);
        }
        assertEquals(404, http.patch("website/" + website.websiteId() + "/conversation/session_nope/meta",
                "{\"nickname\":\"Ana\"}").status());
        assertEquals("Ana", sandbox.scenario().conversation(website.websiteId(), conversation.sessionId())
                .orElseThrow().nickname());
    }

    @Test
    void by_default_a_meta_email_changes_the_meta_only_and_links_nothing() throws Exception {
        String peopleId = sandbox.scenario().preloadProfile(website.websiteId(),
                NewProfile.of("ana@example.com", "Ana", "+351912345678"));
        assertEquals(200, http.patch(meta(), "{\"email\":\"ana@example.com\"}").status());
        ConversationSnapshot snapshot = conversation.snapshot();
        assertEquals("ana@example.com", snapshot.email());
        assertNull(snapshot.peopleId());
        assertNull(bindBeforeMarker());
        assertFalse(http.get("website/" + website.websiteId() + "/conversation/" + conversation.sessionId())
                .data().has("people_id"));
        assertEquals(1, sandbox.scenario().crm(website.websiteId()).size(), peopleId);
    }

    @Test
    void when_meta_emails_link_the_session_gets_the_profile_holding_that_email_and_the_bind_is_announced()
            throws Exception {
        sandbox.switches().set(SandboxSwitch.META_EMAIL_LINKS, MetaEmailLinks.LINKS);
        String peopleId = sandbox.scenario().preloadProfile(website.websiteId(),
                NewProfile.of("ana@example.com", "Ana", "+351912345678"));
        assertEquals(200, http.patch(meta(), "{\"email\":\"ANA@example.com\"}").status());
        assertEquals(peopleId, conversation.snapshot().peopleId());
        RtmClient.Received bind = bindBeforeMarker();
        assertEquals(peopleId, bind.json().getString("people_id"));
        assertEquals(peopleId, http.get("website/" + website.websiteId() + "/conversation/" + conversation.sessionId())
                .data().get("people_id").asText());
    }

    @Test
    void when_meta_emails_link_an_email_nobody_holds_gets_crisps_own_profile_unless_native_profiles_are_off()
            throws Exception {
        sandbox.switches().set(SandboxSwitch.META_EMAIL_LINKS, MetaEmailLinks.LINKS);
        assertEquals(200, http.patch(meta(), "{\"email\":\"new@example.com\"}").status());
        CrmProfile made = sandbox.scenario().profileByEmail(website.websiteId(), "new@example.com").orElseThrow();
        assertEquals(made.peopleId(), conversation.snapshot().peopleId());
        assertTrue(bindBeforeMarker() != null);

        sandbox.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
        assertEquals(200, http.patch(meta(), "{\"email\":\"other@example.com\"}").status());
        assertTrue(sandbox.scenario().profileByEmail(website.websiteId(), "other@example.com").isEmpty());
        assertEquals(made.peopleId(), conversation.snapshot().peopleId());
        assertNull(bindBeforeMarker());
    }
}
