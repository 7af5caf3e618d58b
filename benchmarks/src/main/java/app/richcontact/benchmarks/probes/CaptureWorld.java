package app.richcontact.benchmarks.probes;

import app.richcontact.adapters.crisprtm.wire.RtmPayloadParser;
import app.richcontact.adapters.crisprtm.wire.SocketIoPacket;
import app.richcontact.application.CaptureConfig;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.fake.CrispCalls;
import app.richcontact.application.fake.InMemoryContactCards;
import app.richcontact.application.fake.InMemoryContactDirectory;
import app.richcontact.application.fake.InMemoryConversationDirectory;
import app.richcontact.application.fake.InMemoryInstallations;
import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.fake.ManualScheduler;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.out.TaskScheduler;
import app.richcontact.crispevents.CrispEvent;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The application core with in-memory out-ports and a manual clock, fed RTM payloads as Crisp
 * sends them: JSON text, decoded as the RTM adapter's socket does ({@link SocketIoPacket}), parsed by its
 * own parser, then handed to the capture in-port. Every value is a fresh object as in production.
 */
public final class CaptureWorld {

    private final ManualClock clock = new ManualClock();
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final TaskScheduler timers;
    private final RichContactCore core;
    private final CaptureConversationUseCase capture;
    private final RtmPayloadParser parser = new RtmPayloadParser(256 * 1_024, 32);
    private final List<String> websites = new ArrayList<>();

    /**
     * @param window the collection window (long, with a real scheduler, so that windows stay open)
     * @param timers the scheduler for windows (production's, to measure what it holds), or null
     *               for the manual one that {@link #advance} drives
     */
    public CaptureWorld(Duration window, int maxOpen, int websiteCount, TaskScheduler timers) {
        this.timers = timers == null ? scheduler : timers;
        CrispCalls calls = new CrispCalls();
        InMemoryInstallations installations = new InMemoryInstallations(calls, clock);
        for (int i = 0; i < websiteCount; i++) {
            String website = UUID.randomUUID().toString();
            websites.add(website);
            installations.install(new Installation(new WebsiteId(website), WebsiteToken.of(UUID.randomUUID().toString()),
                    WebsiteSettings.DEFAULTS));
        }
        InMemoryContactDirectory directory = new InMemoryContactDirectory(calls);
        core = new RichContactCore(CaptureConfig.builder().window(window).maxOpenCaptures(maxOpen).build(), clock,
                this.timers, Runnable::run, installations, installations, new InMemoryConversationDirectory(calls),
                directory, new InMemoryContactCards(calls, directory), outcome -> { }, upgrade -> { },
                (origin, resolution) -> { }, () -> { });
        core.loadInstallations().loadAll();
        capture = core.captureConversation();
    }

    /** Moves the manual clock on, closing the windows that fall due (processed at once, in memory). */
    public void advance(Duration duration) {
        if (timers != scheduler) {
            throw new IllegalStateException("this world's windows run on a real scheduler; the manual clock moves nothing");
        }
        scheduler.advance(duration);
    }

    public RtmPayloadParser parser() {
        return parser;
    }

    public CaptureConversationUseCase capture() {
        return capture;
    }

    public RichContactCore core() {
        return core;
    }

    public List<String> websites() {
        return websites;
    }

    /** A new session id as Crisp writes them. */
    public static String newSession() {
        return "session_" + UUID.randomUUID();
    }

    /** Decodes one Socket.IO event packet's JSON, parses it and hands the result to the in-port. */
    public void deliver(String packetJson) {
        SocketIoPacket.Event event = (SocketIoPacket.Event) SocketIoPacket.decode("42" + packetJson);
        if (parser.parse(event.name(), event.payload()) instanceof CrispEvent.ForConversation conversation) {
            capture.handle(conversation.event());
        }
    }

    /** The packets of a WhatsApp conversation start: origin, name, first message, request, phone, place. */
    public static List<String> conversationStart(String website, String session, String phone, long now) {
        List<String> packets = new ArrayList<>();
        packets.add(packet("session:set_origin", base(website, session).put("origin", "urn:crisp.im:whatsapp:0")));
        packets.add(packet("session:set_nickname", base(website, session).put("nickname", "Ana Silva")));
        packets.add(packet("message:send", message(website, session, "urn:crisp.im:whatsapp:0", now)));
        packets.add(packet("session:request:initiated", base(website, session)));
        packets.add(packet("session:set_phone", base(website, session).put("phone", phone)));
        packets.add(packet("session:sync:geolocation", base(website, session).put("geolocation", new JSONObject()
                .put("country", "PT").put("region", "Lisbon").put("city", "Lisbon")
                .put("coordinates", new JSONObject().put("latitude", 38.72).put("longitude", -9.14)))));
        return packets;
    }

    public static JSONObject message(String website, String session, String origin, long now) {
        return base(website, session).put("type", "text").put("from", "user").put("origin", origin)
                .put("content", "Hello, is this still available?").put("fingerprint", 163240180100L + now)
                .put("timestamp", now).put("stamped", true)
                .put("user", new JSONObject().put("user_id", session).put("nickname", "Ana Silva"));
    }

    public static JSONObject base(String website, String session) {
        return new JSONObject().put("website_id", website).put("session_id", session).put("inbox_id", JSONObject.NULL);
    }

    public static String packet(String event, JSONObject payload) {
        return new JSONArray().put(event).put(payload).toString();
    }
}
