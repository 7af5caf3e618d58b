package app.richcontact.adapters.crisprtm;

import app.richcontact.adapters.crisprtm.runtime.EventDispatcher;
import app.richcontact.adapters.crisprtm.runtime.IncomingEvents;
import app.richcontact.adapters.crisprtm.runtime.ListenerCounters;
import app.richcontact.adapters.crisprtm.wire.RtmPayloadParser;
import app.richcontact.adapters.crisprtm.wire.SocketIoPacket;
import java.util.Map;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.MalformedPayload;
import app.richcontact.sandbox.RtmEvents;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurements, not tests: its name keeps it out of the normal build. Run it with
 * {@code mvn -pl adapters-crisp-rtm -am verify -Dtest=RtmBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RtmBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(RtmBenchmark.class);
    private static final String WEBSITE = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
    private static final String SESSION = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";

    @Test
    void events_parsed_and_routed_per_second_on_the_socket_thread() {
        for (String kind : new String[] {"chat message (routed)", "operator message (ignored)", "not an object (dropped)"}) {
            ListenerCounters counters = new ListenerCounters();
            LongAdder handled = new LongAdder();
            EventDispatcher dispatcher = new EventDispatcher("dispatch", 1_000_000, counters, () -> { });
            IncomingEvents incoming = new IncomingEvents(new RtmPayloadParser(256 * 1_024, 32), counters, dispatcher,
                    dispatcher, event -> handled.increment(), event -> { }, Clock.systemUTC());
            dispatcher.start();
            // The frame as it arrives; each event is decoded from it, as on the socket's thread.
            String frame = SocketIoPacket.event(RtmEvents.MESSAGE_SEND, switch (kind.charAt(0)) {
                case 'c' -> message("user", "chat");
                case 'o' -> message("operator", "chat");
                default -> "text";
            });
            int warmUp = 200_000;
            int measured = 1_000_000;
            for (int i = 0; i < warmUp; i++) {
                var event = (SocketIoPacket.Event) SocketIoPacket.decode(frame);
                incoming.onEvent(event.name(), event.payload());
            }
            long start = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                var event = (SocketIoPacket.Event) SocketIoPacket.decode(frame);
                incoming.onEvent(event.name(), event.payload());
            }
            long socketThreadNanos = System.nanoTime() - start;
            dispatcher.close(Duration.ofSeconds(30));
            LOG.info("{}: {} events/s on the socket thread ({} ns each); {} delivered", kind,
                    Math.round(measured / (socketThreadNanos / 1e9)), socketThreadNanos / measured, handled.sum());
        }
    }

    @Test
    void events_per_second_over_a_real_socket_from_the_sandbox() throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build())) {
            LongAdder handled = new LongAdder();
            RecordingPorts ports = new RecordingPorts();
            CrispRtmListener listener = new CrispRtmListener(SandboxListeners.fastConfig(sandbox),
                    event -> handled.increment(), ports.installationsPort(), ports.catchUp(),
                    SandboxListeners.discovery(sandbox), Clock.systemUTC());
            long startNanos = System.nanoTime();
            listener.start();
            Await.until("authenticated", () -> listener.health().ready());
            LOG.info("Start to authenticated: {} ms", (System.nanoTime() - startNanos) / 1_000_000);
            int count = 50_000;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                // A well-formed message:send of a website we do not know: parsed and routed like any other.
                sandbox.rtm().emitMalformed(RtmEvents.MESSAGE_SEND, MalformedPayload.UNKNOWN_WEBSITE);
            }
            long emitted = System.nanoTime() - start;
            Await.until("all delivered", Duration.ofSeconds(60), () -> handled.sum() == count);
            long total = System.nanoTime() - start;
            LOG.info("{} message:send over the socket: emitted in {} ms, all delivered after {} ms: {} events/s; "
                            + "dropped {}", count, emitted / 1_000_000, total / 1_000_000,
                    Math.round(count / (total / 1e9)), listener.counters().dropped());

            for (int i = 0; i < 5; i++) {
                long authentications = listener.counters().authentications();
                long dropAt = System.nanoTime();
                sandbox.rtm().dropAllConnections();
                Await.until("reconnected", Await.AFTER_A_CUT, () -> listener.counters().authentications() == authentications + 1
                        && listener.health().ready());
                LOG.info("Drop to authenticated again (50-100 ms back-off): {} ms", (System.nanoTime() - dropAt) / 1_000_000);
            }
            long closeAt = System.nanoTime();
            listener.close();
            LOG.info("close(): {} ms", (System.nanoTime() - closeAt) / 1_000_000);
        }
    }

    @Test
    void reconnect_delays_with_the_production_back_off() throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start()) {
            RecordingPorts ports = new RecordingPorts();
            CrispRtmConfig production = CrispRtmConfig.builder(sandbox.pluginIdentifier(), sandbox.pluginKey()).build();
            try (CrispRtmListener listener = SandboxListeners.authenticated(production, ports,
                    SandboxListeners.discovery(sandbox))) {
                for (int i = 0; i < 3; i++) {
                    long authentications = listener.counters().authentications();
                    long dropAt = System.nanoTime();
                    sandbox.rtm().dropAllConnections();
                    Await.until("reconnected", Duration.ofSeconds(20), () -> listener.counters().authentications()
                            == authentications + 1 && listener.health().ready());
                    LOG.info("Production back-off: drop to authenticated again in {} ms",
                            (System.nanoTime() - dropAt) / 1_000_000);
                }
            }
        }
    }

    private static Map<String, Object> message(String from, String origin) {
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("website_id", WEBSITE);
        message.put("session_id", SESSION);
        message.put("inbox_id", null);
        message.put("type", "text");
        message.put("from", from);
        message.put("origin", origin);
        message.put("content", "Hello there");
        message.put("fingerprint", 163240180100L);
        message.put("timestamp", 1_700_000_000_000L);
        message.put("stamped", true);
        message.put("user", Map.of("user_id", SESSION, "nickname", "Ana"));
        return message;
    }
}
