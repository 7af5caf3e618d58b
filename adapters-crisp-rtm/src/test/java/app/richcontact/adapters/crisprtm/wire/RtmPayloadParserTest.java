package app.richcontact.adapters.crisprtm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.crispevents.CrispEvent;
import app.richcontact.crispevents.CrispEventNames;
import app.richcontact.crispevents.JsonTree.Kind;
import app.richcontact.domain.Nickname;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The RTM side of Crisp's event reader: socket.io-client's arguments and org.json values seen
 * through {@link OrgJsonTree}. The vocabulary itself is tested once, in the crisp-events module.
 */
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

    private CrispEvent parse(String event, Object payload) {
        return parser.parse(event, new Object[] {payload});
    }

    @Test
    void a_visitor_message_from_org_json_gives_its_origin_nickname_and_fingerprint() {
        var read = assertInstanceOf(CrispEvent.ForConversation.class, parse(CrispEventNames.MESSAGE_SEND, message()));
        var sent = assertInstanceOf(ConversationEvent.VisitorMessageSent.class, read.event());
        assertEquals(WEBSITE, sent.website().value());
        assertEquals(SESSION, sent.session().value());
        assertEquals("urn:crisp.im:whatsapp:0", sent.origin().value());
        assertEquals(Nickname.parse("Ana"), sent.nickname());
        assertEquals("163240180100", read.fingerprint());
    }

    @Test
    void the_first_argument_is_the_payload_and_none_is_dropped() {
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "no_payload"),
                parser.parse(CrispEventNames.MESSAGE_SEND, new Object[0]));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "no_payload"),
                parser.parse(CrispEventNames.MESSAGE_SEND, null));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "no_payload"),
                parser.parse(CrispEventNames.MESSAGE_SEND, new Object[] {null}));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "no_payload"),
                parser.parse(CrispEventNames.MESSAGE_SEND, new Object[] {JSONObject.NULL}));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "not_an_object"),
                parse(CrispEventNames.MESSAGE_SEND, new JSONArray().put(message())));
        assertEquals(new CrispEvent.Ignored(CrispEventNames.OTHER, "unknown_event"), parser.parse(null, null));
    }

    @Test
    void org_json_values_are_seen_as_their_json_kinds() {
        OrgJsonTree json = OrgJsonTree.INSTANCE;
        assertEquals(Kind.ABSENT, json.kind(JSONObject.NULL));
        assertEquals(Kind.ABSENT, json.kind(null));
        assertEquals(Kind.TEXT, json.kind("x"));
        assertEquals(Kind.BOOLEAN, json.kind(Boolean.TRUE));
        assertEquals(Kind.NUMBER, json.kind(1.5));
        assertEquals(Kind.OBJECT, json.kind(new JSONObject()));
        assertEquals(Kind.ARRAY, json.kind(new JSONArray()));
        assertEquals(Kind.OTHER, json.kind(new byte[] {1}));
        assertEquals("42", json.integer(42));
        assertEquals("123456789012345678901234567890", json.integer(new BigInteger("123456789012345678901234567890")));
        assertNull(json.integer(1.5));
        JSONArray array = new JSONArray().put("a").put(JSONObject.NULL);
        assertEquals(2, json.length(array));
        assertEquals(Kind.ABSENT, json.kind(json.element(array, 1)));
        assertEquals(List.of("k"), List.copyOf((java.util.Collection<String>) json.names(new JSONObject().put("k", 1))));
        assertEquals(Map.of("segments", List.of("vip")),
                json.toMap(new JSONObject().put("segments", new JSONArray().put("vip"))));
    }

    @Test
    void fields_typed_as_org_json_gives_them_are_read_or_dropped_by_their_kind() {
        assertEquals(new CrispEvent.Dropped(CrispEventNames.SETTINGS_SAVED, "wrong_type_settings"),
                parse(CrispEventNames.SETTINGS_SAVED, new JSONObject().put("website_id", WEBSITE).put("settings", new JSONArray())));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "missing_from"),
                parse(CrispEventNames.MESSAGE_SEND, message().put("from", JSONObject.NULL)));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "payload_too_deep"),
                parse(CrispEventNames.MESSAGE_SEND, message().put("nested", new JSONArray().put(new JSONArray()
                        .put(new JSONArray().put(new JSONArray().put(new JSONArray().put(new JSONArray()
                                .put(new JSONArray().put(new JSONArray()))))))))));
        var saved = (InstallationEvent.SettingsSaved) assertInstanceOf(CrispEvent.ForInstallation.class,
                parse(CrispEventNames.SETTINGS_SAVED, new JSONObject().put("website_id", WEBSITE)
                        .put("settings", new JSONObject().put("segments", new JSONArray().put("vip"))))).event();
        assertEquals(java.util.Map.of("segments", java.util.List.of("vip")), saved.change().keys());
    }
}
