package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitorDetailsTest {

    private static final Channel WHATSAPP = new Channel("whatsapp");
    private static final PhoneNumber PHONE = PhoneNumber.parse("+351925923040");
    private static final EmailAddress EMAIL = EmailAddress.parse("jane@example.com");
    private static final Nickname JANE = Nickname.parse("Jane");
    private static final Geolocation LISBON = new Geolocation("pt", "Lisboa");
    private static final SessionId SESSION = new SessionId("session_0b9e1a52-5a3c-4c7e-9d1f-2a6b8c4d7e10");

    private static WebsiteSettings settings(List<Segment> segments, boolean geolocation) {
        return new WebsiteSettings(true, true, Set.of(), segments, true, geolocation, ContactCare.DEFAULTS);
    }

    @Test
    void newer_details_win_field_by_field_over_older_ones() {
        VisitorDetails older = new VisitorDetails(PHONE, null, Nickname.parse("Old"), LISBON);
        VisitorDetails newer = VisitorDetails.NONE.withNickname(JANE).withEmail(EMAIL);
        VisitorDetails merged = newer.over(older);
        assertEquals(new VisitorDetails(PHONE, EMAIL, JANE, LISBON), merged);
    }

    @Test
    void a_phone_only_visitor_gets_a_placeholder_email_and_the_channel_segment_first() {
        NewContact contact = VisitorDetails.NONE.withPhone(PHONE).withNickname(JANE)
                .toNewContact(WHATSAPP, settings(List.of(new Segment("vip"), new Segment("WhatsApp")), false), SESSION)
                .orElseThrow();
        assertEquals("351925923040@whatsapp.nomail", contact.email().revealForCrm());
        assertEquals(List.of(new Segment("whatsapp"), new Segment("vip")), contact.segments());
        assertEquals(PHONE, contact.phone());
        assertEquals(JANE, contact.nickname());
    }

    @Test
    void a_real_email_keys_the_contact_instead_of_the_placeholder() {
        NewContact contact = new VisitorDetails(PHONE, EMAIL, null, null)
                .toNewContact(WHATSAPP, WebsiteSettings.DEFAULTS, SESSION).orElseThrow();
        assertEquals(EMAIL, contact.email());
    }

    @Test
    void a_placeholder_email_from_the_session_is_not_a_real_email() {
        VisitorDetails details = VisitorDetails.NONE.withEmail(PHONE.placeholderEmail(WHATSAPP));
        assertEquals(Optional.empty(), details.realEmail());
    }

    @Test
    void geolocation_is_added_only_when_the_website_enabled_it() {
        VisitorDetails details = new VisitorDetails(PHONE, null, null, LISBON);
        assertNull(details.toNewContact(WHATSAPP, settings(List.of(), false), SESSION).orElseThrow().geolocation());
        assertEquals(new Geolocation("PT", "Lisboa"),
                details.toNewContact(WHATSAPP, settings(List.of(), true), SESSION).orElseThrow().geolocation());
    }

    @Test
    void without_phone_or_email_there_is_no_contact_to_create_when_phoneless_senders_are_off() {
        WebsiteSettings off = new WebsiteSettings(true, true, Set.of(), List.of(), true, false,
                new ContactCare(true, false, true, true, false));
        assertTrue(VisitorDetails.NONE.withNickname(JANE).toNewContact(WHATSAPP, off, SESSION).isEmpty());
    }

    @Test
    void a_phoneless_sender_gets_a_placeholder_from_the_session_that_no_phone_placeholder_can_equal() {
        NewContact contact = VisitorDetails.NONE.withNickname(JANE)
                .toNewContact(new Channel("instagram"), WebsiteSettings.DEFAULTS, SESSION).orElseThrow();
        assertEquals("session-0b9e1a52-5a3c-4c7e-9d1f-2a6b8c4d7e10@instagram.nomail", contact.email().revealForCrm());
        assertTrue(contact.email().isPlaceholder());
        assertNull(contact.phone());
        assertEquals(JANE, contact.nickname());
        assertEquals(List.of(new Segment("instagram")), contact.segments());
        String local = contact.email().revealForCrm().substring(0, contact.email().revealForCrm().indexOf('@'));
        assertTrue(local.chars().anyMatch(c -> !Character.isDigit(c)));
    }

    @Test
    void a_phoneless_senders_placeholder_is_masked_like_any_email() {
        assertEquals("s•••@telegram.nomail", SESSION.placeholderEmail(new Channel("telegram")).toString());
    }

    @Test
    void a_geolocation_needs_a_two_letter_country_or_a_city() {
        assertThrows(InvalidValueException.class, () -> new Geolocation(null, null));
        assertEquals("country", assertThrows(InvalidValueException.class, () -> new Geolocation("PRT", null)).field());
        assertEquals("city", assertThrows(InvalidValueException.class, () -> new Geolocation(null, "a\nb")).field());
        assertEquals("Porto", new Geolocation(null, " Porto ").city());
    }

    @Test
    void a_segment_is_trimmed_and_lower_cased_and_at_most_64_characters() {
        assertEquals("vip clients", new Segment("  VIP Clients ").value());
        assertThrows(InvalidValueException.class, () -> new Segment(" "));
        assertThrows(InvalidValueException.class, () -> new Segment("x".repeat(65)));
        assertThrows(InvalidValueException.class, () -> new Segment("a\tb"));
        assertEquals(64, new Segment("\uD83D\uDE00".repeat(64)).value().codePointCount(0, 128), "an emoji is one character");
        assertThrows(InvalidValueException.class, () -> new Segment("\uD83D\uDE00".repeat(65)));
        assertThrows(InvalidValueException.class, () -> new Segment("\u0130".repeat(64)),
                "the limit applies to the lower-cased value, which is longer");
    }
}
