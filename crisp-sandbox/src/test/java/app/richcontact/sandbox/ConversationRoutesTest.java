package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationRoutesTest {

    private CrispSandbox sandbox;
    private CrispHttp http;
    private InstalledWebsite website;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
        http = CrispHttp.of(sandbox);
        website = sandbox.scenario().installWebsite("Acme");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Conversation start(Visitor visitor) {
        return sandbox.scenario().startConversation(website.websiteId(), visitor);
    }

    @Test
    void a_conversation_carries_created_at_meta_and_no_people_id_until_one_is_linked() throws Exception {
        Conversation conversation = start(Visitor.from("urn:crisp.im:whatsapp:0").withNickname("Ana")
                .withPhone("+351912345678").withGeolocation(new Geolocation("PT", "Lisbon", "Lisbon")));
        String path = "website/" + website.websiteId() + "/conversation/" + conversation.sessionId();
        JsonNode data = http.get(path).data();
        assertEquals(conversation.sessionId(), data.get("session_id").asText());
        assertTrue(data.get("created_at").asLong() > 0);
        assertFalse(data.has("people_id"));
        JsonNode meta = data.get("meta");
        assertEquals("Ana", meta.get("nickname").asText());
        assertEquals("+351912345678", meta.get("phone").asText());
        assertEquals("urn:crisp.im:whatsapp:0", meta.get("origin").asText());
        assertTrue(meta.get("segments").isArray());
        assertTrue(meta.get("data").isObject());
        assertEquals("PT", meta.get("device").get("geolocation").get("country").asText());
        assertEquals("Lisbon", meta.get("device").get("geolocation").get("city").asText());

        conversation.bindPeople("people-1");
        assertEquals("people-1", http.get(path).data().get("people_id").asText());
    }

    @Test
    void meta_is_served_alone_too() throws Exception {
        Conversation conversation = start(Visitor.from("chat").withEmail("ana@example.com"));
        JsonNode meta = http.get("website/" + website.websiteId() + "/conversation/" + conversation.sessionId() + "/meta").data();
        assertEquals("ana@example.com", meta.get("email").asText());
        assertEquals("chat", meta.get("origin").asText());
        assertFalse(meta.has("phone"));
    }

    @Test
    void an_unknown_session_is_404_and_a_website_without_the_plugin_is_403() throws Exception {
        assertEquals(404, http.get("website/" + website.websiteId() + "/conversation/session_nope").status());
        CrispHttp.Answer foreign = http.get("website/not-installed/conversation/session_nope");
        assertEquals(403, foreign.status());
        assertEquals("not_allowed", foreign.reason());
    }

    @Test
    void the_list_pages_by_per_page_until_empty_newest_first() throws Exception {
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            started.add(start(Visitor.from("urn:crisp.im:telegram:0")).sessionId());
        }
        String base = "website/" + website.websiteId() + "/conversations/";
        JsonNode first = http.get(base + "1?per_page=20&order_date_created=1").data();
        JsonNode second = http.get(base + "2?per_page=20&order_date_created=1").data();
        JsonNode third = http.get(base + "3?per_page=20&order_date_created=1").data();
        assertEquals(20, first.size());
        assertEquals(3, second.size());
        assertTrue(third.isEmpty());
        long previous = Long.MAX_VALUE;
        for (JsonNode item : first) {
            assertTrue(item.get("created_at").asLong() <= previous);
            previous = item.get("created_at").asLong();
            assertTrue(started.contains(item.get("session_id").asText()));
            assertTrue(item.has("meta"));
        }
        assertEquals(20, http.get(base + "1").data().size(), "per_page defaults to 20");
    }

    @Test
    void per_page_outside_20_to_50_is_400() throws Exception {
        String base = "website/" + website.websiteId() + "/conversations/1?per_page=";
        assertEquals(400, http.get(base + "10").status());
        assertEquals(400, http.get(base + "51").status());
        assertEquals(200, http.get(base + "50").status());
    }

    @Test
    void date_filters_keep_conversations_created_in_the_window() throws Exception {
        start(Visitor.from("chat"));
        Instant now = Instant.now();
        String base = "website/" + website.websiteId() + "/conversations/1?filter_date_start=";
        assertEquals(1, http.get(base + now.minusSeconds(60) + "&filter_date_end=" + now.plusSeconds(60)).data().size());
        assertEquals(0, http.get(base + now.plusSeconds(60)).data().size());
        assertEquals(400, http.get(base + "not-a-date").status());
    }
}
