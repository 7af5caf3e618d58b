package app.richcontact.application;

import app.richcontact.domain.ContactCare;
import static app.richcontact.application.CoreFixture.AIRCALL;
import static app.richcontact.application.CoreFixture.EMAIL;
import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Crisp's reads may lag its writes (a cached HEAD, a search index behind): a contact created here
 * is not created again while the CRM does not show it, on another channel, at once or later.
 */
class StaleReadsCaptureTest {

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);

    @BeforeEach
    void crmReadsLag() {
        fixture.contacts.readsLag();
    }

    private void conversation(String origin, VisitorDetails visitor) {
        var session = newSession();
        fixture.crispKnows(session, origin, visitor);
        fixture.visitorMessage(session, origin);
    }

    /** Why no contact was made, for the captures that made none (skipped, or attached to an existing one). */
    private List<SkipReason> skips() {
        return fixture.outcomes.all().stream().<SkipReason>mapMulti((outcome, reasons) -> {
            if (outcome instanceof CaptureOutcome.Skipped skipped) {
                reasons.accept(skipped.reason());
            } else if (outcome instanceof CaptureOutcome.Attached attached) {
                reasons.accept(attached.reason());
            }
        }).toList();
    }

    @Test
    void the_same_phone_on_a_second_channel_seconds_later_makes_no_second_contact() {
        conversation(WHATSAPP, visitor(PHONE, null, null, null));
        fixture.windowCloses();
        conversation(AIRCALL, visitor(PhoneNumber.parse("00351925923040"), null, null, null));
        fixture.windowCloses();

        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(List.of(SkipReason.EXISTS_BY_PHONE), skips());
        CaptureOutcome.Attached second = (CaptureOutcome.Attached) fixture.outcomes.all().get(1);
        assertEquals(fixture.contacts.idOf(WEBSITE, PHONE.placeholderEmail(new app.richcontact.domain.Channel("whatsapp")))
                .orElseThrow(), second.contact(), "attached to the contact remembered, though the CRM does not show it yet");
    }

    @Test
    void the_same_phone_on_two_channels_at_once_makes_one_contact() {
        conversation(WHATSAPP, visitor(PHONE, null, null, null));
        conversation(AIRCALL, visitor(PHONE, null, null, null));
        fixture.windowCloses();

        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void the_same_phone_a_minute_later_costs_no_request_and_makes_no_contact() {
        conversation(WHATSAPP, visitor(PHONE, null, null, null));
        fixture.windowCloses();
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.calls.reset();

        conversation(AIRCALL, visitor(PHONE, null, null, null));
        fixture.windowCloses();

        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(0, fixture.calls.of("existsWithPhone") + fixture.calls.of("create"));
    }

    @Test
    void a_returning_visitor_with_the_email_it_was_created_with_is_not_created_again() {
        fixture.installed(new WebsiteSettings(true, true, java.util.Set.of(), List.of(), false, false, ContactCare.DEFAULTS));
        fixture.contacts.readsLag();
        conversation(WHATSAPP, visitor(null, EMAIL, null, null));
        fixture.windowCloses();
        conversation(WHATSAPP, visitor(null, EMAIL, null, null));
        fixture.windowCloses();

        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(List.of(SkipReason.EXISTS_BY_EMAIL), skips());
    }

    @Test
    void once_the_memory_has_expired_the_crm_is_asked_again() {
        conversation(WHATSAPP, visitor(PHONE, null, null, null));
        fixture.windowCloses();
        fixture.contacts.readsCatchUp();
        fixture.clock.advance(Duration.ofMinutes(11));
        fixture.calls.reset();

        conversation(AIRCALL, visitor(PHONE, null, null, null));
        fixture.windowCloses();

        assertEquals(1, fixture.calls.of("existsWithPhone"));
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }
}
