package app.richcontact.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.CardChange;
import app.richcontact.application.port.out.ContactCard;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a card lacks of another, and a segment added to a card, never losing what a card holds. */
class ContactCardTest {

    private static final PhoneNumber PHONE = PhoneNumber.parse("+351925923040");
    private static final Segment VIP = new Segment("vip");
    private static final Segment WHATSAPP = new Segment("whatsapp");

    private static ContactCard card(PhoneNumber phone, List<Segment> segments, boolean exact, Geolocation where) {
        return new ContactCard(new ContactId(UUID.randomUUID().toString()), EmailAddress.parse("jane@example.com"), phone,
                null, segments, exact, where);
    }

    @Test
    void a_card_lacks_the_phone_and_geolocation_it_has_none_of_and_the_union_of_segments() {
        ContactCard holder = card(null, List.of(VIP), true, null);
        ContactCard placeholder = card(PHONE, List.of(WHATSAPP), true, new Geolocation("PT", null));

        assertEquals(new CardChange(null, PHONE, new Geolocation("PT", null), List.of(VIP, WHATSAPP)),
                holder.missingFrom(placeholder));
    }

    @Test
    void a_card_that_has_it_all_lacks_nothing_and_keeps_its_own_values() {
        ContactCard holder = card(PhoneNumber.parse("+33612345678"), List.of(WHATSAPP, VIP), true, new Geolocation("FR", null));
        assertTrue(holder.missingFrom(card(PHONE, List.of(WHATSAPP), true, new Geolocation("PT", null))).isEmpty());
    }

    @Test
    void segments_that_were_not_read_back_exactly_are_never_written() {
        ContactCard inexact = card(null, List.of(VIP), false, null);
        assertNull(inexact.missingFrom(card(null, List.of(WHATSAPP), true, null)).segments());
        assertNull(inexact.segmentsWith(new Segment("superseded")));
        assertNull(card(null, List.of(VIP), true, null).segmentsWith(VIP), "already there");
        assertEquals(List.of(VIP, WHATSAPP), card(null, List.of(VIP), true, null).segmentsWith(WHATSAPP));
    }
}
