package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsDocumentTest {

    private static List<FieldError> errorsOf(Map<String, ?> document) {
        return assertThrows(InvalidSettingsException.class, () -> SettingsDocument.read(document)).errors();
    }

    @Test
    void an_empty_document_is_a_fresh_install_with_every_default() {
        WebsiteSettings settings = SettingsDocument.read(Map.of());
        assertEquals(WebsiteSettings.DEFAULTS, settings);
        assertTrue(settings.enabled());
        assertTrue(settings.allChannels());
        assertTrue(settings.skipIfEmailExists());
        assertFalse(settings.geolocation());
        assertEquals(List.of(), settings.segments());
    }

    @Test
    void a_full_document_reads_back_as_written() {
        WebsiteSettings settings = new WebsiteSettings(false, false,
                Set.of(new Channel("whatsapp")), List.of(new Segment("vip")), false, true,
                new ContactCare(false, true, false, true, true));
        assertEquals(settings, SettingsDocument.read(SettingsDocument.write(settings)));
        Map<String, Object> expected = new HashMap<>(Map.of("enabled", false, "all_channels", false,
                "channels", List.of("whatsapp"), "segments", List.of("vip"), "skip_if_email_exists", false,
                "geolocation", true));
        expected.putAll(Map.of("attach_conversation", false, "phoneless_senders", true,
                "upgrade_on_late_email", false, "unsubscribe_placeholders", true, "profile_event", true));
        assertEquals(expected, SettingsDocument.write(settings));
    }

    @Test
    void a_fresh_install_cares_for_contacts_in_every_way_but_the_profile_event() {
        ContactCare care = SettingsDocument.read(Map.of()).care();
        assertTrue(care.attachConversation());
        assertTrue(care.phonelessSenders());
        assertTrue(care.upgradeOnLateEmail());
        assertTrue(care.unsubscribePlaceholders());
        assertFalse(care.profileEvent());
    }

    @Test
    void a_contact_care_key_that_is_not_a_boolean_is_named_in_the_errors() {
        assertEquals(List.of(new FieldError("attach_conversation", "must be true or false"),
                        new FieldError("profile_event", "must be true or false")),
                errorsOf(Map.of("attach_conversation", "yes", "profile_event", 1)));
    }

    @Test
    void a_partial_change_of_contact_care_keeps_the_other_choices() {
        WebsiteSettings known = SettingsDocument.read(Map.of("profile_event", true));
        WebsiteSettings changed = SettingsDocument.readTolerantly(Map.of("attach_conversation", false), known);
        assertEquals(new ContactCare(false, true, true, true, true), changed.care());
    }

    @Test
    void null_values_take_defaults_and_unknown_keys_are_ignored() {
        Map<String, Object> document = new HashMap<>();
        document.put("enabled", null);
        document.put("theme", "dark");
        assertEquals(WebsiteSettings.DEFAULTS, SettingsDocument.read(document));
    }

    @Test
    void channels_and_segments_are_normalised_and_deduplicated() {
        WebsiteSettings settings = SettingsDocument.read(Map.of("all_channels", false,
                "channels", List.of("WhatsApp", "whatsapp", "telegram"), "segments", List.of("VIP", " vip ")));
        assertEquals(Set.of(new Channel("whatsapp"), new Channel("telegram")), settings.channels());
        assertEquals(List.of(new Segment("vip")), settings.segments());
        assertTrue(settings.monitors(new Channel("telegram")));
        assertFalse(settings.monitors(new Channel("instagram")));
    }

    @Test
    void each_invalid_field_is_named_once_with_a_message_for_the_user() {
        Map<String, Object> document = Map.of(
                "enabled", "yes",
                "all_channels", false,
                "channels", List.of("whatsapp", "Bad Channel!", "also bad"),
                "segments", Collections.nCopies(1, 42),
                "skip_if_email_exists", 1,
                "geolocation", List.of());
        List<FieldError> errors = errorsOf(document);
        assertEquals(List.of("channels", "segments", "enabled", "skip_if_email_exists", "geolocation")
                .stream().sorted().toList(), errors.stream().map(FieldError::field).sorted().toList());
        assertEquals(new FieldError("enabled", "must be true or false"),
                errors.stream().filter(e -> e.field().equals("enabled")).findFirst().orElseThrow());
        assertEquals(new FieldError("segments", "item 1 must be text"),
                errors.stream().filter(e -> e.field().equals("segments")).findFirst().orElseThrow());
    }

    @Test
    void at_most_twenty_distinct_segments_may_be_saved() {
        List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "s" + i).toList();
        assertEquals(20, SettingsDocument.read(Map.of("segments", twenty)).segments().size());
        List<String> twentyOne = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "s" + i).toList();
        assertEquals(List.of(new FieldError("segments", "must list at most 20")), errorsOf(Map.of("segments", twentyOne)));
    }

    @Test
    void choosing_specific_channels_needs_at_least_one() {
        assertEquals(List.of(new FieldError("channels", "choose at least one channel, or all channels")),
                errorsOf(Map.of("all_channels", false)));
    }

    @Test
    void a_segment_too_long_is_reported_with_its_position() {
        assertEquals(List.of(new FieldError("segments", "item 2 must be at most 64 characters")),
                errorsOf(Map.of("segments", List.of("ok", "x".repeat(65)))));
    }

    @Test
    void stored_settings_with_invalid_fields_fall_back_to_defaults_field_by_field() {
        WebsiteSettings settings = SettingsDocument.readTolerantly(Map.of(
                "enabled", false, "geolocation", "on", "segments", List.of("vip", 7)));
        assertFalse(settings.enabled());
        assertFalse(settings.geolocation());
        assertEquals(List.of(), settings.segments());
    }
}
