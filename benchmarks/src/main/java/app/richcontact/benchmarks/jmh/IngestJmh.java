package app.richcontact.benchmarks.jmh;

import app.richcontact.adapters.crisprtm.wire.RtmPayloadParser;
import app.richcontact.adapters.crisprtm.wire.SocketIoPacket;
import com.fasterxml.jackson.databind.JsonNode;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.crispevents.CrispEvent;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.benchmarks.probes.CaptureWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of an RTM event that does not matter to us, on one thread: what most of Crisp's
 * traffic is once a plugin has many websites. The mix: later visitor messages in sessions already
 * decided (channel and chat), geolocation syncs, name changes, request events, and profile links
 * of decided sessions; each goes through the adapter's parser and the application's in-port,
 * which must find the session decided and stop there.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
public class IngestJmh {

    private static final int MASK = 4_095;

    private String[] packets;
    private String[] names;
    private JsonNode[] payloads;
    private ConversationEvent[] parsed;
    private RtmPayloadParser parser;
    private CaptureConversationUseCase capture;
    private int next;

    @Setup
    public void setUp() {
        CaptureWorld world = new CaptureWorld(Duration.ofSeconds(3), 100_000, 20, null);
        parser = world.parser();
        capture = world.capture();
        long now = System.currentTimeMillis();
        List<String[]> channelSessions = new ArrayList<>();
        List<String[]> chatSessions = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String website = world.websites().get(i % world.websites().size());
            String channel = CaptureWorld.newSession();
            CaptureWorld.conversationStart(website, channel, "+3519" + String.format("%08d", i), now)
                    .forEach(world::deliver);
            channelSessions.add(new String[] {website, channel});
            String chat = CaptureWorld.newSession();
            world.deliver(CaptureWorld.packet("message:send", CaptureWorld.message(website, chat, "chat", now)));
            chatSessions.add(new String[] {website, chat});
        }
        world.advance(Duration.ofSeconds(4));
        if (world.core().readCaptureGauges().gauges().open() != 0) {
            throw new IllegalStateException("windows still open after the set-up");
        }
        SplittableRandom random = new SplittableRandom(42);
        packets = new String[MASK + 1];
        for (int i = 0; i <= MASK; i++) {
            int roll = random.nextInt(100);
            String[] decided = (roll < 40 || roll >= 80 ? channelSessions : chatSessions)
                    .get(random.nextInt(channelSessions.size()));
            String website = decided[0];
            String session = decided[1];
            JSONObject base = CaptureWorld.base(website, session);
            if (roll < 40) {
                packets[i] = CaptureWorld.packet("message:send",
                        CaptureWorld.message(website, session, "urn:crisp.im:whatsapp:0", now));
            } else if (roll < 60) {
                packets[i] = CaptureWorld.packet("message:send", CaptureWorld.message(website, session, "chat", now));
            } else if (roll < 75) {
                packets[i] = CaptureWorld.packet("session:sync:geolocation", base.put("geolocation",
                        new JSONObject().put("country", "PT").put("region", "Lisbon").put("city", "Lisbon")));
            } else if (roll < 85) {
                packets[i] = CaptureWorld.packet("session:set_nickname", base.put("nickname", "Ana S."));
            } else if (roll < 95) {
                packets[i] = CaptureWorld.packet("session:request:initiated", base);
            } else {
                packets[i] = CaptureWorld.packet("people:bind:session", base.put("people_id",
                        "2c4bd4c5-7a1b-4b8e-9cbb-5f4a3c1e3f0" + (i % 10)));
            }
        }
        names = new String[MASK + 1];
        payloads = new JsonNode[MASK + 1];
        parsed = new ConversationEvent[MASK + 1];
        for (int i = 0; i <= MASK; i++) {
            // As the socket receives them: Socket.IO event frames.
            packets[i] = "42" + packets[i];
            SocketIoPacket.Event packet = (SocketIoPacket.Event) SocketIoPacket.decode(packets[i]);
            names[i] = packet.name();
            payloads[i] = packet.payload();
            if (parser.parse(names[i], payloads[i]) instanceof CrispEvent.ForConversation conversation) {
                parsed[i] = conversation.event();
            } else {
                throw new IllegalStateException("not a conversation event: " + names[i]);
            }
        }
    }

    /** Everything the plugin does with one irrelevant event: frame decode (the adapter's SocketIoPacket), parse, route. */
    @Benchmark
    public Object irrelevantEvent_decodeParseRoute() {
        int i = next++ & MASK;
        SocketIoPacket.Event packet = (SocketIoPacket.Event) SocketIoPacket.decode(packets[i]);
        CrispEvent result = parser.parse(packet.name(), packet.payload());
        if (result instanceof CrispEvent.ForConversation conversation) {
            capture.handle(conversation.event());
        }
        return result;
    }

    /** The adapter's parser alone, on an already decoded payload. */
    @Benchmark
    public Object irrelevantEvent_parseOnly() {
        int i = next++ & MASK;
        return parser.parse(names[i], payloads[i]);
    }

    /** The application's in-port alone, on an already parsed event. */
    @Benchmark
    public int irrelevantEvent_routeOnly() {
        int i = next++ & MASK;
        capture.handle(parsed[i]);
        return i;
    }
}
