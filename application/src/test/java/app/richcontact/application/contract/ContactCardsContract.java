package app.richcontact.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.CardChange;
import app.richcontact.application.port.out.CardUpdate;
import app.richcontact.application.port.out.ContactCard;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import app.richcontact.domain.WebsiteId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContactCards} must do, run against the in-memory fake and against the real
 * adapter talking to the sandbox. Each test works on a website of its own.
 */
public abstract class ContactCardsContract {

    private static final PhoneNumber PHONE = PhoneNumber.parse("+351925923040");
    private static final Segment WHATSAPP = new Segment("whatsapp");
    private static final Segment VIP = new Segment("vip");

    protected abstract ContactCards cards();

    /** A website that installed the plugin and has an empty CRM, new for each test. */
    protected abstract WebsiteId website();

    /** A profile made in the website's CRM, its reads caught up with the creation. */
    protected abstract ContactId givenProfile(WebsiteId website, NewContact contact);

    /** Lets the CRM's reads catch up with its writes (Crisp's cache may lag them). */
    protected void readsCatchUp() {
    }

    private static NewContact contact(String email, PhoneNumber phone, Geolocation where) {
        return new NewContact(EmailAddress.parse(email), phone, Nickname.parse("Jane Doe"), List.of(WHATSAPP, VIP), where);
    }

    @Test
    void an_unknown_email_or_id_has_no_card() {
        WebsiteId website = website();
        assertTrue(cards().byEmail(website, EmailAddress.parse("nobody@example.com")).isEmpty());
        assertTrue(cards().byId(website, new ContactId(UUID.randomUUID().toString())).isEmpty());
    }

    @Test
    void a_card_reads_the_profile_by_email_or_by_id() {
        WebsiteId website = website();
        ContactId id = givenProfile(website, contact("jane@example.com", PHONE, new Geolocation("PT", "Lisboa")));

        ContactCard card = cards().byEmail(website, EmailAddress.parse("Jane@Example.com")).orElseThrow();
        assertEquals(id, card.id());
        assertEquals(EmailAddress.parse("jane@example.com"), card.email());
        assertEquals(PHONE, card.phone());
        assertEquals(Nickname.parse("Jane Doe"), card.nickname());
        assertEquals(List.of(WHATSAPP, VIP), card.segments());
        assertTrue(card.segmentsExact());
        assertEquals(new Geolocation("PT", "Lisboa"), card.geolocation());
        assertEquals(card, cards().byId(website, id).orElseThrow());
    }

    @Test
    void an_update_sets_the_fields_it_gives_and_leaves_the_others() {
        WebsiteId website = website();
        ContactId id = givenProfile(website, contact("jane@example.com", null, null));

        assertEquals(CardUpdate.UPDATED, cards().update(website, id,
                new CardChange(null, PHONE, new Geolocation("PT", "Porto"), null)));
        readsCatchUp();

        ContactCard card = cards().byId(website, id).orElseThrow();
        assertEquals(PHONE, card.phone());
        assertEquals(new Geolocation("PT", "Porto"), card.geolocation());
        assertEquals(Nickname.parse("Jane Doe"), card.nickname());
        assertEquals(List.of(WHATSAPP, VIP), card.segments());
        assertEquals(EmailAddress.parse("jane@example.com"), card.email());
    }

    @Test
    void segments_given_whole_are_the_profile_s_segments_afterwards() {
        WebsiteId website = website();
        ContactId id = givenProfile(website, contact("jane@example.com", null, null));

        List<Segment> more = List.of(WHATSAPP, VIP, new Segment("superseded"));
        assertEquals(CardUpdate.UPDATED, cards().update(website, id, CardChange.segments(more)));
        readsCatchUp();

        assertEquals(more, cards().byId(website, id).orElseThrow().segments());
    }

    @Test
    void a_new_email_moves_the_profile_to_it() {
        WebsiteId website = website();
        ContactId id = givenProfile(website, contact("351925923040@whatsapp.nomail", PHONE, null));

        assertEquals(CardUpdate.UPDATED, cards().update(website, id, CardChange.email(EmailAddress.parse("jane@example.com"))));
        readsCatchUp();

        assertEquals(id, cards().byEmail(website, EmailAddress.parse("jane@example.com")).orElseThrow().id());
        assertTrue(cards().byEmail(website, EmailAddress.parse("351925923040@whatsapp.nomail")).isEmpty());
    }

    @Test
    void an_email_another_profile_holds_is_refused_as_taken_and_changes_nothing() {
        WebsiteId website = website();
        ContactId placeholder = givenProfile(website, contact("351925923040@whatsapp.nomail", PHONE, null));
        ContactId holder = givenProfile(website, contact("jane@example.com", null, null));

        assertEquals(CardUpdate.EMAIL_TAKEN, cards().update(website, placeholder,
                CardChange.email(EmailAddress.parse("JANE@example.com"))));
        readsCatchUp();

        assertEquals(holder, cards().byEmail(website, EmailAddress.parse("jane@example.com")).orElseThrow().id());
        assertEquals(EmailAddress.parse("351925923040@whatsapp.nomail"),
                cards().byId(website, placeholder).orElseThrow().email());
    }

    @Test
    void an_update_of_a_profile_that_is_gone_says_so() {
        assertEquals(CardUpdate.GONE, cards().update(website(), new ContactId(UUID.randomUUID().toString()),
                CardChange.segments(List.of(VIP))));
    }
}
