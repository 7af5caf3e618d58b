package app.richcontact.application.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.FoundContact;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import app.richcontact.domain.WebsiteId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContactDirectory} must do, run against the in-memory fake and against the
 * real adapter talking to the sandbox. Each test works on a website of its own.
 */
public abstract class ContactDirectoryContract {

    private static final Channel WHATSAPP = new Channel("whatsapp");

    /** The directory under test. */
    protected abstract ContactDirectory directory();

    /** A website that installed the plugin and has an empty CRM, new for each test. */
    protected abstract WebsiteId website();

    /**
     * Lets the CRM's reads catch up with its writes: Crisp's cache and search index may lag them
     * (the contact directory does not hide that; the capture's memory of its creations does).
     */
    protected void readsCatchUp() {
    }

    private static NewContact contact(String email, String phone) {
        return new NewContact(EmailAddress.parse(email), phone == null ? null : PhoneNumber.parse(phone),
                Nickname.parse("Jane Doe"), List.of(new Segment("whatsapp"), new Segment("vip")),
                new Geolocation("PT", "Lisboa"));
    }

    @Test
    void an_unknown_email_or_phone_is_not_found() {
        WebsiteId website = website();
        assertTrue(directory().existsWithEmail(website, EmailAddress.parse("nobody@example.com")).isEmpty());
        assertTrue(directory().existsWithPhone(website, PhoneNumber.parse("+14155550100")).isEmpty());
    }

    @Test
    void a_created_contact_is_found_by_its_email_ignoring_case() {
        WebsiteId website = website();
        created(directory().create(website, contact("Jane.Doe@Example.com", "+351925923040")));
        readsCatchUp();
        assertTrue(directory().existsWithEmail(website, EmailAddress.parse("jane.doe@example.COM")).isPresent());
    }

    @Test
    void a_created_contact_is_found_by_its_phone_written_any_way() {
        WebsiteId website = website();
        created(directory().create(website, contact("jane@example.com", "+351 925 923 040")));
        readsCatchUp();
        assertTrue(directory().existsWithPhone(website, PhoneNumber.parse("00351925923040")).isPresent());
    }

    @Test
    void a_contact_is_found_by_either_written_form_of_its_subscribers_phone_and_another_subscriber_is_not() {
        WebsiteId website = website();
        created(directory().create(website, contact("without@example.com", "+55 11 8765-4321")));
        created(directory().create(website, contact("with@example.com", "+54 9 11 2345-6789")));
        readsCatchUp();
        assertEquals("without@example.com", directory().existsWithPhone(website, PhoneNumber.parse("+55 11 98765-4321"))
                .orElseThrow().email().revealForCrm());
        assertEquals("with@example.com", directory().existsWithPhone(website, PhoneNumber.parse("+54 11 2345-6789"))
                .orElseThrow().email().revealForCrm());
        assertTrue(directory().existsWithPhone(website, PhoneNumber.parse("+55 11 98765-4322")).isEmpty());
        assertTrue(directory().existsWithPhone(website, PhoneNumber.parse("+55 21 98765-4321")).isEmpty());
    }

    @Test
    void a_phone_that_only_resembles_a_stored_one_is_not_found() {
        WebsiteId website = website();
        created(directory().create(website, contact("jane@example.com", "+351925923040")));
        readsCatchUp();
        assertTrue(directory().existsWithPhone(website, PhoneNumber.parse("+35192592304")).isEmpty());
        assertTrue(directory().existsWithPhone(website, PhoneNumber.parse("+3519259230401")).isEmpty());
        assertTrue(directory().existsWithPhone(website, PhoneNumber.parse("+925923040")).isEmpty());
    }

    @Test
    void a_placeholder_contact_is_found_by_phone_and_by_its_placeholder_email() {
        WebsiteId website = website();
        PhoneNumber phone = PhoneNumber.parse("+447700900123");
        NewContact placeholder = new NewContact(phone.placeholderEmail(WHATSAPP), phone, null,
                List.of(Segment.of(WHATSAPP)), null);
        created(directory().create(website, placeholder));
        readsCatchUp();
        assertTrue(directory().existsWithPhone(website, phone).isPresent());
        assertTrue(directory().existsWithEmail(website, phone.placeholderEmail(WHATSAPP)).isPresent());
    }

    @Test
    void creating_a_contact_whose_email_exists_reports_that_it_already_exists() {
        WebsiteId website = website();
        created(directory().create(website, contact("jane@example.com", "+351925923040")));
        assertInstanceOf(ContactCreation.AlreadyExists.class,
                directory().create(website, contact("JANE@example.com", "+14155550100")));
    }

    @Test
    void emails_with_plus_signs_and_other_awkward_characters_are_found() {
        WebsiteId website = website();
        for (String email : List.of("o'brien+crm@example.ie", "a&b=c@example.org", "x%y#z@example.com", "u/v?w@example.net")) {
            created(directory().create(website, contact(email, null)));
            readsCatchUp();
            assertTrue(directory().existsWithEmail(website, EmailAddress.parse(email)).isPresent(), email);
        }
    }

    @Test
    void contacts_of_one_website_are_invisible_to_another() {
        WebsiteId first = website();
        WebsiteId second = website();
        created(directory().create(first, contact("jane@example.com", "+351925923040")));
        readsCatchUp();
        assertTrue(directory().existsWithEmail(second, EmailAddress.parse("jane@example.com")).isEmpty());
        assertTrue(directory().existsWithPhone(second, PhoneNumber.parse("+351925923040")).isEmpty());
        assertTrue(directory().create(second, contact("jane@example.com", null)) instanceof ContactCreation.Created);
    }

    @Test
    void a_contact_found_by_email_or_by_phone_tells_its_id_and_its_email() {
        WebsiteId website = website();
        ContactId id = created(directory().create(website, contact("jane@example.com", "+351925923040")));
        readsCatchUp();
        FoundContact byEmail = directory().existsWithEmail(website, EmailAddress.parse("Jane@example.com")).orElseThrow();
        FoundContact byPhone = directory().existsWithPhone(website, PhoneNumber.parse("+351925923040")).orElseThrow();
        assertEquals(id, byEmail.id());
        assertEquals(EmailAddress.parse("jane@example.com"), byEmail.email());
        assertEquals(new FoundContact(id, EmailAddress.parse("jane@example.com")), byPhone);
    }

    @Test
    void a_created_contact_can_be_unsubscribed_from_email_and_given_a_creation_event() {
        WebsiteId website = website();
        PhoneNumber phone = PhoneNumber.parse("+447700900124");
        ContactId id = created(directory().create(website, new NewContact(phone.placeholderEmail(WHATSAPP), phone,
                null, List.of(Segment.of(WHATSAPP)), null)));
        assertDoesNotThrow(() -> directory().unsubscribeFromEmail(website, id));
        assertDoesNotThrow(() -> directory().addCreationEvent(website, id, WHATSAPP));
    }

    private static ContactId created(ContactCreation creation) {
        return assertInstanceOf(ContactCreation.Created.class, creation).contact();
    }
}
