package app.richcontact.application;

import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.DrainCapturesUseCase.DrainReport;
import app.richcontact.application.port.in.ReadCaptureGaugesUseCase.CaptureGauges;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteSettings;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureResilienceTest {

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);

    private static OutboundFailure quotaExhausted(Duration retryAfter) {
        return new OutboundFailure(FailureCause.QUOTA_EXHAUSTED, "daily quota spent", retryAfter, null);
    }

    private SessionId phoneOnlySession() {
        SessionId session = newSession();
        fixture.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null));
        return session;
    }

    @Test
    void a_capture_refused_for_quota_waits_and_retries_instead_of_spinning() {
        SessionId session = phoneOnlySession();
        fixture.conversations.failures().failNext(quotaExhausted(Duration.ofMinutes(2)));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertEquals(List.of(), fixture.outcomes.all());
        assertEquals(1, fixture.calls.total());
        assertEquals(1, fixture.core.readCaptureGauges().gauges().deferred());

        fixture.scheduler.advance(Duration.ofMinutes(2).minusMillis(1));
        assertEquals(1, fixture.calls.total(), "honours the delay Crisp asked for");
        fixture.scheduler.advance(Duration.ofSeconds(24).plusMillis(1));
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome(), "and adds at most a fifth to spread retries");
        assertEquals(0, fixture.core.readCaptureGauges().gauges().deferred());
        assertEquals(1, fixture.core.readCaptureGauges().gauges().deferrals(), "put off once, counted once");
    }

    @Test
    void retries_back_off_and_end_in_one_failure_after_the_last_attempt() {
        SessionId session = phoneOnlySession();
        int attempts = fixture.config.retries().max() + 1;
        for (int i = 0; i < attempts; i++) {
            fixture.conversations.failures().failNext(new OutboundFailure(FailureCause.UNAVAILABLE, "crisp answered 503"));
        }
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        fixture.scheduler.advance(Duration.ofHours(2));

        assertEquals(attempts, fixture.calls.of("snapshot"));
        CaptureOutcome.Failed failed = assertInstanceOf(CaptureOutcome.Failed.class, fixture.onlyOutcome());
        assertEquals(FailureCause.UNAVAILABLE, failed.cause());
        assertEquals("crisp answered 503", failed.detail());
    }

    @Test
    void retry_delays_double_from_the_first_delay_up_to_the_maximum() {
        CaptureConfig config = CaptureConfig.DEFAULTS;
        assertEquals(Duration.ofSeconds(15), config.retries().delay(1, null));
        assertEquals(Duration.ofSeconds(30), config.retries().delay(2, null));
        assertEquals(Duration.ofMinutes(10), config.retries().delay(9, null));
        assertEquals(Duration.ofMinutes(3), config.retries().delay(1, Duration.ofMinutes(3)));
    }

    @Test
    void a_capture_refused_by_busy_workers_waits_and_runs_later() {
        java.util.concurrent.atomic.AtomicInteger submissions = new java.util.concurrent.atomic.AtomicInteger();
        CoreFixture busy = new CoreFixture(CaptureConfig.DEFAULTS, task -> {
            if (submissions.getAndIncrement() == 0) {
                throw new java.util.concurrent.RejectedExecutionException("queue full");
            }
            task.run();
        }).installed(WebsiteSettings.DEFAULTS);
        SessionId session = newSession();
        busy.crispKnows(session, WHATSAPP, visitor(PHONE, null, null, null));
        busy.visitorMessage(session, WHATSAPP);
        busy.windowCloses();
        assertEquals(1, busy.core.readCaptureGauges().gauges().deferred());
        assertEquals(0, busy.calls.total());

        busy.scheduler.advance(Duration.ofSeconds(18));
        assertInstanceOf(CaptureOutcome.Created.class, busy.onlyOutcome());
    }

    @Test
    void no_more_captures_wait_to_retry_than_windows_may_be_open() {
        CoreFixture small = new CoreFixture(CaptureConfig.builder().maxOpenCaptures(2).build()).installed(WebsiteSettings.DEFAULTS);
        for (int i = 0; i < 3; i++) {
            SessionId session = newSession();
            small.crispKnows(session, WHATSAPP, visitor(PhoneNumber.parse("+4477009001" + i), null, null, null));
            small.conversations.failures().failNext(quotaExhausted(null));
            small.visitorMessage(session, WHATSAPP);
        }
        small.windowCloses();
        assertEquals(2, small.core.readCaptureGauges().gauges().deferred());
        CaptureOutcome.Failed failed = assertInstanceOf(CaptureOutcome.Failed.class, small.onlyOutcome());
        assertEquals(FailureCause.QUOTA_EXHAUSTED, failed.cause());
    }

    @Test
    void a_failed_session_is_forgotten_so_that_the_visitors_next_message_tries_again() {
        SessionId session = phoneOnlySession();
        fixture.conversations.failures().failNext(new OutboundFailure(FailureCause.REJECTED, "crisp answered 401"));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertEquals(FailureCause.REJECTED, ((CaptureOutcome.Failed) fixture.onlyOutcome()).cause());
        assertEquals(0, fixture.core.readCaptureGauges().gauges().deferred(), "a configuration error is not retried");

        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertInstanceOf(CaptureOutcome.Created.class, fixture.outcomes.all().get(1));
    }

    @Test
    void a_bug_in_an_adapter_fails_that_capture_only() {
        SessionId broken = phoneOnlySession();
        SessionId healthy = newSession();
        fixture.crispKnows(healthy, WHATSAPP, visitor(PhoneNumber.parse("+14155550100"), null, null, null));
        fixture.conversations.failures().failNext(new IllegalStateException("boom"));
        fixture.visitorMessage(broken, WHATSAPP);
        fixture.visitorMessage(healthy, WHATSAPP);
        fixture.windowCloses();
        List<CaptureOutcome> outcomes = fixture.outcomes.all();
        assertEquals(FailureCause.UNEXPECTED, ((CaptureOutcome.Failed) outcomes.get(0)).cause());
        assertInstanceOf(CaptureOutcome.Created.class, outcomes.get(1));
    }

    @Test
    void when_the_open_windows_are_full_the_oldest_closes_early_and_is_processed() {
        CoreFixture small = new CoreFixture(CaptureConfig.builder().maxOpenCaptures(3).build()).installed(WebsiteSettings.DEFAULTS);
        List<SessionId> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SessionId session = newSession();
            small.crispKnows(session, WHATSAPP, visitor(PhoneNumber.parse("+35192592304" + i), null, null, null));
            sessions.add(session);
            small.scheduler.advance(Duration.ofMillis(100));
            small.visitorMessage(session, WHATSAPP);
        }
        CaptureOutcome early = small.onlyOutcome();
        assertEquals(sessions.get(0), early.session());
        assertInstanceOf(CaptureOutcome.Created.class, early);
        assertEquals(3, small.core.readCaptureGauges().gauges().open());
        small.windowCloses();
        assertEquals(4, small.outcomes.all().size());
    }

    @Test
    void details_of_sessions_never_triggered_are_bounded_and_forgotten_after_a_while() {
        CoreFixture small = new CoreFixture(CaptureConfig.builder().maxOpenCaptures(2).build()).installed(WebsiteSettings.DEFAULTS);
        for (int i = 0; i < 5; i++) {
            small.phone(newSession(), PHONE);
        }
        assertEquals(2, small.core.readCaptureGauges().gauges().early());
        small.scheduler.advance(small.config.collection().earlyDetailsTtl());
        assertEquals(new CaptureGauges(0, 0, 0, 0, 0, 0), small.core.readCaptureGauges().gauges());
        assertEquals(0, small.scheduler.scheduledCount(), "no timer left behind");
        assertEquals(0, small.calls.total());
    }

    @Test
    void after_its_outcome_a_capture_holds_no_personal_data_in_memory() {
        SessionId session = newSession();
        PhoneNumber phone = PhoneNumber.parse("+447700900123");
        WeakReference<PhoneNumber> held = new WeakReference<>(phone);
        fixture.visitorMessage(session, WHATSAPP);
        fixture.details(session, VisitorDetails.NONE.withPhone(phone));
        phone = null;
        fixture.windowCloses();
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        fixture.contacts.clear();

        CaptureGauges gauges = fixture.core.readCaptureGauges().gauges();
        assertEquals(0, gauges.open() + gauges.early() + gauges.deferred() + gauges.running());
        assertTrue(awaitCollected(held), "the phone number is still reachable from the application");
    }

    @Test
    void shutdown_closes_every_open_window_at_once_and_opens_no_new_capture() {
        SessionId open = phoneOnlySession();
        fixture.visitorMessage(open, WHATSAPP);
        DrainReport report = fixture.core.drainCaptures().drain(Duration.ofSeconds(5));
        assertEquals(new DrainReport(1, 0), report);
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());

        fixture.visitorMessage(phoneOnlySession(), WHATSAPP);
        fixture.windowCloses();
        assertEquals(1, fixture.outcomes.all().size());
    }

    @Test
    void shutdown_gives_captures_waiting_to_retry_their_last_attempt() {
        SessionId session = phoneOnlySession();
        fixture.conversations.failures().failNext(quotaExhausted(null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        assertEquals(1, fixture.core.readCaptureGauges().gauges().deferred());

        assertEquals(new DrainReport(1, 0), fixture.core.drainCaptures().drain(Duration.ofSeconds(5)));
        assertInstanceOf(CaptureOutcome.Created.class, fixture.onlyOutcome());
        assertEquals(0, fixture.scheduler.scheduledCount());
    }

    @Test
    void an_uninstall_ends_captures_waiting_to_retry() {
        SessionId session = phoneOnlySession();
        fixture.conversations.failures().failNext(quotaExhausted(null));
        fixture.visitorMessage(session, WHATSAPP);
        fixture.windowCloses();
        fixture.core.trackInstallations().handle(new app.richcontact.application.port.in.InstallationEvent.Uninstalled(WEBSITE));
        assertEquals(app.richcontact.domain.SkipReason.NOT_INSTALLED,
                ((CaptureOutcome.Skipped) fixture.onlyOutcome()).reason());
        fixture.scheduler.advance(Duration.ofHours(1));
        assertEquals(1, fixture.outcomes.all().size());
        assertEquals(1, fixture.calls.total());
    }

    private static boolean awaitCollected(WeakReference<?> reference) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (reference.get() != null && System.nanoTime() < deadline) {
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[1 << 16];
            }
        }
        return reference.get() == null;
    }
}
