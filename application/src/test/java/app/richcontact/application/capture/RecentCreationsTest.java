package app.richcontact.application.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.fake.ManualClock;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentCreationsTest {

    private static final WebsiteId WEBSITE = new WebsiteId("0f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f");
    private static final WebsiteId OTHER = new WebsiteId("1f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f");
    private static final PhoneNumber PHONE = PhoneNumber.parse("+351925923040");

    private final ManualClock clock = new ManualClock();
    private final RecentCreations recent = new RecentCreations(clock);

    private static ContactId id() {
        return new ContactId(UUID.randomUUID().toString());
    }

    private Optional<RecentCreations.Match> match(WebsiteId website, PhoneNumber phone, EmailAddress email) {
        return recent.find(website, phone, email).map(RecentCreations.Remembered::match);
    }

    @Test
    void a_created_contact_is_found_by_its_phone_written_any_way_or_its_email_on_its_website_only() {
        ContactId contact = id();
        recent.created(WEBSITE, contact, PHONE, EmailAddress.parse("Jane@Example.com"), null);

        assertEquals(Optional.of(RecentCreations.Match.PHONE), match(WEBSITE, PhoneNumber.parse("00351 925 923 040"), null));
        assertEquals(Optional.of(RecentCreations.Match.EMAIL), match(WEBSITE, null, EmailAddress.parse("jane@example.com")));
        assertEquals(contact, recent.find(WEBSITE, PHONE, null).orElseThrow().contact());
        assertEquals(Optional.empty(), recent.find(OTHER, PHONE, null));
        assertEquals(Optional.empty(), recent.find(WEBSITE, PhoneNumber.parse("+351925923041"), null));
    }

    @Test
    void a_created_contact_is_found_by_the_other_written_form_of_its_phone_and_not_by_another_subscriber() {
        recent.created(WEBSITE, id(), PhoneNumber.parse("+55 11 98765-4321"), null, null);

        assertEquals(RecentCreations.Match.PHONE, recent.find(WEBSITE, PhoneNumber.parse("+55 11 8765-4321"), null).orElseThrow().match());
        assertEquals(Optional.empty(), recent.find(WEBSITE, PhoneNumber.parse("+55 11 8765-4322"), null));
    }

    @Test
    void a_match_by_the_other_written_form_tells_the_same_placeholder_email() {
        Channel whatsapp = new Channel("whatsapp");
        PhoneNumber withNine = PhoneNumber.parse("+55 11 98765-4321");
        recent.created(WEBSITE, id(), withNine, null, whatsapp);

        assertEquals(withNine.placeholderEmail(whatsapp),
                recent.find(WEBSITE, PhoneNumber.parse("+55 11 8765-4321"), null).orElseThrow().email());
    }

    @Test
    void a_match_tells_the_contacts_email_only_when_it_can_be_rebuilt_without_keeping_it() {
        Channel whatsapp = new Channel("whatsapp");
        EmailAddress real = EmailAddress.parse("jane@example.com");
        recent.created(WEBSITE, id(), PHONE, real, null);
        assertEquals(real, recent.find(WEBSITE, PHONE, real).orElseThrow().email());
        assertNull(recent.find(WEBSITE, PHONE, null).orElseThrow().email());

        PhoneNumber other = PhoneNumber.parse("+351925923041");
        recent.created(WEBSITE, id(), other, null, whatsapp);
        assertEquals(other.placeholderEmail(whatsapp), recent.find(WEBSITE, other, null).orElseThrow().email());
    }

    @Test
    void it_forgets_a_contact_after_the_time_it_covers() {
        recent.created(WEBSITE, id(), PHONE, null, null);
        clock.advance(RecentCreations.REMEMBER_FOR.minusSeconds(1));
        assertTrue(recent.find(WEBSITE, PHONE, null).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertFalse(recent.find(WEBSITE, PHONE, null).isPresent());
    }

    @Test
    void it_holds_at_most_its_capacity_dropping_the_oldest() {
        for (int i = 0; i <= RecentCreations.CAPACITY; i++) {
            recent.created(WEBSITE, id(), PhoneNumber.parse("+1415" + String.format("%07d", i)), null, null);
        }
        assertEquals(RecentCreations.CAPACITY, recent.size());
        assertFalse(recent.find(WEBSITE, PhoneNumber.parse("+14150000000"), null).isPresent());
        assertTrue(recent.find(WEBSITE, PhoneNumber.parse("+1415" + String.format("%07d", RecentCreations.CAPACITY)), null).isPresent());
    }

    @Test
    void it_keeps_no_phone_or_email_only_fingerprints_and_ids() throws Exception {
        recent.created(WEBSITE, id(), PHONE, EmailAddress.parse("jane@example.com"), new Channel("whatsapp"));
        Field entries = RecentCreations.class.getDeclaredField("entries");
        entries.setAccessible(true);
        String held = entries.get(recent).toString();
        assertFalse(held.contains("925923040") || held.contains("jane") || held.contains("•"), held);
    }
}
