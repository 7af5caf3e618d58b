package app.richcontact.application;

import static app.richcontact.application.CoreFixture.AIRCALL;
import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaptureConcurrencyTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final CoreFixture fixture = new CoreFixture(CaptureConfig.builder().window(Duration.ZERO).build(), workers)
            .installed(WebsiteSettings.DEFAULTS);

    @AfterEach
    void stopWorkers() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void one_visitor_writing_on_many_channels_at_once_gets_exactly_one_contact() throws Exception {
        fixture.contacts.createLatency(Duration.ofMillis(2));
        int sessions = 40;
        List<SessionId> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            SessionId session = newSession();
            fixture.crispKnows(session, i % 2 == 0 ? WHATSAPP : AIRCALL, visitor(PHONE, null, null, null));
            all.add(session);
        }
        startTogether(all, (session, i) -> fixture.visitorMessage(session, i % 2 == 0 ? WHATSAPP : AIRCALL));

        List<CaptureOutcome> outcomes = fixture.outcomes.await(sessions, Duration.ofSeconds(30));
        assertEquals(1, outcomes.stream().filter(CaptureOutcome.Created.class::isInstance).count(), outcomes::toString);
        assertEquals(sessions - 1, outcomes.stream().filter(outcome -> outcome instanceof CaptureOutcome.Attached attached
                && attached.reason() == SkipReason.EXISTS_BY_PHONE).count());
        assertEquals(1, fixture.contacts.contactsOf(WEBSITE).size());
    }

    @Test
    void different_visitors_are_captured_in_parallel_each_once() throws Exception {
        int sessions = 200;
        List<SessionId> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            SessionId session = newSession();
            fixture.crispKnows(session, WHATSAPP, visitor(PhoneNumber.parse("+1415555" + (1000 + i)), null, null, null));
            all.add(session);
        }
        startTogether(all, (session, i) -> {
            fixture.visitorMessage(session, WHATSAPP);
            fixture.visitorMessage(session, WHATSAPP);
        });
        List<CaptureOutcome> outcomes = fixture.outcomes.await(sessions, Duration.ofSeconds(30));
        assertEquals(sessions, outcomes.stream().filter(CaptureOutcome.Created.class::isInstance).count());
        assertEquals(sessions, fixture.contacts.contactsOf(WEBSITE).size());
        assertEquals(5 * sessions, fixture.calls.total(), "snapshot, phone lookup, create, attach, unsubscribe");
    }

    private static void startTogether(List<SessionId> sessions, SessionAction action) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    action.run(sessions.get(index), index);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    @FunctionalInterface
    private interface SessionAction {
        void run(SessionId session, int index);
    }
}
