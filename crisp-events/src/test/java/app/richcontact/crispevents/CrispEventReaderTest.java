package app.richcontact.crispevents;

import app.richcontact.domain.ContactCare;
import static app.richcontact.crispevents.MapTree.NULL;
import static app.richcontact.crispevents.MapTree.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.crispevents.MapTree.Json;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crisp's event vocabulary, once for every transport: what each event becomes and why one is dropped. */
class CrispEventReaderTest {

    static final String WEBSITE = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
    static final String SESSION = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";

    private final List<String> ignoredFields = new ArrayList<>();
    private final CrispEventReader<Object> reader = new CrispEventReader<>(MapTree.INSTANCE,
            new EventLimits(64 * 1_024, 8), ignoredFields::add);

    static Json session() {
        return object().with("website_id", WEBSITE).with("session_id", SESSION).with("inbox_id", NULL);
    }

    static Json message() {
        return session().with("type", "text").with("from", "user").with("origin", "urn:crisp.im:whatsapp:0")
                .with("content", "Hello").with("fingerprint", 163240180100L).with("timestamp", 1_700_000_000_000L)
                .with("user", object().with("user_id", SESSION).with("nickname", "Ana"));
    }

    private String dropped(String event, Object payload) {
        CrispEvent.Dropped dropped = assertInstanceOf(CrispEvent.Dropped.class, reader.read(event, payload));
        assertEquals(CrispEventNames.label(event), dropped.label());
        return dropped.reason();
    }

    private ConversationEvent conversation(String event, Object payload) {
        return assertInstanceOf(CrispEvent.ForConversation.class, reader.read(event, payload)).event();
    }

    @Test
    void a_visitor_message_gives_its_origin_nickname_and_fingerprint() {
        var read = assertInstanceOf(CrispEvent.ForConversation.class, reader.read(CrispEventNames.MESSAGE_SEND, message()));
        var sent = assertInstanceOf(ConversationEvent.VisitorMessageSent.class, read.event());
        assertEquals(CrispEventNames.MESSAGE_SEND, read.label());
        assertEquals(WEBSITE, sent.website().value());
        assertEquals(SESSION, sent.session().value());
        assertEquals("urn:crisp.im:whatsapp:0", sent.origin().value());
        assertEquals(Nickname.parse("Ana"), sent.nickname());
        assertEquals("163240180100", read.fingerprint());
    }

    @Test
    void a_fingerprint_is_kept_only_when_it_is_an_integer_or_short_text() {
        assertEquals("f-1", fingerprintOf("f-1"));
        assertNull(fingerprintOf("x".repeat(41)));
        assertNull(fingerprintOf(1.5));
        assertNull(fingerprintOf(true));
        assertNull(fingerprintOf(NULL));
        var other = (CrispEvent.ForConversation) reader.read(CrispEventNames.SET_PHONE, session().with("phone", "+351925923040"));
        assertNull(other.fingerprint());
    }

    private String fingerprintOf(Object fingerprint) {
        return ((CrispEvent.ForConversation) reader.read(CrispEventNames.MESSAGE_SEND,
                message().with("fingerprint", fingerprint))).fingerprint();
    }

    @Test
    void ids_are_accepted_in_upper_case_and_kept_lower_case() {
        Json payload = message().with("website_id", WEBSITE.toUpperCase()).with("session_id",
                "session_" + SESSION.substring(8).toUpperCase());
        var sent = conversation(CrispEventNames.MESSAGE_SEND, payload);
        assertEquals(WEBSITE, sent.website().value());
        assertEquals(SESSION, sent.session().value());
    }

    @Test
    void a_message_not_from_the_visitor_is_ignored() {
        assertEquals(new CrispEvent.Ignored(CrispEventNames.MESSAGE_SEND, "not_from_user"),
                reader.read(CrispEventNames.MESSAGE_SEND, message().with("from", "operator")));
    }

    @Test
    void a_message_keeps_its_trigger_when_the_name_is_unusable_and_counts_a_name_that_does_not_parse() {
        for (Object nickname : new Object[] {"line\nbreak", "x".repeat(101), "x".repeat(600), 42}) {
            var sent = (ConversationEvent.VisitorMessageSent) conversation(CrispEventNames.MESSAGE_SEND,
                    message().with("user", object().with("nickname", nickname)));
            assertNull(sent.nickname(), String.valueOf(nickname));
        }
        assertEquals(List.of("nickname", "nickname", "nickname", "nickname"), ignoredFields);
        for (Object absent : new Object[] {"", "   ", NULL}) {
            var sent = (ConversationEvent.VisitorMessageSent) conversation(CrispEventNames.MESSAGE_SEND,
                    message().with("user", object().with("nickname", absent)));
            assertNull(sent.nickname());
        }
        var withoutUser = (ConversationEvent.VisitorMessageSent) conversation(CrispEventNames.MESSAGE_SEND,
                message().with("user", NULL));
        assertNull(withoutUser.nickname());
        assertEquals(4, ignoredFields.size(), "a blank or missing name is absent, not a name that did not parse");
    }

    @Test
    void missing_wrong_typed_over_long_and_invalid_fields_are_dropped_with_their_reason() {
        assertEquals("missing_website_id", dropped(CrispEventNames.MESSAGE_SEND, object()));
        assertEquals("wrong_type_website_id", dropped(CrispEventNames.MESSAGE_SEND, message().with("website_id", 42)));
        assertEquals("invalid_website_id", dropped(CrispEventNames.MESSAGE_SEND, message().with("website_id", "acme")));
        assertEquals("too_long_website_id", dropped(CrispEventNames.MESSAGE_SEND,
                message().with("website_id", "a".repeat(600))));
        assertEquals("missing_session_id", dropped(CrispEventNames.SET_PHONE, message().with("session_id", NULL)));
        assertEquals("invalid_session_id", dropped(CrispEventNames.SET_PHONE, message().with("session_id", WEBSITE)));
        assertEquals("missing_from", dropped(CrispEventNames.MESSAGE_SEND, message().with("from", NULL)));
        assertEquals("missing_origin", dropped(CrispEventNames.MESSAGE_SEND, message().without("origin")));
        assertEquals("invalid_origin", dropped(CrispEventNames.MESSAGE_SEND, message().with("origin", "urn:whatsapp")));
        assertEquals("wrong_type_user", dropped(CrispEventNames.MESSAGE_SEND, message().with("user", "nobody")));
        assertEquals("missing_phone", dropped(CrispEventNames.SET_PHONE, session()));
        assertEquals("invalid_phone", dropped(CrispEventNames.SET_PHONE, session().with("phone", "call me maybe")));
        assertEquals("invalid_email", dropped(CrispEventNames.SET_EMAIL, session().with("email", "ana@")));
        assertEquals("invalid_nickname", dropped(CrispEventNames.SET_NICKNAME, session().with("nickname", "line\nbreak")));
        assertEquals("wrong_type_geolocation", dropped(CrispEventNames.SYNC_GEOLOCATION,
                session().with("geolocation", "PT")));
        assertEquals("invalid_geolocation", dropped(CrispEventNames.SYNC_GEOLOCATION,
                session().with("geolocation", object().with("region", "Lisboa"))));
        assertEquals("invalid_country", dropped(CrispEventNames.SYNC_GEOLOCATION,
                session().with("geolocation", object().with("country", "Portugal"))));
        assertEquals("invalid_people_id", dropped(CrispEventNames.PEOPLE_BIND_SESSION, session().with("people_id", "p1")));
        assertEquals("missing_bound", dropped(CrispEventNames.SUBSCRIPTION_UPDATED, object().with("website_id", WEBSITE)));
        assertEquals("wrong_type_bound", dropped(CrispEventNames.SUBSCRIPTION_UPDATED,
                object().with("website_id", WEBSITE).with("bound", "true")));
        assertEquals("wrong_type_settings", dropped(CrispEventNames.SETTINGS_SAVED,
                object().with("website_id", WEBSITE).with("settings", List.of())));
        assertEquals("missing_settings", dropped(CrispEventNames.SETTINGS_SAVED, object().with("website_id", WEBSITE)));
    }

    @Test
    void blank_text_reads_as_absent_on_every_field() {
        assertEquals("missing_website_id", dropped(CrispEventNames.MESSAGE_SEND, message().with("website_id", "")));
        assertEquals("missing_session_id", dropped(CrispEventNames.SET_PHONE, session().with("session_id", " ")));
        assertEquals("missing_nickname", dropped(CrispEventNames.SET_NICKNAME, session().with("nickname", " ")));
        assertEquals("missing_phone", dropped(CrispEventNames.SET_PHONE, session().with("phone", "\t")));
    }

    @Test
    void payloads_that_are_not_objects_or_too_big_are_dropped_before_any_field_is_read() {
        assertEquals(new CrispEvent.Dropped(CrispEventNames.MESSAGE_SEND, "no_payload"),
                reader.read(CrispEventNames.MESSAGE_SEND, null));
        assertEquals("no_payload", dropped(CrispEventNames.MESSAGE_SEND, NULL));
        assertEquals("not_an_object", dropped(CrispEventNames.MESSAGE_SEND, "text"));
        assertEquals("not_an_object", dropped(CrispEventNames.MESSAGE_SEND, List.of(message())));
        assertEquals("payload_too_large", dropped(CrispEventNames.MESSAGE_SEND,
                message().with("content", "x".repeat(70_000))));
        assertEquals("payload_too_large", dropped(CrispEventNames.MESSAGE_SEND,
                message().with("content", java.util.Collections.nCopies(10_000, "xxxxxxx"))));
        Json deep = message();
        Json inner = deep;
        for (int i = 0; i < 10; i++) {
            Json next = object();
            inner.with("nested", next);
            inner = next;
        }
        assertEquals("payload_too_deep", dropped(CrispEventNames.MESSAGE_SEND, deep));
    }

    @Test
    void an_event_the_reader_does_not_know_is_ignored_whatever_it_carries() {
        CrispEvent unknown = new CrispEvent.Ignored(CrispEventNames.OTHER, "unknown_event");
        assertEquals(unknown, reader.read("message:received", message()));
        assertEquals(unknown, reader.read(null, null));
        assertEquals(unknown, reader.readHook(object().with("event", "campaign:progress").with("data", "x")));
    }

    @Test
    void a_payload_the_json_library_cannot_walk_is_dropped_as_unreadable() {
        CrispEventReader<Object> broken = new CrispEventReader<>(new MapTree() {
            @Override
            public Object field(Object object, String name) {
                throw new IllegalStateException("broken tree");
            }
        }, EventLimits.DEFAULTS, ignoredFields::add);
        assertEquals(new CrispEvent.Dropped(CrispEventNames.SET_PHONE, "unreadable"),
                broken.read(CrispEventNames.SET_PHONE, session()));
    }

    @Test
    void geolocation_keeps_a_country_or_a_city_and_treats_blank_parts_as_absent() {
        var changed = (ConversationEvent.VisitorDetailsChanged) conversation(CrispEventNames.SYNC_GEOLOCATION,
                session().with("geolocation", object().with("country", " ").with("region", "Lisboa")
                        .with("city", "Lisbon").with("coordinates", NULL)));
        assertEquals(new Geolocation(null, "Lisbon"), changed.details().geolocation());
    }

    @Test
    void installations_follow_bound_and_settings_keep_the_keys_they_carry_read_tolerantly_over_what_is_known() {
        assertEquals(new CrispEvent.ForInstallation(CrispEventNames.SUBSCRIPTION_UPDATED,
                        new InstallationEvent.Uninstalled(new WebsiteId(WEBSITE))),
                reader.read(CrispEventNames.SUBSCRIPTION_UPDATED, object().with("website_id", WEBSITE)
                        .with("plugin_id", "p").with("bound", false).with("target", NULL)));
        var saved = (InstallationEvent.SettingsSaved) assertInstanceOf(CrispEvent.ForInstallation.class,
                reader.read(CrispEventNames.SETTINGS_SAVED, object().with("website_id", WEBSITE)
                        .with("settings", object().with("enabled", "maybe").with("segments", List.of("vip")))))
                .event();
        WebsiteSettings known = new WebsiteSettings(false, true, java.util.Set.of(), List.of(), false, true, ContactCare.DEFAULTS);
        WebsiteSettings applied = saved.change().applyTo(known);
        assertEquals(false, applied.enabled(), "an invalid key keeps its known value");
        assertEquals(1, applied.segments().size());
        assertEquals(false, applied.skipIfEmailExists(), "a key not carried keeps its known value");
        assertEquals(true, applied.geolocation());
    }

    @Test
    void a_web_hook_envelope_names_the_event_and_its_website_wins_over_the_payloads() {
        String other = "11111111-2222-4333-8444-555555555555";
        Json body = object().with("website_id", other).with("event", CrispEventNames.SET_PHONE)
                .with("data", object().with("session_id", SESSION).with("phone", "+351925923040"))
                .with("timestamp", 1_795_424_400_000L);
        var read = assertInstanceOf(CrispEvent.ForConversation.class, reader.readHook(body));
        assertEquals(CrispEventNames.SET_PHONE, read.label());
        assertEquals(other, read.event().website().value());

        var fromPayload = assertInstanceOf(CrispEvent.ForConversation.class, reader.readHook(object()
                .with("event", CrispEventNames.MESSAGE_SEND).with("data", message())));
        assertEquals(WEBSITE, fromPayload.event().website().value());
        assertEquals("163240180100", fromPayload.fingerprint());
    }

    @Test
    void a_web_hook_envelope_that_cannot_be_used_is_dropped_with_its_reason() {
        assertEquals(new CrispEvent.Dropped(CrispEventNames.OTHER, "not_an_object"), reader.readHook(List.of()));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.OTHER, "missing_event"), reader.readHook(object()));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.OTHER, "wrong_type_event"),
                reader.readHook(object().with("event", 7)));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.SET_PHONE, "missing_data"),
                reader.readHook(object().with("event", CrispEventNames.SET_PHONE)));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.SET_PHONE, "wrong_type_website_id"),
                reader.readHook(object().with("event", CrispEventNames.SET_PHONE).with("website_id", 3).with("data", session())));
        assertEquals(new CrispEvent.Dropped(CrispEventNames.OTHER, "payload_too_large"),
                reader.readHook(object().with("event", CrispEventNames.SET_PHONE).with("data", message()
                        .with("content", "x".repeat(70_000)))));
    }

    @Test
    void labels_are_supported_names_or_other() {
        for (String name : CrispEventNames.SUPPORTED) {
            assertEquals(name, CrispEventNames.label(name));
        }
        assertEquals(CrispEventNames.OTHER, CrispEventNames.label("message:received"));
        assertEquals(CrispEventNames.OTHER, CrispEventNames.label(null));
    }

    @Test
    void results_hold_only_labels_and_a_short_fingerprint() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CrispEvent.Dropped("campaign:progress", "unknown_event"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CrispEvent.Dropped(CrispEventNames.OTHER, "invalid_+351925923040"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CrispEvent.Ignored(CrispEventNames.OTHER, ""));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CrispEvent.ForInstallation(null, new InstallationEvent.Installed(new WebsiteId(WEBSITE))));
        ConversationEvent requested = new ConversationEvent.ConversationRequested(new WebsiteId(WEBSITE),
                new app.richcontact.domain.SessionId(SESSION));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CrispEvent.ForConversation(CrispEventNames.REQUEST_INITIATED, requested, " "));
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> new CrispEvent.ForConversation(CrispEventNames.REQUEST_INITIATED, null, null));
    }

    @Test
    void a_field_name_from_the_domain_becomes_a_safe_label_whatever_it_holds() {
        assertEquals("invalid_channel_alias", Rejection.invalid("Channel alias").reason());
    }

    @Test
    void limits_refuse_values_too_small_to_hold_an_event() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EventLimits(100, 8));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EventLimits(2_048, 2));
    }
}
