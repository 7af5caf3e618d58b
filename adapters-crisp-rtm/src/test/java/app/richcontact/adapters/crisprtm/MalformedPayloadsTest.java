package app.richcontact.adapters.crisprtm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.adapters.crisprtm.runtime.EventDispatcher;
import app.richcontact.adapters.crisprtm.runtime.IncomingEvents;
import app.richcontact.adapters.crisprtm.runtime.ListenerCounters;
import app.richcontact.adapters.crisprtm.wire.RtmPayloadParser;
import app.richcontact.adapters.crisprtm.wire.SocketIoPacket;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.richcontact.application.port.in.ConversationEvent.ConversationRequested;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.MalformedPayload;
import app.richcontact.sandbox.RtmEvents;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed payloads, from the sandbox over the socket and generated here through
 * the parsing entry point: nothing crashes, every event is counted once under the right reason,
 * and no log line carries a payload value.
 */
class MalformedPayloadsTest {

    private static final int REPEATS = 25;
    private static final String ACCEPTED = "accepted";
    /** Personal values planted in generated payloads; none may reach a log line. */
    private static final List<String> CANARIES = List.of("912000777", "canary.fuzz@example.org", "Zacarias Canario");

    @Test
    void malformed_payloads_from_the_server_are_dropped_and_counted_and_the_connection_survives() throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build());
             CapturedLogs logs = new CapturedLogs()) {
            InstalledWebsite site = sandbox.scenario().installWebsite("Acme");
            RecordingPorts ports = new RecordingPorts();
            try (CrispRtmListener listener = SandboxListeners.authenticated(sandbox, ports)) {
                Map<String, Long> expected = new TreeMap<>();
                for (int i = 0; i < REPEATS; i++) {
                    for (String event : CrispRtmConfig.EVENTS) {
                        for (MalformedPayload kind : MalformedPayload.values()) {
                            sandbox.rtm().emitMalformed(event, kind);
                            expected.merge(expectedOutcome(event, kind), 1L, Long::sum);
                        }
                    }
                }
                Conversation marker = sandbox.scenario().startConversation(site.websiteId(),
                        Visitor.from("chat").withBeforeFirstMessage(java.util.Set.of()));
                marker.started().get();
                ports.awaitConversation(ConversationRequested.class, e -> e.session().value().equals(marker.sessionId()));

                RtmCounters counters = listener.counters();
                long emitted = (long) REPEATS * CrispRtmConfig.EVENTS.size() * MalformedPayload.values().length;
                long accepted = expected.remove(ACCEPTED);
                assertEquals(expected, counters.dropped());
                assertEquals(emitted, counters.droppedTotal() + accepted);
                assertEquals(accepted, ports.conversations.stream()
                        .filter(e -> !e.website().value().equals(site.websiteId())).count());
                assertEquals(1, counters.authentications(), "never disconnected");
                assertTrue(listener.health().ready());
                for (String payloadText : List.of("Ghost", "Hello", "nobody", "not an object", "yesterday")) {
                    assertEquals(List.of(), logs.containing(payloadText), payloadText);
                }
            }
        }
    }

    /** What the listener must make of the sandbox's broken payload {@code kind} sent as {@code event}. */
    private static String expectedOutcome(String event, MalformedPayload kind) {
        return switch (kind) {
            case NOT_AN_OBJECT -> "not_an_object";
            case NO_ARGUMENT -> "no_payload";
            case EMPTY_OBJECT -> "missing_website_id";
            case MISSING_SESSION_ID -> switch (event) {
                case RtmEvents.SUBSCRIPTION_UPDATED -> "missing_bound";
                case RtmEvents.SETTINGS_SAVED -> "missing_settings";
                default -> "missing_session_id";
            };
            // Session fields, a valid origin, a string user and no datum.
            case WRONG_TYPES, UNKNOWN_WEBSITE -> switch (event) {
                case RtmEvents.MESSAGE_SEND -> kind == MalformedPayload.WRONG_TYPES ? "wrong_type_user" : ACCEPTED;
                case RtmEvents.SESSION_REQUEST_INITIATED, RtmEvents.SESSION_SET_ORIGIN -> ACCEPTED;
                case RtmEvents.SESSION_SET_PHONE -> "missing_phone";
                case RtmEvents.SESSION_SET_EMAIL -> "missing_email";
                case RtmEvents.SESSION_SET_NICKNAME -> "missing_nickname";
                case RtmEvents.SESSION_SYNC_GEOLOCATION -> "missing_geolocation";
                case RtmEvents.PEOPLE_BIND_SESSION -> "missing_people_id";
                case RtmEvents.SUBSCRIPTION_UPDATED -> "missing_bound";
                case RtmEvents.SETTINGS_SAVED -> "missing_settings";
                default -> throw new IllegalArgumentException(event);
            };
        };
    }

    @Test
    void generated_junk_through_the_parsing_entry_point_never_throws_and_every_event_is_accounted_for() {
        ListenerCounters counters = new ListenerCounters();
        RecordingPorts ports = new RecordingPorts();
        EventDispatcher dispatcher = new EventDispatcher("dispatch", 100_000, counters, () -> { });
        IncomingEvents incoming = new IncomingEvents(new RtmPayloadParser(16 * 1_024, 12), counters, dispatcher,
                dispatcher, ports.capture(), ports.installationsPort(), Clock.systemUTC());
        int total = 20_000;
        try (CapturedLogs logs = new CapturedLogs()) {
            dispatcher.start();
            Junk junk = new Junk(new Random(20_261_123));
            for (int i = 0; i < total; i++) {
                // As the socket hands them over: one text frame each, decoded, then the event.
                var event = (SocketIoPacket.Event) SocketIoPacket.decode(junk.frame());
                incoming.onEvent(event.name(), event.payload());
            }
            RtmCounters counted = counters.snapshot();
            long accepted = total - counted.droppedTotal() - counted.ignoredTotal();
            Await.until("every accepted event delivered",
                    () -> ports.conversations.size() + ports.installations.size() == accepted);
            dispatcher.close(Duration.ofSeconds(5));

            assertEquals(total, counted.receivedTotal());
            assertEquals(0, counted.dropped("unreadable"), "no unexpected exception anywhere: " + counted.dropped());
            assertEquals(0, counted.dropped("queue_full"));
            assertTrue(counted.dropped().size() >= 20, "many reasons exercised: " + counted.dropped().keySet());
            assertTrue(accepted > total / 20, accepted + " well-formed enough to deliver");
            assertTrue(counted.received().keySet().stream()
                    .allMatch(label -> CrispRtmConfig.EVENTS.contains(label) || label.equals("other")));
            for (String canary : CANARIES) {
                assertEquals(List.of(), logs.containing(canary), canary);
            }
            assertTrue(CANARIES.stream().noneMatch(canary -> counted.toString().contains(canary)));
        }
    }

    /** Random event frames: valid payloads mutated at random, and worse. */
    private static final class Junk {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        private static final List<String> KEYS = List.of("website_id", "session_id", "from", "origin", "user",
                "nickname", "phone", "email", "geolocation", "country", "city", "people_id", "bound", "settings",
                "content", "type");
        private static final String WEBSITE = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
        private static final String SESSION = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";

        private final Random random;

        Junk(Random random) {
            this.random = random;
        }

        String eventName() {
            int pick = random.nextInt(10);
            if (pick < 8) {
                return CrispRtmConfig.EVENTS.get(random.nextInt(CrispRtmConfig.EVENTS.size()));
            }
            return pick == 8 ? "message:received" : "session:" + CANARIES.get(random.nextInt(CANARIES.size()));
        }

        /** A Socket.IO event frame: {@code 42["name", arguments...]}. */
        String frame() {
            List<Object> frame = new ArrayList<>();
            frame.add(eventName());
            frame.addAll(arguments());
            try {
                return "42" + MAPPER.writeValueAsString(frame);
            } catch (com.fasterxml.jackson.core.JsonProcessingException unwritable) {
                throw new IllegalStateException(unwritable);
            }
        }

        private List<Object> arguments() {
            int pick = random.nextInt(20);
            if (pick == 0) {
                return List.of();
            }
            if (pick == 1) {
                return java.util.Collections.singletonList(null);
            }
            if (pick == 2) {
                return java.util.Arrays.asList(scalar(), valid());
            }
            if (pick == 3) {
                return List.of(List.of(valid()));
            }
            Map<String, Object> payload = valid();
            int mutations = random.nextInt(5);
            for (int i = 0; i < mutations; i++) {
                mutate(payload, 0);
            }
            return List.of(payload);
        }

        private static Map<String, Object> object(Object... keysAndValues) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                object.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return object;
        }

        /** A payload with every field any event reads, holding canary values. */
        private Map<String, Object> valid() {
            return object(
                    "website_id", WEBSITE, "session_id", SESSION, "inbox_id", null,
                    "from", random.nextBoolean() ? "user" : "operator", "origin", "urn:crisp.im:whatsapp:0",
                    "content", "My number is +351 912 000 777", "type", "text",
                    "user", object("user_id", SESSION, "nickname", "Zacarias Canario"),
                    "phone", "+351 912 000 777", "email", "canary.fuzz@example.org",
                    "nickname", "Zacarias Canario",
                    "geolocation", object("country", "PT", "city", "Porto"),
                    "people_id", "5e0d0f48-6bd3-4ae4-8d6d-3a9bf8f4b0d1", "bound", random.nextBoolean(),
                    "settings", object("segments", List.of("vip")));
        }

        @SuppressWarnings("unchecked")
        private void mutate(Map<String, Object> payload, int depth) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            switch (random.nextInt(6)) {
                case 0 -> payload.remove(key);
                case 1 -> payload.put(key, null);
                case 2 -> payload.put(key, scalar());
                case 3 -> payload.put(key, depth < 3 ? nested(depth + 1) : scalar());
                case 4 -> payload.put(key, text());
                default -> {
                    Object inner = payload.get(random.nextBoolean() ? "user" : "geolocation");
                    if (inner instanceof Map<?, ?> object) {
                        mutate((Map<String, Object>) object, depth + 1);
                    } else {
                        payload.put("junk_" + random.nextInt(1_000), text());
                    }
                }
            }
        }

        private Object nested(int depth) {
            if (random.nextBoolean()) {
                Map<String, Object> object = new LinkedHashMap<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.put(KEYS.get(random.nextInt(KEYS.size())), depth < 14 ? nested(depth + 1) : text());
                }
                return object;
            }
            List<Object> array = new ArrayList<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                array.add(depth < 14 ? nested(depth + 1) : scalar());
            }
            return array;
        }

        private Object scalar() {
            return switch (random.nextInt(7)) {
                case 0 -> random.nextInt();
                case 1 -> random.nextDouble();
                case 2 -> random.nextBoolean();
                case 3 -> Long.MIN_VALUE;
                case 4 -> new byte[random.nextInt(64)];
                case 5 -> null;
                default -> text();
            };
        }

        private String text() {
            return switch (random.nextInt(9)) {
                case 0 -> "";
                case 1 -> "x".repeat(20_000);
                case 2 -> "\u0000\u202e\ud800";
                case 3 -> "urn:crisp.im:" + CANARIES.get(0) + ":0";
                case 4 -> "session_" + CANARIES.get(1);
                case 5 -> WEBSITE.toUpperCase();
                case 6 -> "+351 912 000 777 ext. 9";
                case 7 -> "Zacarias\nCanario";
                default -> CANARIES.get(random.nextInt(CANARIES.size()));
            };
        }
    }
}
