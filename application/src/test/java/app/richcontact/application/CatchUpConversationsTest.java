package app.richcontact.application;

import app.richcontact.domain.ContactCare;
import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.richcontact.application.port.in.CatchUpReport;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatchUpConversationsTest {

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);
    private final Instant gapStart = fixture.clock.instant();

    private SessionId conversationDuringGap(String origin, PhoneNumber phone, ContactId linked) {
        SessionId session = newSession();
        fixture.conversations.put(WEBSITE, session, new Origin(origin), fixture.clock.instant(),
                visitor(phone, null, null, null), linked);
        fixture.clock.advance(Duration.ofSeconds(1));
        return session;
    }

    @Test
    void channel_conversations_created_during_a_gap_get_their_contacts() {
        conversationDuringGap(WHATSAPP, PHONE, null);
        conversationDuringGap("chat", PhoneNumber.parse("+14155550100"), null);
        conversationDuringGap(WHATSAPP, PhoneNumber.parse("+14155550101"), new ContactId(UUID.randomUUID().toString()));

        CatchUpReport report = fixture.core.catchUpConversations().catchUp(gapStart, fixture.clock.instant());

        assertEquals(new CatchUpReport(1, 1, 3, 1, true), report);
        assertEquals(1, fixture.outcomes.all().stream().filter(CaptureOutcome.Created.class::isInstance).count());
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void conversations_already_handled_by_events_are_not_captured_twice() {
        SessionId session = conversationDuringGap(WHATSAPP, PHONE, null);
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        fixture.calls.reset();

        CatchUpReport report = fixture.core.catchUpConversations().catchUp(gapStart, fixture.clock.instant());
        assertEquals(0, report.capturesOpened());
        assertEquals(1, fixture.outcomes.all().size());
        assertEquals(1, fixture.calls.of("installations.changedSince"), "what changed in installations during the gap");
        assertEquals(2, fixture.calls.total(), "that, and only the listing: " + fixture.calls);
    }

    @Test
    void the_listing_is_read_page_by_page_until_the_last_page() {
        for (int i = 0; i < 45; i++) {
            conversationDuringGap("chat", null, null);
        }
        CatchUpReport report = fixture.core.catchUpConversations().catchUp(gapStart, fixture.clock.instant());
        assertEquals(45, report.conversationsListed());
        assertEquals(3, fixture.calls.of("createdBetween"));
    }

    @Test
    void conversations_outside_the_gap_are_never_captured_even_if_crisp_lists_them() {
        conversationDuringGap(WHATSAPP, PHONE, null);
        Instant after = fixture.clock.instant();
        fixture.conversations.ignoreDateFilter(true);
        CatchUpReport report = fixture.core.catchUpConversations().catchUp(gapStart.minusSeconds(60), gapStart.minusSeconds(1));
        assertEquals(0, report.capturesOpened());
        report = fixture.core.catchUpConversations().catchUp(gapStart, after);
        assertEquals(1, report.capturesOpened());
    }

    @Test
    void a_new_installs_first_conversations_are_caught_up_once_its_events_may_flow() {
        WebsiteId fresh = new WebsiteId(UUID.randomUUID().toString());
        fixture.installations.install(new Installation(fresh, WebsiteToken.of("t"), WebsiteSettings.DEFAULTS));
        fixture.core.trackInstallations().handle(new app.richcontact.application.port.in.InstallationEvent.Installed(fresh));
        SessionId beforeBind = newSession();
        fixture.conversations.put(fresh, beforeBind, new Origin(WHATSAPP), fixture.clock.instant(),
                visitor(PHONE, null, null, null), null);
        fixture.calls.reset();

        fixture.scheduler.advance(Duration.ofSeconds(9));
        assertEquals(0, fixture.calls.total());
        fixture.scheduler.advance(Duration.ofSeconds(1));
        assertEquals(1, fixture.calls.of("createdBetween"), "only the new website is scanned");
        assertEquals(1, fixture.contacts.contactsOf(fresh).size());
    }

    @Test
    void disabled_websites_are_not_scanned() {
        WebsiteId disabled = new WebsiteId(UUID.randomUUID().toString());
        fixture.installations.install(new Installation(disabled, WebsiteToken.of("t"),
                new WebsiteSettings(false, true, Set.of(), List.of(), true, false, ContactCare.DEFAULTS)));
        fixture.core.loadInstallations().loadAll();
        fixture.calls.reset();
        CatchUpReport report = fixture.core.catchUpConversations().catchUp(gapStart, fixture.clock.instant());
        assertEquals(1, report.websitesToScan());
        assertEquals(1, fixture.calls.of("createdBetween"));
    }

    @Test
    void a_quota_failure_stops_the_scan_and_says_it_is_incomplete() {
        conversationDuringGap(WHATSAPP, PHONE, null);
        fixture.conversations.failures().failNext(
                new OutboundFailure(FailureCause.QUOTA_EXHAUSTED, "budget kept for contact creation"));
        CatchUpReport report = fixture.core.catchUpConversations().catchUp(gapStart, fixture.clock.instant());
        assertFalse(report.complete());
        assertEquals(0, report.websitesScanned());
        assertEquals(List.of(), fixture.outcomes.all());
    }
}
