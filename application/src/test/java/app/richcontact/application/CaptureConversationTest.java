package app.richcontact.application;

import app.richcontact.domain.ContactCare;
import static app.richcontact.application.CoreFixture.AIRCALL;
import static app.richcontact.application.CoreFixture.EMAIL;
import static app.richcontact.application.CoreFixture.JANE;
import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaptureConversationTest {

    private static final Duration WINDOW = CaptureConfig.DEFAULTS.collection().window();

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);

    private static WebsiteSettings settings(boolean enabled, boolean allChannels, Set<Channel> channels,
                                            List<Segment> segments, boolean skipIfEmailExists, boolean geolocation) {
        return new WebsiteSettings(enabled, allChannels, channels, segments, skipIfEmailExists, geolocation, ContactCare.DEFAULTS);
    }

    private static WebsiteSettings caring(ContactCare care) {
        return new WebsiteSettings(true, true, Set.of(), List.of(), true, false, care);
    }

    private CaptureOutcome.Attached assertAttached(SkipReason reason) {
        CaptureOutcome outcome = fixture.onlyOutcome();
        CaptureOutcome.Attached attached = assertInstanceOf(CaptureOutcome.Attached.class, outcome, outcome::toString);
        assertEquals(reason, attached.reason());
        return attached;
    }

    private void assertSkipped(SkipReason reason) {
        CaptureOutcome outcome = fixture.onlyOutcome();
        assertInstanceOf(CaptureOutcome.Skipped.class, outcome, outcome::toString);
        assertEquals(reason, ((CaptureOutcome.Skipped) outcome).reason());
    }

    @Test
    void a_new_phone_only_visitor_becomes_an_attached_unsubscribed_contact_for_five_crisp_calls_once_the_window_closes() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, JANE, null));

        fixture.visitorMessage(session, WHATSAPP);
        fixture.scheduler.advance(WINDOW.minusMillis(1));
        assertEquals(List.of(), fixture.outcomes.all(), "nothing happens while the window is open");
        assertEquals(0, fixture.calls.total());

        fixture.scheduler.advance(Duration.ofMillis(1));
        CaptureOutcome.Created created = assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(new Channel("whatsapp"), created.channel());
        assertEquals(1, fixture.calls.of("snapshot"));
        assertEquals(1, fixture.calls.of("existsWithPhone"));
        assertEquals(1, fixture.calls.of("create"));
        assertEquals(1, fixture.calls.of("attach"));
        assertEquals(1, fixture.calls.of("unsubscribeFromEmail"));
        assertEquals(5, fixture.calls.total());
        NewContact contact = fixture.contacts.contactsOf(WEBSITE).get(0);
        assertEquals("351925923040@whatsapp.nomail", contact.email().revealForCrm());
        assertEquals(contact.email(), fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow());
        assertTrue(fixture.contacts.unsubscribed(created.contact()));
        assertEquals(List.of(), fixture.contacts.events(), "the profile event is off by default");
        assertEquals(PHONE, contact.phone());
        assertEquals(JANE, contact.nickname());
        assertEquals(List.of(new Segment("whatsapp")), contact.segments());
    }

    @Test
    void messages_from_the_chatbox_or_email_cost_nothing_and_open_nothing() {
        SessionId chat = newSession();
        SessionId email = newSession();
        fixture.visitorMessage(chat, "chat");
        fixture.phone(chat, PHONE);
        fixture.visitorMessage(email, "email");
        fixture.windowCloses();
        fixture.scheduler.advance(Duration.ofMinutes(5));
        assertEquals(List.of(), fixture.outcomes.all());
        assertEquals(0, fixture.calls.total());
        assertEquals(0, fixture.core.readCaptureGauges().gauges().open());
    }

    @Test
    void later_messages_of_a_handled_session_cost_nothing() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        fixture.calls.reset();

        fixture.visitorMessage(session, WHATSAPP);
        fixture.phone(session, PHONE);
        fixture.windowCloses();
        assertEquals(1, fixture.outcomes.all().size());
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void details_sent_before_and_after_the_first_message_all_reach_the_contact() {
        fixture.installed(settings(true, true, Set.of(), List.of(), true, true));
        SessionId session = newSession();
        fixture.phone(session, PHONE);
        fixture.scheduler.advance(Duration.ofSeconds(1));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.scheduler.advance(Duration.ofSeconds(1));
        fixture.details(session, VisitorDetails.NONE.withNickname(JANE));
        fixture.details(session, VisitorDetails.NONE.withGeolocation(new Geolocation("PT", "Lisboa")));
        fixture.windowCloses();

        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        NewContact contact = fixture.contacts.contactsOf(WEBSITE).get(0);
        assertEquals(PHONE, contact.phone());
        assertEquals(JANE, contact.nickname());
        assertEquals(new Geolocation("PT", "Lisboa"), contact.geolocation());
    }

    @Test
    void crisps_current_view_of_the_session_wins_over_what_events_said() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, Nickname.parse("Jane Q. Doe"), null));
        fixture.details(session, VisitorDetails.NONE.withNickname(JANE));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertEquals(Nickname.parse("Jane Q. Doe"), fixture.contacts.contactsOf(WEBSITE).get(0).nickname());
    }

    @Test
    void the_nickname_of_the_first_message_is_used_when_nothing_else_names_the_visitor() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null));
        fixture.event(new ConversationEvent.VisitorMessageSent(WEBSITE, session, new Origin(WHATSAPP), JANE));
        fixture.windowCloses();
        assertEquals(JANE, fixture.contacts.contactsOf(WEBSITE).get(0).nickname());
    }

    @Test
    void a_profile_linked_during_the_window_cancels_the_capture_at_no_cost() {
        SessionId session = newSession();
        fixture.visitorMessage(session, WHATSAPP);
        fixture.event(new ConversationEvent.ProfileLinked(WEBSITE, session, new ContactId(UUID.randomUUID().toString())));
        assertSkipped(SkipReason.ALREADY_LINKED);
        fixture.windowCloses();
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertEquals(1, fixture.outcomes.all().size());
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void a_disabled_website_gets_no_contact_at_no_cost() {
        fixture.installed(settings(false, true, Set.of(), List.of(), true, false));
        SessionId session = newSession();
        fixture.visitorMessage(session, WHATSAPP);
        fixture.phone(session, PHONE);
        fixture.windowCloses();
        assertSkipped(SkipReason.DISABLED);
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void a_channel_the_website_does_not_monitor_gets_no_contact_at_no_cost() {
        fixture.installed(settings(true, false, Set.of(new Channel("instagram")), List.of(), true, false));
        SessionId session = newSession();
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertSkipped(SkipReason.CHANNEL_NOT_SELECTED);
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void a_session_whose_events_gave_an_email_is_left_to_crisp_at_no_cost() {
        SessionId session = newSession();
        fixture.visitorMessage(session, WHATSAPP);
        fixture.details(session, VisitorDetails.NONE.withEmail(EMAIL).withPhone(PHONE));
        fixture.windowCloses();
        assertSkipped(SkipReason.HAS_EMAIL);
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void a_session_whose_snapshot_has_an_email_is_left_to_crisp_after_one_call() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, EMAIL, null, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertSkipped(SkipReason.HAS_EMAIL);
        assertEquals(1, fixture.calls.total());
    }

    @Test
    void with_skip_if_email_exists_off_a_visitor_with_a_real_email_gets_a_contact_keyed_on_it() {
        fixture.installed(settings(true, true, Set.of(), List.of(), false, false));
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, EMAIL, null, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(EMAIL, fixture.contacts.contactsOf(WEBSITE).get(0).email());
        assertEquals(5, fixture.calls.total(), fixture.calls.toString());
        assertEquals(0, fixture.calls.of("unsubscribeFromEmail"), "a real email stays subscribed");
        assertEquals(1, fixture.calls.of("existsWithEmail"));
    }

    @Test
    void an_existing_contact_with_the_visitors_email_is_not_duplicated() {
        fixture.installed(settings(true, true, Set.of(), List.of(), false, false));
        fixture.contacts.preload(WEBSITE, new NewContact(EMAIL, null, null, List.of(new Segment("lead")), null));
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, EMAIL, null, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertEquals(fixture.contacts.idOf(WEBSITE, EMAIL).orElseThrow(), assertAttached(SkipReason.EXISTS_BY_EMAIL).contact());
        assertEquals(EMAIL, fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow());
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void a_returning_visitor_is_found_by_phone_and_attached_to_that_contact_for_three_crisp_calls() {
        fixture.contacts.preload(WEBSITE, VisitorDetails.NONE.withPhone(PHONE)
                .toNewContact(new Channel("aircall"), WebsiteSettings.DEFAULTS, newSession()).orElseThrow());
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PhoneNumber("+351-925-923-040"), null, null, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertAttached(SkipReason.EXISTS_BY_PHONE);
        assertEquals(PHONE.placeholderEmail(new Channel("aircall")),
                fixture.conversations.attachedEmail(WEBSITE, session).orElseThrow(), "the found contact's email");
        assertEquals(3, fixture.calls.total());
        assertEquals(0, fixture.calls.of("unsubscribeFromEmail"), "a found contact is left as it is");
    }

    @Test
    void a_session_already_linked_to_a_profile_costs_one_call() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null),
                new ContactId(UUID.randomUUID().toString()));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertSkipped(SkipReason.ALREADY_LINKED);
        assertEquals(1, fixture.calls.total());
    }

    @Test
    void without_phone_or_email_there_is_nothing_to_key_a_contact_on_when_phoneless_senders_are_off() {
        fixture.installed(caring(new ContactCare(true, false, true, true, false)));
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(null, null, JANE, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertSkipped(SkipReason.NO_IDENTIFIER);
        assertEquals(1, fixture.calls.total());
    }

    @Test
    void a_creation_refused_as_a_duplicate_is_a_skip_not_a_failure() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null));
        fixture.contacts.preload(WEBSITE, new NewContact(PHONE.placeholderEmail(new Channel("whatsapp")), null, null,
                List.of(new Segment("whatsapp")), null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertSkipped(SkipReason.DUPLICATE);
    }

    @Test
    void custom_segments_follow_the_channel_segment_without_duplicates_and_geolocation_is_opt_in() {
        fixture.installed(settings(true, true, Set.of(), List.of(new Segment("vip"), new Segment("whatsapp")), true, false));
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, new Geolocation("PT", "Porto")));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        NewContact contact = fixture.contacts.contactsOf(WEBSITE).get(0);
        assertEquals(List.of(new Segment("whatsapp"), new Segment("vip")), contact.segments());
        assertNull(contact.geolocation());
    }

    @Test
    void a_conversation_request_opens_the_capture_once_its_origin_is_known_to_be_a_channel() {
        SessionId session = newSession();
        fixture.crispKnows(session, AIRCALL, visitor(PHONE, null, null, null));
        fixture.event(new ConversationEvent.ConversationRequested(WEBSITE, session));
        fixture.windowCloses();
        assertEquals(List.of(), fixture.outcomes.all(), "no origin yet: nothing opens");

        fixture.event(new ConversationEvent.OriginChanged(WEBSITE, session, new Origin(AIRCALL)));
        fixture.windowCloses();
        CaptureOutcome.Created created = assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(new Channel("aircall"), created.channel());
    }

    @Test
    void a_conversation_request_from_the_chatbox_costs_nothing() {
        SessionId session = newSession();
        fixture.event(new ConversationEvent.OriginChanged(WEBSITE, session, Origin.CHAT));
        fixture.event(new ConversationEvent.ConversationRequested(WEBSITE, session));
        fixture.windowCloses();
        fixture.scheduler.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), fixture.outcomes.all());
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void a_zero_window_captures_at_the_first_message() {
        CoreFixture zero = new CoreFixture(CaptureConfig.builder().window(Duration.ZERO).build()).installed(WebsiteSettings.DEFAULTS);
        SessionId session = newSession();
        zero.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null));
        zero.visitorMessage(session, WHATSAPP);
        assertInstanceOf(CaptureOutcome.Created.class, zero.onlyOutcome());
    }

    @Test
    void a_website_that_never_installed_the_plugin_is_skipped_after_one_lookup_remembered_for_a_while() {
        SessionId first = newSession();
        SessionId second = newSession();
        fixture.installations.uninstall(WEBSITE);
        fixture.core.loadInstallations().loadAll();
        fixture.calls.reset();
        fixture.visitorMessage(first, WHATSAPP);
        fixture.visitorMessage(second, WHATSAPP);
        fixture.windowCloses();
        assertEquals(2, fixture.outcomes.all().size());
        fixture.outcomes.all().forEach(outcome ->
                assertEquals(SkipReason.NOT_INSTALLED, ((CaptureOutcome.Skipped) outcome).reason()));
        assertEquals(1, fixture.calls.of("installations.find"));
        assertEquals(1, fixture.calls.total());
    }

    @Test
    void a_website_installed_seconds_ago_is_found_with_one_lookup() {
        CoreFixture fresh = new CoreFixture();
        fresh.installations.install(new app.richcontact.domain.Installation(WEBSITE,
                app.richcontact.domain.WebsiteToken.of(CoreFixture.TOKEN), WebsiteSettings.DEFAULTS));
        SessionId session = newSession();
        fresh.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null));
        fresh.visitorMessage(session, WHATSAPP);
        fresh.windowCloses();
        assertInstanceOf(CaptureOutcome.Created.class, fresh.onlyOutcome());
        assertEquals(6, fresh.calls.total(), fresh.calls.toString());
    }

    @Test
    void an_uninstall_during_the_window_ends_the_capture_at_once_at_no_cost() {
        SessionId session = newSession();
        fixture.visitorMessage(session, WHATSAPP);
        fixture.phone(session, PHONE);
        fixture.core.trackInstallations().handle(new app.richcontact.application.port.in.InstallationEvent.Uninstalled(WEBSITE));
        assertSkipped(SkipReason.NOT_INSTALLED);
        assertEquals(0, fixture.core.readCaptureGauges().gauges().open());
        fixture.windowCloses();
        assertEquals(1, fixture.outcomes.all().size());
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void outcomes_name_website_session_and_channel_and_print_no_personal_data() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, JANE, null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        String printed = fixture.onlyOutcome().toString();
        assertTrue(printed.contains(WEBSITE.value()) && printed.contains(session.value()) && printed.contains("whatsapp"));
        assertTrue(!printed.contains("925923040") && !printed.contains("Jane"), printed);
    }

    private static app.richcontact.domain.PhoneNumber PhoneNumber(String text) {
        return app.richcontact.domain.PhoneNumber.parse(text);
    }
}
