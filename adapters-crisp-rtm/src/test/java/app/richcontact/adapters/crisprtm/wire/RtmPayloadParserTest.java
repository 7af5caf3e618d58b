package app.richcontact.adapters.crisprtm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.crispevents.CrispEvent;
import app.richcontact.crispevents.CrispEventNames;
import app.richcontact.crispevents.JsonTree.Kind;
import app.richcontact.crispevents.jackson.JacksonTree;
import app.richcontact.domain.Nickname;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The RTM side of Crisp's event reader: payloads as {@link SocketIoPacket} decodes them, seen
 * through {@link JacksonTree}. The vocabulary itself is tested once, in the crisp-events module.
 */
class RtmPayloadParserTest {

    static final String WEBSITE = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
    static final String SESSION = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RtmPayloadParser parser = new RtmPayloadParser(64 * 1_024, 8);

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException unreadable) {
            throw new IllegalArgumentException(unreadable);
        }
    }

    static ObjectNode message() {
        return (ObjectNode) json("{\"website_id\":\"" + WEBSITE + "\",\"session_id\":\"" + SESSION + "\",\"inbox_id\":null,"
                + "\"type\":\"text\",\"from\":\"user\",\"origin\":\"urn:crisp.im:whatsapp:0\",\"content\":\"Hello\","
                + "\"fingerprint\":163240180100,\"timestamp\":1700000000000,"
                + "\"user\":{\"user_id\":\"" + SESSION + "\",\"nickname\":\"Ana\"}}");
    }

    @Test
    void a_visitor_message_gives_its_origin_nickname_and_fingerprint() {
        var read = assertInstanceOf(CrispEvent.ForConversation.class, parser.parse(CrispEventNames.MESSAGE_SEND, message()));
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
                parser.parse(CrispEventNames.MESSAGE_SEND, null));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "no_payload"),
                parser.parse(CrispEventNames.MESSAGE_SEND, json("null")));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "not_an_object"),
                parser.parse(CrispEventNames.MESSAGE_SEND, MAPPER.createArrayNode().add(message())));
        assertEquals(new CrispEvent.Ignored(CrispEventNames.OTHER, "unknown_event"), parser.parse(null, null));
    }

    @Test
    void jackson_values_are_seen_as_their_json_kinds() {
        JacksonTree tree = JacksonTree.INSTANCE;
        assertEquals(Kind.ABSENT, tree.kind(json("null")));
        assertEquals(Kind.ABSENT, tree.kind(null));
        assertEquals(Kind.ABSENT, tree.kind(json("{}").path("missing")));
        assertEquals(Kind.TEXT, tree.kind(json("\"x\"")));
        assertEquals(Kind.BOOLEAN, tree.kind(json("true")));
        assertEquals(Kind.NUMBER, tree.kind(json("1.5")));
        assertEquals(Kind.OBJECT, tree.kind(json("{}")));
        assertEquals(Kind.ARRAY, tree.kind(json("[]")));
        assertEquals(Kind.OTHER, tree.kind(MAPPER.getNodeFactory().binaryNode(new byte[] {1})));
        assertEquals("42", tree.integer(json("42")));
        assertEquals("123456789012345678901234567890", tree.integer(json("123456789012345678901234567890")));
        assertNull(tree.integer(json("1.5")));
        JsonNode array = json("[\"a\",null]");
        assertEquals(2, tree.length(array));
        assertEquals(Kind.ABSENT, tree.kind(tree.element(array, 1)));
        List<String> names = new java.util.ArrayList<>();
        tree.names(json("{\"k\":1}")).forEach(names::add);
        assertEquals(List.of("k"), names);
        assertEquals(Map.of("segments", List.of("vip")), tree.toMap(json("{\"segments\":[\"vip\"]}")));
    }

    @Test
    void fields_are_read_or_dropped_by_their_json_kind() {
        assertEquals(new CrispEvent.Dropped(CrispEventNames.SETTINGS_SAVED, "wrong_type_settings"),
                parser.parse(CrispEventNames.SETTINGS_SAVED, json("{\"website_id\":\"" + WEBSITE + "\",\"settings\":[]}")));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "missing_from"),
                parser.parse(CrispEventNames.MESSAGE_SEND, message().putNull("from")));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "payload_too_deep"),
                parser.parse(CrispEventNames.MESSAGE_SEND, message().set("nested", json("[[[[[[[[]]]]]]]]"))));
        var saved = (InstallationEvent.SettingsSaved) assertInstanceOf(CrispEvent.ForInstallation.class,
                parser.parse(CrispEventNames.SETTINGS_SAVED,
                        json("{\"website_id\":\"" + WEBSITE + "\",\"settings\":{\"segments\":[\"vip\"]}}"))).event();
        assertEquals(java.util.Map.of("segments", java.util.List.of("vip")), saved.change().keys());
    }
}
