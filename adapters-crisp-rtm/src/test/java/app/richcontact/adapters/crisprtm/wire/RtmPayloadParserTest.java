package app.richcontact.adapters.crisprtm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.WebsiteSettings;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class RtmPayloadParserTest {

    static final String WEBSITE = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
    static final String SESSION = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";

    private final RtmPayloadParser parser = new RtmPayloadParser(64 * 1_024, 8);

    static JSONObject session() {
        return new JSONObject().put("website_id", WEBSITE).put("session_id", SESSION).put("inbox_id", JSONObject.NULL);
    }

    static JSONObject message() {
        return session().put("type", "text").put("from", "user").put("origin", "urn:crisp.im:whatsapp:0")
                .put("content", "Hello").put("fingerprint", 163240180100L).put("timestamp", 1_700_000_000_000L)
                .put("user", new JSONObject().put("user_id", SESSION).put("nickname", "Ana"));
    }

    private Parsed parse(String event, Object payload) {
        return parser.parse(event, new Object[] {payload});
    }

    private String dropped(String event, Object payload) {
        return assertInstanceOf(Parsed.Dropped.class, parse(event, payload)).reason();
    }

    private ConversationEvent conversation(String event, JSONObject payload) {
        return assertInstanceOf(Parsed.Conversation.class, parse(event, payload)).event();
    }

    @Test
    void a_visitor_message_gives_its_origin_and_nickname() {
        var sent = assertInstanceOf(ConversationEvent.VisitorMessageSent.class,
                conversation(EventNames.MESSAGE_SEND, message()));
        assertEquals(WEBSITE, sent.website().value());
        assertEquals(SESSION, sent.session().value());
        assertEquals("urn:crisp.im:whatsapp:0", sent.origin().value());
        assertEquals(Nickname.parse("Ana"), sent.nickname());
    }

    @Test
    void ids_are_accepted_in_upper_case_and_kept_lower_case() {
        JSONObject payload = message().put("website_id", WEBSITE.toUpperCase()).put("session_id",
                "session_" + SESSION.substring(8).toUpperCase());
        var sent = conversation(EventNames.MESSAGE_SEND, payload);
        assertEquals(WEBSITE, sent.website().value());
        assertEquals(SESSION, sent.session().value());
    }

    @Test
    void a_message_not_from_the_visitor_is_ignored() {
        assertEquals(new Parsed.Ignored("not_from_user"), parse(EventNames.MESSAGE_SEND, message().put("from", "operator")));
    }

    @Test
    void a_message_keeps_its_trigger_when_the_name_is_unusable() {
        for (Object nickname : new Object[] {"", "   ", "line\nbreak", "x".repeat(101), 42, JSONObject.NULL}) {
            var sent = (ConversationEvent.VisitorMessageSent) conversation(EventNames.MESSAGE_SEND,
                    message().put("user", new JSONObject().put("nickname", nickname)));
            assertNull(sent.nickname(), String.valueOf(nickname));
        }
        var withoutUser = (ConversationEvent.VisitorMessageSent) conversation(EventNames.MESSAGE_SEND,
                message().put("user", JSONObject.NULL));
        assertNull(withoutUser.nickname());
    }

    @Test
    void missing_wrong_typed_over_long_and_invalid_fields_are_dropped_with_their_reason() {
        assertEquals("missing_website_id", dropped(EventNames.MESSAGE_SEND, new JSONObject()));
        assertEquals("wrong_type_website_id", dropped(EventNames.MESSAGE_SEND, message().put("website_id", 42)));
        assertEquals("invalid_website_id", dropped(EventNames.MESSAGE_SEND, message().put("website_id", "acme")));
        assertEquals("too_long_website_id", dropped(EventNames.MESSAGE_SEND, message().put("website_id", "a".repeat(600))));
        assertEquals("missing_session_id", dropped(EventNames.SET_PHONE, message().put("session_id", JSONObject.NULL)));
        assertEquals("invalid_session_id", dropped(EventNames.SET_PHONE, message().put("session_id", WEBSITE)));
        assertEquals("missing_from", dropped(EventNames.MESSAGE_SEND, message().put("from", JSONObject.NULL)));
        assertEquals("missing_origin", dropped(EventNames.MESSAGE_SEND, withoutKey(message(), "origin")));
        assertEquals("invalid_origin", dropped(EventNames.MESSAGE_SEND, message().put("origin", "urn:whatsapp")));
        assertEquals("wrong_type_user", dropped(EventNames.MESSAGE_SEND, message().put("user", "nobody")));
        assertEquals("missing_phone", dropped(EventNames.SET_PHONE, session()));
        assertEquals("invalid_phone", dropped(EventNames.SET_PHONE, session().put("phone", "call me maybe")));
        assertEquals("invalid_email", dropped(EventNames.SET_EMAIL, session().put("email", "ana@")));
        assertEquals("invalid_nickname", dropped(EventNames.SET_NICKNAME, session().put("nickname", " ")));
        assertEquals("wrong_type_geolocation", dropped(EventNames.SYNC_GEOLOCATION, session().put("geolocation", "PT")));
        assertEquals("invalid_geolocation", dropped(EventNames.SYNC_GEOLOCATION,
                session().put("geolocation", new JSONObject().put("region", "Lisboa"))));
        assertEquals("invalid_country", dropped(EventNames.SYNC_GEOLOCATION,
                session().put("geolocation", new JSONObject().put("country", "Portugal"))));
        assertEquals("invalid_people_id", dropped(EventNames.PEOPLE_BIND_SESSION, session().put("people_id", "p1")));
        assertEquals("missing_bound", dropped(EventNames.SUBSCRIPTION_UPDATED, new JSONObject().put("website_id", WEBSITE)));
        assertEquals("wrong_type_bound", dropped(EventNames.SUBSCRIPTION_UPDATED,
                new JSONObject().put("website_id", WEBSITE).put("bound", "true")));
        assertEquals("wrong_type_settings", dropped(EventNames.SETTINGS_SAVED,
                new JSONObject().put("website_id", WEBSITE).put("settings", new JSONArray())));
    }

    @Test
    void payloads_that_are_not_objects_or_too_big_are_dropped_before_any_field_is_read() {
        assertEquals(new Parsed.Dropped("no_payload"), parser.parse(EventNames.MESSAGE_SEND, new Object[0]));
        assertEquals(new Parsed.Dropped("no_payload"), parser.parse(EventNames.MESSAGE_SEND, null));
        assertEquals(new Parsed.Dropped("no_payload"), parser.parse(EventNames.MESSAGE_SEND, new Object[] {null}));
        assertEquals("not_an_object", dropped(EventNames.MESSAGE_SEND, "text"));
        assertEquals("not_an_object", dropped(EventNames.MESSAGE_SEND, new JSONArray().put(message())));
        assertEquals("payload_too_large", dropped(EventNames.MESSAGE_SEND, message().put("content", "x".repeat(70_000))));
        JSONObject deep = message();
        JSONObject inner = deep;
        for (int i = 0; i < 10; i++) {
            JSONObject next = new JSONObject();
            inner.put("nested", next);
            inner = next;
        }
        assertEquals("payload_too_deep", dropped(EventNames.MESSAGE_SEND, deep));
    }

    @Test
    void an_event_the_listener_does_not_know_is_ignored_whatever_it_carries() {
        assertEquals(new Parsed.Ignored("unknown_event"), parse("message:received", message()));
        assertEquals(new Parsed.Ignored("unknown_event"), parser.parse(null, null));
    }

    @Test
    void geolocation_keeps_a_country_or_a_city_and_treats_blank_parts_as_absent() {
        var changed = (ConversationEvent.VisitorDetailsChanged) conversation(EventNames.SYNC_GEOLOCATION,
                session().put("geolocation", new JSONObject().put("country", " ").put("region", "Lisboa")
                        .put("city", "Lisbon").put("coordinates", JSONObject.NULL)));
        assertEquals(new Geolocation(null, "Lisbon"), changed.details().geolocation());
    }

    @Test
    void installations_follow_bound_and_settings_are_read_tolerantly() {
        assertEquals(new Parsed.Installation(new InstallationEvent.Uninstalled(
                        new app.richcontact.domain.WebsiteId(WEBSITE))),
                parse(EventNames.SUBSCRIPTION_UPDATED, new JSONObject().put("website_id", WEBSITE)
                        .put("plugin_id", "p").put("bound", false).put("target", JSONObject.NULL)));
        var saved = (InstallationEvent.SettingsSaved) assertInstanceOf(Parsed.Installation.class,
                parse(EventNames.SETTINGS_SAVED, new JSONObject().put("website_id", WEBSITE)
                        .put("settings", new JSONObject().put("enabled", "maybe").put("segments", new JSONArray().put("vip")))))
                .event();
        assertEquals(WebsiteSettings.DEFAULTS.enabled(), saved.settings().enabled());
        assertEquals(1, saved.settings().segments().size());
    }

    private static JSONObject withoutKey(JSONObject payload, String key) {
        payload.remove(key);
        return payload;
    }
}
