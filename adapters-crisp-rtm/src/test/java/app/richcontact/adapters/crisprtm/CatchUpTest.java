package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.adapters.crisprtm.RecordingPorts.Window;
import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.CatchUpReport;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Crisp never replays missed events: every deaf period is handed to the catch-up in-port once events flow again. */
class CatchUpTest {

    private static final Duration MARGIN = Duration.ofSeconds(1);
    private static final Duration LOOK_BACK = Duration.ofMinutes(10);

    private CrispSandbox sandbox;
    private InstalledWebsite site;
    private final RecordingPorts ports = new RecordingPorts();

    @BeforeEach
    void startSandbox() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
        site = sandbox.scenario().installWebsite("Acme");
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private CrispRtmConfig.Builder builder() {
        return SandboxListeners.fast(sandbox).catchUpMargin(MARGIN).startupLookBack(LOOK_BACK);
    }

    private CrispRtmConfig config() {
        return builder().build();
    }

    @Test
    void the_first_catch_up_covers_the_look_back_before_start_up() {
        Instant before = Instant.now();
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = SandboxListeners.authenticated(config(), ports, SandboxListeners.discovery(sandbox))) {
            ports.awaitCatchUps(1);
            Instant after = Instant.now();
            Window first = ports.catchUps.get(0);

            assertTrue(!first.from().isBefore(before.minus(LOOK_BACK).minus(MARGIN))
                    && !first.from().isAfter(after.minus(LOOK_BACK).minus(MARGIN)), first.toString());
            assertTrue(!first.until().isBefore(before) && !first.until().isAfter(after), first.toString());
            Await.until("the report logged", () -> !logs.containing("Catch-up done").isEmpty());
            assertEquals(1, listener.counters().catchUps());
        }
    }

    @Test
    void a_conversation_started_while_the_listener_was_deaf_falls_inside_the_next_catch_up() throws Exception {
        try (CrispRtmListener listener = SandboxListeners.authenticated(config(), ports, SandboxListeners.discovery(sandbox))) {
            ports.awaitCatchUps(1);
            sandbox.rtm().kill();
            Await.until("deaf", Await.AFTER_A_CUT, () -> !listener.health().ready());
            Conversation missed = sandbox.scenario().startConversation(site.websiteId(),
                    Visitor.from("urn:crisp.im:whatsapp:0").withPhone("+351912345678"));
            missed.started().get();
            sandbox.rtm().restore();
            ports.awaitCatchUps(2);

            Instant created = Instant.ofEpochMilli(missed.snapshot().createdAt());
            Window gap = ports.catchUps.get(1);
            assertTrue(gap.covers(created), created + " in " + gap);
            assertEquals(List.of(), ports.ofSession(missed.sessionId()), "its events were lost, as in production");
            assertTrue(Duration.between(gap.from(), gap.until()).compareTo(Duration.ofMinutes(1)) < 0,
                    "the gap is the deaf period, not the look-back: " + gap);
        }
    }

    @Test
    void a_gap_that_arrives_while_a_catch_up_runs_is_merged_into_the_next_one() {
        CountDownLatch release = new CountDownLatch(1);
        List<Window> windows = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CatchUpConversationsUseCase blocking = (from, until) -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            windows.add(new Window(from, until));
            try {
                if (windows.size() == 1) {
                    release.await(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return RecordingPorts.EMPTY_REPORT;
        };
        try (CrispRtmListener listener = new CrispRtmListener(config(), ports.capture(), ports.installationsPort(),
                blocking, SandboxListeners.discovery(sandbox), Clock.systemUTC())) {
            listener.start();
            Await.until("the first catch-up running", () -> windows.size() == 1);
            Instant beforeDrops = Instant.now();
            for (int drop = 2; drop <= 3; drop++) {
                int authentications = drop;
                sandbox.rtm().dropAllConnections();
                Await.until("authentication " + drop, Await.AFTER_A_CUT, () -> listener.counters().authentications() == authentications
                        && listener.health().ready());
            }
            Instant afterDrops = Instant.now();
            release.countDown();
            Await.until("the merged catch-up", () -> windows.size() == 2);

            Window merged = windows.get(1);
            assertTrue(!merged.from().isAfter(beforeDrops.minus(MARGIN)), merged + " starts before the first drop");
            assertTrue(!merged.until().isBefore(afterDrops.minus(Duration.ofMillis(500))), merged + " ends after the last");
            assertEquals(0, overlaps.get(), "one catch-up at a time");
            assertEquals(2, listener.counters().catchUps());
        }
    }

    /**
     * Three gaps in a row: catch-ups never start closer together than the spacing, so gaps that
     * come sooner wait and are merged, and together the runs cover every gap. Checked by
     * structure, whatever the machine's speed: when the drops take longer than the spacing, more
     * runs are allowed (one per spacing the drops spanned), never more.
     */
    @Test
    void gaps_closer_together_than_the_spacing_are_merged_into_one_later_catch_up() {
        Duration spacing = Duration.ofSeconds(2);
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        CatchUpConversationsUseCase timed = (from, until) -> {
            startedAt.add(System.nanoTime());
            return ports.catchUp().catchUp(from, until);
        };
        try (CrispRtmListener listener = new CrispRtmListener(builder().catchUpSpacing(spacing).build(), ports.capture(),
                ports.installationsPort(), timed, SandboxListeners.discovery(sandbox), Clock.systemUTC())) {
            listener.start();
            ports.awaitCatchUps(1);
            Instant beforeDrops = Instant.now();
            long dropsStart = System.nanoTime();
            for (int drop = 2; drop <= 4; drop++) {
                int authentications = drop;
                sandbox.rtm().dropAllConnections();
                Await.until("authentication " + drop, Await.AFTER_A_CUT, () -> listener.counters().authentications() == authentications
                        && listener.health().ready());
            }
            long dropsTook = System.nanoTime() - dropsStart;
            Instant afterDrops = Instant.now();
            Await.until("a catch-up covering the last gap", () -> ports.catchUps.size() >= 2
                    && !ports.catchUps.get(ports.catchUps.size() - 1).until().isBefore(afterDrops.minus(Duration.ofMillis(500))));

            List<Window> later = ports.catchUps.subList(1, ports.catchUps.size());
            long allowed = 1 + dropsTook / spacing.toNanos();
            assertTrue(later.size() <= allowed, later.size() + " catch-ups for three gaps over " + dropsTook / 1_000_000
                    + " ms, at most " + allowed + " with a spacing of " + spacing);
            assertTrue(!later.get(0).from().isAfter(beforeDrops.minus(MARGIN)), later.toString());
            for (int run = 1; run < startedAt.size(); run++) {
                // The listener times the spacing from just before it calls us; allow for that call's own cost.
                assertTrue(startedAt.get(run) - startedAt.get(run - 1) >= spacing.minusMillis(100).toNanos(),
                        "run " + run + " waited for the spacing");
            }
        }
    }

    @Test
    void a_catch_up_that_fails_is_retried_with_the_next_gap() {
        List<Window> windows = new CopyOnWriteArrayList<>();
        CatchUpConversationsUseCase failingOnce = (from, until) -> {
            windows.add(new Window(from, until));
            if (windows.size() == 1) {
                throw new IllegalStateException("Crisp is down");
            }
            return new CatchUpReport(1, 2, 3, 0, false);
        };
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = new CrispRtmListener(config(), ports.capture(), ports.installationsPort(),
                     failingOnce, SandboxListeners.discovery(sandbox), Clock.systemUTC())) {
            listener.start();
            Await.until("the failed catch-up", () -> !logs.warningsContaining("will be retried").isEmpty());
            Window failed = windows.get(0);
            sandbox.rtm().dropAllConnections();
            Await.until("the next catch-up", () -> windows.size() == 2);

            assertEquals(failed.from(), windows.get(1).from(), "the failed window is scanned again");
            Await.until("the incomplete report", () -> !logs.warningsContaining("Catch-up stopped early").isEmpty());
            assertFalse(logs.warningsContaining("1 of 2 websites scanned").isEmpty());
        }
    }
}
