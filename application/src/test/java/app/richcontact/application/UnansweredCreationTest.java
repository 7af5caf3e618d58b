package app.richcontact.application;

import static app.richcontact.application.CoreFixture.AIRCALL;
import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.TOKEN;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase.TokenVerdict;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.domain.Installation;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What must hold when Crisp goes quiet: a creation it did not answer is never doubled by another
 * channel's capture, and a reinstall missed during a gap in events is applied after it.
 */
class UnansweredCreationTest {

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);

    private SessionId conversation(String origin) {
        SessionId session = newSession();
        fixture.crispKnows(session, origin, visitor(PHONE, null, null, null));
        fixture.visitorMessage(session, origin);
        return session;
    }

    @Test
    void a_creation_crisp_did_not_answer_keeps_the_phone_from_being_created_again_until_the_crm_shows_it() {
        fixture.contacts.answerNothingNext(1);
        conversation(WHATSAPP);
        conversation(AIRCALL);
        fixture.windowCloses();
        assertEquals(1, fixture.calls.of("create"), "the second capture looked, found nothing, and did not create");
        assertEquals(2, fixture.core.readCaptureGauges().gauges().deferred());

        fixture.contacts.applyInFlight();
        fixture.scheduler.advance(Duration.ofMinutes(1));

        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(1, fixture.calls.of("create"));
        assertEquals(2, fixture.outcomes.all().stream().filter(outcome -> outcome instanceof CaptureOutcome.Attached attached
                && attached.reason() == SkipReason.EXISTS_BY_PHONE).count(), fixture.outcomes.all().toString());
    }

    @Test
    void a_creation_crisp_never_applied_is_made_again_once_it_has_had_time_to_settle() {
        fixture.contacts.answerNothingNext(1);
        conversation(WHATSAPP);
        fixture.windowCloses();

        fixture.scheduler.advance(Duration.ofMinutes(10));

        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(2, fixture.calls.of("create"));
        assertTrue(fixture.onlyOutcome() instanceof CaptureOutcome.Created);
    }

    @Test
    void a_reinstall_missed_during_a_gap_in_events_is_applied_by_the_catch_up_after_it() {
        fixture.clock.advance(Duration.ofMinutes(5));
        java.time.Instant gapStart = fixture.clock.instant();
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.installations.install(new Installation(WEBSITE, WebsiteToken.of("new-token"), WebsiteSettings.DEFAULTS));

        fixture.core.catchUpConversations().catchUp(gapStart, fixture.clock.instant());

        assertEquals(TokenVerdict.WRONG_TOKEN, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN));
        assertEquals(TokenVerdict.VALID, fixture.core.verifyWebsiteToken().verify(WEBSITE, "new-token"));
    }

    @Test
    void a_token_that_does_not_match_re_reads_its_website_at_most_once_a_minute() {
        fixture.installations.install(new Installation(WEBSITE, WebsiteToken.of("new-token"), WebsiteSettings.DEFAULTS));
        fixture.calls.reset();

        assertEquals(TokenVerdict.VALID, fixture.core.verifyWebsiteToken().verify(WEBSITE, "new-token"),
                "a reinstall we did not hear of: one re-read, and the new token works");
        for (int i = 0; i < 100; i++) {
            assertEquals(TokenVerdict.WRONG_TOKEN, fixture.core.verifyWebsiteToken().verify(WEBSITE, "guess-" + i));
        }
        assertEquals(1, fixture.calls.total(), "guesses cost no more lookups within the minute");
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(TokenVerdict.WRONG_TOKEN, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN));
        assertEquals(2, fixture.calls.total());
    }
}
