package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.ConversationEvent.VisitorMessageSent;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Start, close, and what happens when the in-ports are slow or broken. */
class LifecycleTest {

    /**
     * Threads of the listener, its WebSocket's callback thread included. Not counted: the JDK
     * {@code HttpClient}'s selector daemon, which ends once the client is collected, and whose
     * name ({@code HttpClient-N-SelectorManager}) the sandbox's own clients share.
     */
    private static final List<String> OUR_THREADS = List.of("crisp-rtm-");

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

    @Test
    void close_leaves_no_running_thread_and_the_server_sees_the_socket_go() throws Exception {
        CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports);
        heard(visitor());
        sandbox.rtm().dropAllConnections();
        Await.until("reconnected", Await.AFTER_A_CUT, () -> listener.counters().authentications() == 2 && listener.health().ready());
        heard(visitor());

        listener.close();

        assertEquals(RtmState.DISCONNECTED, listener.health().state());
        Await.until("no connection on the server", () -> sandbox.rtm().connections() == 0);
        Await.until("no thread left: " + ourThreads(), () -> ourThreads().isEmpty());
    }

    @Test
    void close_is_idempotent_and_a_closed_listener_cannot_start() {
        CrispRtmListener listener = SandboxListeners.listener(SandboxListeners.fastConfig(sandbox), ports,
                SandboxListeners.discovery(sandbox));
        listener.close();
        listener.close();
        assertThrows(IllegalStateException.class, listener::start);
        Await.until("no thread left: " + ourThreads(), () -> ourThreads().isEmpty());
    }

    @Test
    void close_while_the_server_is_down_stops_retrying() {
        sandbox.rtm().kill();
        CrispRtmListener listener = SandboxListeners.listener(SandboxListeners.fastConfig(sandbox), ports,
                SandboxListeners.discovery(sandbox));
        listener.start();
        Await.until("a few refused attempts", () -> listener.counters().connectionAttempts() >= 3);
        listener.close();
        long attempts = listener.counters().connectionAttempts();
        Await.until("no thread left: " + ourThreads(), () -> ourThreads().isEmpty());
        assertEquals(attempts, listener.counters().connectionAttempts());
    }

    @Test
    void a_slow_in_port_never_blocks_the_socket_a_full_queue_drops_counts_and_asks_for_a_catch_up() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        CrispRtmConfig config = SandboxListeners.fast(sandbox).dispatchQueueCapacity(2).build();
        try (CrispRtmListener listener = new CrispRtmListener(config, event -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            handled.incrementAndGet();
        }, ports.installationsPort(), ports.catchUp(), SandboxListeners.discovery(sandbox), Clock.systemUTC())) {
            listener.start();
            Await.until("authenticated", () -> listener.health().ready());
            // A loss that arrives while the start-up catch-up still waits is merged into it (one scan of the union):
            // let that one run first, so that the loss's own catch-up is the one seen.
            Await.until("the start-up catch-up", () -> !ports.catchUps.isEmpty());
            java.time.Instant beforeConversations = java.time.Instant.now();
            for (int i = 0; i < 5; i++) {
                sandbox.scenario().startConversation(site.websiteId(), visitor()).started().get();
            }
            // 5 starts of 2 events each: one in the in-port, two queued, the rest dropped, none waited for.
            Await.until("all received", () -> listener.counters().receivedTotal() == 10);
            long dropped = listener.counters().dropped("queue_full");
            assertTrue(dropped >= 7, dropped + " dropped");
            assertTrue(listener.health().ready());
            Await.until("a catch-up of the moments the events were lost", () -> ports.catchUps.stream()
                    .anyMatch(window -> !window.from().isBefore(beforeConversations.minusSeconds(2))));
            release.countDown();
            Await.until("the queue drained", () -> handled.get() == 10 - dropped);
        }
    }

    @Test
    void an_in_port_that_throws_is_counted_and_later_events_still_arrive() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (CapturedLogs logs = new CapturedLogs();
             CrispRtmListener listener = new CrispRtmListener(SandboxListeners.fastConfig(sandbox), event -> {
                 if (calls.incrementAndGet() == 1) {
                     throw new IllegalStateException("boom for " + ((ConversationEvent) event).session());
                 }
                 ports.conversations.add(event);
             }, ports.installationsPort(), ports.catchUp(), SandboxListeners.discovery(sandbox), Clock.systemUTC())) {
            listener.start();
            Await.until("authenticated", () -> listener.health().ready());
            Conversation conversation = sandbox.scenario().startConversation(site.websiteId(), visitor());
            conversation.started().get();
            heard(visitor());

            assertEquals(1, listener.counters().dropped("in_port_failed"));
            assertEquals(1, logs.warningsContaining("java.lang.IllegalStateException").size());
            assertEquals(List.of(), logs.containing(conversation.sessionId()), "the exception's message is not logged");
        }
    }

    private static Visitor visitor() {
        return Visitor.from("urn:crisp.im:whatsapp:0").withRequestInitiated(false).withBeforeFirstMessage(java.util.Set.of());
    }

    private void heard(Visitor visitor) throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(site.websiteId(), visitor);
        conversation.started().get();
        ports.awaitConversation(VisitorMessageSent.class, e -> e.session().value().equals(conversation.sessionId()));
    }

    private static List<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> OUR_THREADS.stream().anyMatch(name::startsWith))
                .sorted().toList();
    }
}
