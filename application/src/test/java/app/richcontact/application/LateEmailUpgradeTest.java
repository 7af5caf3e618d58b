package app.richcontact.application;

import static app.richcontact.application.CoreFixture.EMAIL;
import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.ContactCard;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.application.port.out.UpgradeOutcome;
import app.richcontact.domain.ContactCare;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A real email given after the capture made a placeholder contact upgrades that contact: it takes
 * the email when no profile holds it, else the profile holding it gets what it lacks and the
 * placeholder is marked superseded; each path in few requests, and right under retries.
 */
class LateEmailUpgradeTest {

    /** Past the upgrade's settling delay (10 s), before the first retry (15 s later). */
    private static final Duration SETTLED = Duration.ofSeconds(11);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    private static final Geolocation LISBON = new Geolocation("PT", "Lisbon");
    private static final Segment WHATSAPP_SEGMENT = new Segment("whatsapp");
    private static final Segment VIP = new Segment("vip");
    private static final Segment SUPERSEDED = new Segment("superseded");

    private final WebsiteSettings settings = new WebsiteSettings(true, true, Set.of(), List.of(VIP), true, true,
            ContactCare.DEFAULTS);
    private final CoreFixture fixture = new CoreFixture().installed(settings);

    /** A phone-only WhatsApp visitor whose capture made a placeholder contact; calls counted from here. */
    private SessionId capturedWithPlaceholder() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, LISBON));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        fixture.calls.reset();
        return session;
    }

    private ContactId placeholderId() {
        return ((CaptureOutcome.Created) fixture.onlyOutcome()).contact();
    }

    private void lateEmail(SessionId session, EmailAddress email) {
        fixture.details(session, VisitorDetails.NONE.withEmail(email));
    }

    private ContactCard card(ContactId id) {
        return fixture.cards.peek(WEBSITE, id).orElseThrow();
    }

    private ContactId someoneHolds(EmailAddress email) {
        return fixture.contacts.preload(WEBSITE, new NewContact(email, null, null, List.of(new Segment("customers")),
                null));
    }

    private UpgradeOutcome onlyUpgrade() {
        assertEquals(1, fixture.upgrades.size(), fixture.upgrades.toString());
        return fixture.upgrades.get(0);
    }

    @Test
    void a_late_email_no_profile_holds_is_taken_by_the_placeholder_contact_and_the_conversation_is_attached() {
        SessionId session = capturedWithPlaceholder();
        lateEmail(session, EMAIL);
        assertEquals(0, fixture.calls.total(), "nothing is asked before the email had time to settle in Crisp");
        fixture.scheduler.advance(SETTLED);

        assertEquals(new UpgradeOutcome.EmailMoved(WEBSITE, session, placeholderId()), onlyUpgrade());
        assertEquals(EMAIL, card(placeholderId()).email());
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size(), "no second contact");
        assertEquals(EMAIL, fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow());
        assertEquals(3, fixture.calls.total(), fixture.calls.toString());
        assertEquals(1, fixture.calls.of("cardByEmail"));
        assertEquals(1, fixture.calls.of("updateCard"));
        assertEquals(1, fixture.calls.of("attach"));
    }

    @Test
    void a_late_email_another_profile_holds_gets_the_conversation_and_what_it_lacks_and_the_placeholder_is_marked() {
        SessionId session = capturedWithPlaceholder();
        ContactId holder = someoneHolds(EMAIL);
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);

        assertEquals(new UpgradeOutcome.Superseded(WEBSITE, session, placeholderId(), holder), onlyUpgrade());
        ContactCard kept = card(holder);
        assertEquals(PHONE, kept.phone());
        assertEquals(LISBON, kept.geolocation());
        assertEquals(List.of(new Segment("customers"), WHATSAPP_SEGMENT, VIP), kept.segments());
        ContactCard placeholder = card(placeholderId());
        assertTrue(placeholder.email().isPlaceholder(), "the placeholder keeps its email: nothing is deleted");
        assertEquals(List.of(WHATSAPP_SEGMENT, VIP, SUPERSEDED), placeholder.segments());
        assertEquals(PHONE, placeholder.phone(), "nothing is taken away from it either");
        assertEquals(2, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(EMAIL, fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow());
        assertEquals(5, fixture.calls.total(), fixture.calls.toString());
    }

    @Test
    void a_holder_that_lacks_nothing_is_not_written_to() {
        SessionId session = capturedWithPlaceholder();
        ContactId holder = fixture.contacts.preload(WEBSITE, new NewContact(EMAIL, PhoneNumber.parse("+33 6 12 34 56 78"),
                null, List.of(WHATSAPP_SEGMENT, VIP), new Geolocation("FR", "Paris")));
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);

        assertEquals(new UpgradeOutcome.Superseded(WEBSITE, session, placeholderId(), holder), onlyUpgrade());
        assertEquals(PhoneNumber.parse("+33 6 12 34 56 78"), card(holder).phone(), "its own phone is kept");
        assertEquals(new Geolocation("FR", "Paris"), card(holder).geolocation());
        assertEquals(1, fixture.calls.of("updateCard"), "only the placeholder's mark: " + fixture.calls);
        assertEquals(4, fixture.calls.total(), fixture.calls.toString());
    }

    @Test
    void a_second_late_email_does_nothing() {
        SessionId session = capturedWithPlaceholder();
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);
        fixture.calls.reset();

        lateEmail(session, EmailAddress.parse("other@example.org"));
        fixture.scheduler.advance(Duration.ofMinutes(5));

        assertEquals(0, fixture.calls.total(), fixture.calls.toString());
        assertEquals(EMAIL, card(placeholderId()).email());
        assertEquals(1, fixture.upgrades.size());
    }

    @Test
    void the_same_email_reported_twice_at_once_upgrades_once() {
        SessionId session = capturedWithPlaceholder();
        lateEmail(session, EMAIL);
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);

        assertInstanceOf(UpgradeOutcome.EmailMoved.class, onlyUpgrade());
        assertEquals(1, fixture.calls.of("cardByEmail"));
    }

    @Test
    void a_placeholder_email_an_unknown_session_or_the_setting_off_cost_nothing() {
        SessionId session = capturedWithPlaceholder();
        lateEmail(session, PHONE.placeholderEmail(new app.richcontact.domain.Channel("whatsapp")));
        lateEmail(newSession(), EMAIL);
        fixture.scheduler.advance(Duration.ofMinutes(1));
        assertEquals(0, fixture.calls.total(), fixture.calls.toString());

        fixture.installed(new WebsiteSettings(true, true, Set.of(), List.of(VIP), true, true,
                new ContactCare(true, true, false, true, false)));
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(Duration.ofMinutes(1));

        assertEquals(0, fixture.calls.total(), fixture.calls.toString());
        assertTrue(fixture.upgrades.isEmpty());
        assertTrue(card(placeholderId()).email().isPlaceholder());
    }

    @Test
    void a_contact_made_with_a_real_email_is_not_upgraded() {
        CoreFixture keepEmails = new CoreFixture().installed(new WebsiteSettings(true, true, Set.of(), List.of(), false,
                false, ContactCare.DEFAULTS));
        SessionId session = newSession();
        keepEmails.crispKnows(session, WHATSAPP, visitor(PHONE, EMAIL, null, null));
        keepEmails.visitorMessage(session, WHATSAPP);
        keepEmails.windowCloses();
        keepEmails.calls.reset();

        keepEmails.details(session, VisitorDetails.NONE.withEmail(EmailAddress.parse("other@example.org")));
        keepEmails.scheduler.advance(Duration.ofMinutes(1));

        assertEquals(0, keepEmails.calls.total(), keepEmails.calls.toString());
        assertTrue(keepEmails.upgrades.isEmpty());
    }

    @Test
    void a_quota_refusal_is_retried_on_the_capture_schedule_and_the_upgrade_finishes() {
        SessionId session = capturedWithPlaceholder();
        fixture.cards.failures().failNext(new OutboundFailure(FailureCause.QUOTA_EXHAUSTED, "daily quota spent"));
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);
        assertTrue(fixture.upgrades.isEmpty(), "waiting to retry");

        fixture.scheduler.advance(FIRST_RETRY);

        assertInstanceOf(UpgradeOutcome.EmailMoved.class, onlyUpgrade());
        assertEquals(EMAIL, card(placeholderId()).email());
        assertEquals(2, fixture.calls.of("cardByEmail"), "the refused read, then the path once: " + fixture.calls);
        assertEquals(1, fixture.calls.of("updateCard"));
    }

    @Test
    void an_outage_after_the_placeholder_took_the_email_only_attaches_on_the_retry() {
        SessionId session = capturedWithPlaceholder();
        fixture.conversations.attachFailures().failNext(new OutboundFailure(FailureCause.UNAVAILABLE, "crisp answered 503"));
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);
        assertEquals(EMAIL, card(placeholderId()).email());
        assertTrue(fixture.upgrades.isEmpty());

        fixture.scheduler.advance(FIRST_RETRY);

        assertEquals(new UpgradeOutcome.EmailMoved(WEBSITE, session, placeholderId()), onlyUpgrade());
        assertEquals(1, fixture.calls.of("updateCard"), "the email is not given twice: " + fixture.calls);
        assertEquals(2, fixture.calls.of("attach"));
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void an_outage_half_way_through_superseding_completes_on_the_retry_without_writing_anything_twice() {
        SessionId session = capturedWithPlaceholder();
        ContactId holder = someoneHolds(EMAIL);
        // Both reads and the holder's update pass; the placeholder's mark meets an outage.
        fixture.cards.failures().passThenFail(3, new OutboundFailure(FailureCause.UNAVAILABLE, "crisp answered 503"));
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);
        assertTrue(fixture.upgrades.isEmpty());
        assertEquals(PHONE, card(holder).phone(), "the holder was completed before the outage");

        fixture.scheduler.advance(FIRST_RETRY);

        assertEquals(new UpgradeOutcome.Superseded(WEBSITE, session, placeholderId(), holder), onlyUpgrade());
        assertEquals(List.of(WHATSAPP_SEGMENT, VIP, SUPERSEDED), card(placeholderId()).segments());
        assertEquals(List.of(new Segment("customers"), WHATSAPP_SEGMENT, VIP), card(holder).segments());
        assertEquals(3, fixture.calls.of("updateCard"), "the holder once, the mark twice: " + fixture.calls);
    }

    @Test
    void an_email_refused_as_taken_by_a_profile_the_read_did_not_show_yet_supersedes_on_the_retry() {
        SessionId session = capturedWithPlaceholder();
        fixture.contacts.readsLag();
        fixture.contacts.create(WEBSITE, new NewContact(EMAIL, null, null, List.of(new Segment("customers")), null));
        fixture.calls.reset();
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);
        assertTrue(fixture.upgrades.isEmpty(), "refused as taken, not seen yet: waiting to look again");
        assertTrue(card(placeholderId()).email().isPlaceholder());

        fixture.contacts.readsCatchUp();
        fixture.scheduler.advance(FIRST_RETRY);

        assertInstanceOf(UpgradeOutcome.Superseded.class, onlyUpgrade());
        assertEquals(2, fixture.contacts.contactsOf(WEBSITE).size(), "no third contact");
        assertEquals(List.of(WHATSAPP_SEGMENT, VIP, SUPERSEDED), card(placeholderId()).segments());
    }

    @Test
    void a_refusal_that_is_not_passing_ends_the_upgrade_at_once_and_reports_it() {
        SessionId session = capturedWithPlaceholder();
        fixture.cards.failures().failNext(new OutboundFailure(FailureCause.REJECTED, "Crisp refused with 400"));
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(Duration.ofMinutes(30));

        UpgradeOutcome.Failed failed = assertInstanceOf(UpgradeOutcome.Failed.class, onlyUpgrade());
        assertEquals(FailureCause.REJECTED, failed.cause());
        assertEquals(1, fixture.calls.total(), fixture.calls.toString());
    }

    @Test
    void an_outage_that_outlasts_every_retry_fails_and_a_later_email_may_try_again() {
        SessionId session = capturedWithPlaceholder();
        OutboundFailure down = new OutboundFailure(FailureCause.UNAVAILABLE, "crisp answered 503");
        for (int i = 0; i <= fixture.config.retries().max(); i++) {
            fixture.cards.failures().failNext(down);
        }
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(Duration.ofHours(2));
        assertInstanceOf(UpgradeOutcome.Failed.class, onlyUpgrade());
        assertTrue(card(placeholderId()).email().isPlaceholder());

        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);

        assertInstanceOf(UpgradeOutcome.EmailMoved.class, fixture.upgrades.get(1));
        assertEquals(EMAIL, card(placeholderId()).email());
    }

    @Test
    void a_placeholder_deleted_in_the_crm_ends_the_upgrade_as_rejected() {
        SessionId session = capturedWithPlaceholder();
        fixture.contacts.clear();
        lateEmail(session, EMAIL);
        fixture.scheduler.advance(SETTLED);

        assertEquals(FailureCause.REJECTED, assertInstanceOf(UpgradeOutcome.Failed.class, onlyUpgrade()).cause());
        assertEquals(2, fixture.calls.total(), fixture.calls.toString());
    }

    @Test
    void an_email_given_while_the_capture_is_still_making_the_contact_upgrades_it_once_made() {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        CoreFixture slowWorkers = new CoreFixture(CaptureConfig.DEFAULTS, queued::add).installed(settings);
        SessionId session = newSession();
        slowWorkers.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, LISBON));
        slowWorkers.visitorMessage(session, WHATSAPP);
        slowWorkers.windowCloses();

        slowWorkers.details(session, VisitorDetails.NONE.withEmail(EMAIL));
        queued.poll().run();
        slowWorkers.scheduler.advance(SETTLED);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }

        ContactId made = ((CaptureOutcome.Created) slowWorkers.onlyOutcome()).contact();
        assertEquals(List.of(new UpgradeOutcome.EmailMoved(WEBSITE, session, made)), slowWorkers.upgrades);
        assertEquals(EMAIL, slowWorkers.cards.peek(WEBSITE, made).orElseThrow().email());
    }

    @Test
    void an_email_for_a_conversation_that_got_no_contact_costs_nothing() {
        SessionId chat = newSession();
        fixture.visitorMessage(chat, "chat");
        lateEmail(chat, EMAIL);
        fixture.scheduler.advance(Duration.ofMinutes(1));

        assertEquals(0, fixture.calls.total(), fixture.calls.toString());
        assertTrue(fixture.upgrades.isEmpty());
    }
}
