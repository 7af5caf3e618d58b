package app.richcontact.application;

import static app.richcontact.application.CoreFixture.EMAIL;
import static app.richcontact.application.CoreFixture.JANE;
import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactCare;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a capture does once it has a contact: attach, unsubscribe, the event; and phone-less senders. */
class CaptureFollowUpsTest {

    private static final String INSTAGRAM = "urn:crisp.im:instagram:0";
    private static final ContactCare EVERYTHING = new ContactCare(true, true, true, true, true);
    private static final ContactCare NOTHING = new ContactCare(false, false, false, false, false);

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);

    private static WebsiteSettings caring(ContactCare care) {
        return new WebsiteSettings(true, true, Set.of(), List.of(), true, false, care);
    }

    private static OutboundFailure unavailable() {
        return new OutboundFailure(FailureCause.UNAVAILABLE, "crisp answered 503");
    }

    private SessionId phoneOnly() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, JANE, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        return session;
    }

    private SessionId phoneless() {
        SessionId session = newSession();
        fixture.crispKnows(session, INSTAGRAM, visitor(null, null, JANE, null));
        fixture.visitorMessage(session, INSTAGRAM);
        fixture.windowCloses();
        return session;
    }

    private static EmailAddress placeholderOf(SessionId session) {
        return session.placeholderEmail(new Channel("instagram"));
    }

    @Test
    void a_phoneless_sender_gets_an_attached_unsubscribed_contact_keyed_on_its_session_for_five_requests() {
        SessionId session = phoneless();

        CaptureOutcome.Created created = assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        NewContact contact = fixture.contacts.contactsOf(WEBSITE).get(0);
        assertEquals(placeholderOf(session), contact.email());
        assertEquals(JANE, contact.nickname());
        assertEquals(List.of(new Segment("instagram")), contact.segments());
        assertEquals(placeholderOf(session), fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow());
        assertTrue(fixture.contacts.unsubscribed(created.contact()));
        assertEquals("{attach=1, create=1, existsWithEmail=1, snapshot=1, unsubscribeFromEmail=1}", fixture.calls.toString(),
                "one lookup by the placeholder finds a contact made before a restart");
    }

    @Test
    void a_phoneless_sender_whose_session_got_a_contact_before_a_restart_gets_no_second_one() {
        SessionId session = newSession();
        ContactId before = fixture.contacts.preload(WEBSITE, new NewContact(placeholderOf(session), null, JANE,
                List.of(new Segment("instagram")), null));
        fixture.crispKnows(session, INSTAGRAM, visitor(null, null, JANE, null));
        fixture.visitorMessage(session, INSTAGRAM);
        fixture.windowCloses();

        CaptureOutcome.Attached attached = assertInstanceOf(CaptureOutcome.Attached.class, fixture.onlyOutcome());
        assertEquals(new CaptureOutcome.Attached(WEBSITE, session, new Channel("instagram"), before, SkipReason.EXISTS_BY_EMAIL),
                attached);
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(0, fixture.calls.of("unsubscribeFromEmail"), "only a contact created here is followed up");
    }

    @Test
    void a_later_capture_of_a_conversation_that_got_its_contact_ends_as_linked_for_no_request() {
        SessionId session = phoneless();
        fixture.clock.advance(fixture.config.memory().handledFor().plusSeconds(1));
        fixture.calls.reset();
        fixture.outcomes.clear();

        fixture.visitorMessage(session, INSTAGRAM);
        fixture.windowCloses();

        CaptureOutcome.Skipped skipped = assertInstanceOf(CaptureOutcome.Skipped.class, fixture.onlyOutcome());
        assertEquals(SkipReason.ALREADY_LINKED, skipped.reason());
        assertEquals(0, fixture.calls.total());
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void without_any_care_a_new_phone_contact_costs_three_requests_as_before() {
        fixture.installed(caring(NOTHING));
        SessionId session = phoneOnly();
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(3, fixture.calls.total(), fixture.calls.toString());
        assertTrue(fixture.conversations.attachedEmail(WEBSITE, session).isEmpty());
    }

    @Test
    void a_found_contact_is_not_attached_when_the_website_turned_attaching_off() {
        fixture.installed(caring(new ContactCare(false, true, true, true, true)));
        fixture.contacts.preload(WEBSITE, new NewContact(EMAIL, PHONE, null, List.of(new Segment("lead")), null));
        phoneOnly();
        CaptureOutcome.Skipped skipped = assertInstanceOf(CaptureOutcome.Skipped.class, fixture.onlyOutcome());
        assertEquals(SkipReason.EXISTS_BY_PHONE, skipped.reason());
        assertEquals(0, fixture.calls.of("attach") + fixture.calls.of("addCreationEvent"));
    }

    @Test
    void with_the_event_on_a_created_contact_gets_one_event_naming_its_channel_and_a_found_one_none() {
        fixture.installed(caring(EVERYTHING));
        phoneOnly();
        CaptureOutcome.Created created = assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(List.of(Map.entry(created.contact(), new Channel("whatsapp"))), fixture.contacts.events());

        fixture.outcomes.clear();
        fixture.contacts.readsCatchUp();
        fixture.clock.advance(Duration.ofMinutes(11));
        phoneOnly();
        assertInstanceOf(CaptureOutcome.Attached.class, fixture.onlyOutcome());
        assertEquals(1, fixture.contacts.events().size());
    }

    @Test
    void a_failed_attach_is_retried_without_creating_the_contact_again() {
        fixture.conversations.attachFailures().failNext(unavailable());
        SessionId session = phoneOnly();
        assertEquals(List.of(), fixture.outcomes.all());
        assertEquals(1, fixture.core.readCaptureGauges().gauges().deferred());

        fixture.scheduler.advance(Duration.ofHours(1));

        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(1, fixture.calls.of("create"));
        assertEquals(1, fixture.calls.of("snapshot"));
        assertEquals(1, fixture.calls.of("existsWithPhone"), "the retry looks nothing up again");
        assertEquals(2, fixture.calls.of("attach"));
        assertEquals(1, fixture.calls.of("unsubscribeFromEmail"));
        assertEquals(PHONE.placeholderEmail(new Channel("whatsapp")),
                fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow());
    }

    @Test
    void a_retry_owed_follow_ups_completes_them_though_the_website_switched_rich_contact_off_meanwhile() {
        fixture.conversations.attachFailures().failNext(unavailable());
        phoneOnly();
        fixture.installed(new WebsiteSettings(false, true, Set.of(), List.of(), true, false, ContactCare.DEFAULTS));
        fixture.scheduler.advance(Duration.ofHours(1));
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome(), "the contact exists: it is reported");
        // Counted since the settings changed (installing resets the counts): the retry's attach and unsubscription.
        assertEquals(1, fixture.calls.of("attach"));
        assertEquals(1, fixture.calls.of("unsubscribeFromEmail"));
        assertEquals(0, fixture.calls.of("create"));
    }

    @Test
    void a_failed_event_is_retried_without_repeating_the_follow_ups_already_done() {
        fixture.installed(caring(EVERYTHING));
        fixture.contacts.unsubscribeFailures().failNext(new OutboundFailure(FailureCause.QUOTA_EXHAUSTED,
                "our budget leaves nothing for follow-ups", Duration.ofMinutes(5), null));
        fixture.contacts.eventFailures().failNext(unavailable());
        phoneOnly();
        assertEquals(List.of(), fixture.outcomes.all(), "the unsubscription waits for quota");

        fixture.scheduler.advance(Duration.ofHours(1));

        CaptureOutcome.Created created = assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(1, fixture.calls.of("create"));
        assertEquals(1, fixture.calls.of("attach"));
        assertEquals(2, fixture.calls.of("unsubscribeFromEmail"));
        assertEquals(2, fixture.calls.of("addCreationEvent"));
        assertEquals(List.of(Map.entry(created.contact(), new Channel("whatsapp"))), fixture.contacts.events());
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void follow_ups_that_never_succeed_end_as_failed_with_the_contact_made_once_and_not_made_again() {
        int attempts = fixture.config.retries().max() + 1;
        for (int i = 0; i < attempts; i++) {
            fixture.contacts.unsubscribeFailures().failNext(unavailable());
        }
        SessionId session = phoneOnly();
        fixture.scheduler.advance(Duration.ofHours(3));
        assertInstanceOf(CaptureOutcome.Failed.class, fixture.onlyOutcome());
        assertEquals(1, fixture.calls.of("create"));
        assertEquals(1, fixture.calls.of("attach"));

        fixture.outcomes.clear();
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertEquals(SkipReason.ALREADY_LINKED, ((CaptureOutcome.Skipped) fixture.onlyOutcome()).reason());
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void a_real_email_contact_is_attached_but_stays_subscribed() {
        fixture.installed(new WebsiteSettings(true, true, Set.of(), List.of(), false, false, ContactCare.DEFAULTS));
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, EMAIL, null, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        CaptureOutcome.Created created = assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(EMAIL, fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow());
        assertFalse(fixture.contacts.unsubscribed(created.contact()));
    }
}
