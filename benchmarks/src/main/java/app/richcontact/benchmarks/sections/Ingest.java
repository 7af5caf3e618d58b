package app.richcontact.benchmarks.sections;

import app.richcontact.adapters.crisprtm.runtime.EventDispatcher;
import app.richcontact.adapters.crisprtm.runtime.IncomingEvents;
import app.richcontact.adapters.crisprtm.runtime.ListenerCounters;
import app.richcontact.adapters.crisprtm.wire.RtmPayloadParser;
import app.richcontact.adapters.crisprtm.wire.SocketIoPacket;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.benchmarks.harness.Await;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.InProcessPlugin;
import app.richcontact.benchmarks.harness.LoadMeter;
import app.richcontact.benchmarks.harness.PluginHttp;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.benchmarks.jmh.CaptureJmh;
import app.richcontact.benchmarks.jmh.IngestJmh;
import app.richcontact.benchmarks.probes.CaptureWorld;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Event ingest: RTM events per second that the listener parses and routes, most of them
 * irrelevant (sessions already decided). Three views: JMH on one thread (decode, parse and route;
 * and each part alone), the listener's real two-thread pipeline (socket thread, queue, dispatch
 * thread) absorbing a burst, and the whole plugin fed over a real Socket.IO connection by the
 * sandbox. Also JMH on the capture state machine without I/O.
 */
public final class Ingest {

    static final String SECTION = "ingest";

    private Ingest() {
    }

    public static void run(Report report) throws Exception {
        jmh(report);
        pipeline(report);
        overTheSocket(report);
    }

    private static void jmh(Report report) throws Exception {
        report.say("ingest: JMH (1 fork, 2 x 1 s warm-up, 3 x 1 s measurement per benchmark)");
        String quiet = LoadMeter.awaitQuiet(0.3);
        LoadMeter meter = LoadMeter.start();
        Options options = new OptionsBuilder()
                .include(IngestJmh.class.getName() + ".*")
                .include(CaptureJmh.class.getName() + ".*")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        String machine = meter.describe();
        Map<String, double[]> scores = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            scores.put(name, new double[] {result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }
        String context = "JMH, one thread; " + quiet + "; " + machine;
        double[] total = scores.get("irrelevantEvent_decodeParseRoute");
        report.add(Figure.atLeast(SECTION, "irrelevant events/s on one core: decode + parse + route", Math.round(total[0]),
                "/s", 50_000, String.format("±%.0f (99.9%%); mix: 40%% later visitor messages in decided channel "
                        + "sessions, 20%% in chat sessions, 15%% geolocation syncs, 10%% name changes, 10%% request "
                        + "events, 5%% profile links; Socket.IO frames decoded as the adapter's socket does (Jackson), the RTM "
                        + "adapter's parser, the application's capture in-port; %s", total[1], context)));
        double[] parse = scores.get("irrelevantEvent_parseOnly");
        report.add(Figure.info(SECTION, "  of which the adapter's parser alone", Math.round(parse[0]), "/s",
                String.format("±%.0f; payload already decoded; %s", parse[1], context)));
        double[] route = scores.get("irrelevantEvent_routeOnly");
        report.add(Figure.info(SECTION, "  of which the application's in-port alone", Math.round(route[0]), "/s",
                String.format("±%.0f; event already parsed; %s", route[1], context)));
        double[] capture = scores.get("newConversation");
        report.add(Figure.info(SECTION, "capture state machine: new conversations/s, no I/O", Math.round(capture[0]), "/s",
                String.format("±%.0f; six events per conversation (origin, name, first message, request, phone, "
                        + "place), window opened, filled, closed and decided against out-ports that answer at once; "
                        + "the application's own cost per contact, apart from Crisp's round trips; %s", capture[1],
                        context)));
    }

    /** The listener's two threads as production runs them, absorbing a burst of irrelevant events. */
    private static void pipeline(Report report) {
        int events = 300_000;
        report.say("ingest: the listener's pipeline, %,d irrelevant events in one burst", events);
        CaptureWorld world = new CaptureWorld(Duration.ofSeconds(3), 100_000, 20, null);
        long now = System.currentTimeMillis();
        List<String> packets = new ArrayList<>();
        List<String[]> decided = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String website = world.websites().get(i % 20);
            String session = CaptureWorld.newSession();
            world.deliver(CaptureWorld.packet("message:send", CaptureWorld.message(website, session, "chat", now)));
            decided.add(new String[] {website, session});
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 4_096; i++) {
            String[] session = decided.get(random.nextInt(decided.size()));
            packets.add(random.nextInt(100) < 70
                    ? CaptureWorld.packet("message:send", CaptureWorld.message(session[0], session[1], "chat", now))
                    : CaptureWorld.packet("session:set_nickname", CaptureWorld.base(session[0], session[1])
                            .put("nickname", "Ana S.")));
        }
        ListenerCounters counters = new ListenerCounters();
        EventDispatcher dispatcher = new EventDispatcher("dispatch", events + 1_000, counters, () -> { });
        LongAdder delivered = new LongAdder();
        CaptureConversationUseCase counted = event -> {
            world.capture().handle(event);
            delivered.increment();
        };
        IncomingEvents incoming = new IncomingEvents(new RtmPayloadParser(256 * 1_024, 32), counters, dispatcher,
                dispatcher, counted, event -> { }, Clock.systemUTC());
        dispatcher.start();
        String quiet = LoadMeter.awaitQuiet(0.3);
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            long target = delivered.sum() + events;
            for (int i = 0; i < events; i++) {
                SocketIoPacket.Event packet = (SocketIoPacket.Event) SocketIoPacket.decode("42" + packets.get(i & 4_095));
                incoming.onEvent(packet.name(), packet.payload());
            }
            long offered = System.nanoTime() - start;
            Await.until(Duration.ofSeconds(60), Duration.ofMillis(1), () -> delivered.sum() >= target);
            long total = System.nanoTime() - start;
            if (warm == 1) {
                report.add(Figure.atLeast(SECTION, "irrelevant events/s through the listener's two threads",
                        Math.round(events / (total / 1e9)), "/s", 50_000, String.format("%,d events: socket-thread side "
                                + "(JSON decode, count, parse, queue) took %.0f ms, all routed by the dispatch thread "
                                + "after %.0f ms; dropped %s; the real IncomingEvents and EventDispatcher with the "
                                + "application's in-port; second of two bursts; %s", events, offered / 1e6, total / 1e6,
                        counters.snapshot().dropped(), quiet)));
            }
        }
        dispatcher.close(Duration.ofSeconds(5));
    }

    /** The whole plugin, fed by the sandbox over a real Socket.IO connection. */
    private static void overTheSocket(Report report) throws Exception {
        int events = 60_000;
        report.say("ingest: %,d later visitor messages over a real socket from the sandbox", events);
        try (Rig rig = Rig.start(Rig.unlimitedUnspaced(), 5, Map.of(app.richcontact.bootstrap.PluginConfiguration.DAILY_QUOTA,
                Rig.UNLIMITED_PLUGIN_QUOTA))) {
            CrispSandbox crisp = rig.sandbox();
            InProcessPlugin plugin = rig.plugin();
            List<Conversation> conversations = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                conversations.add(crisp.scenario().startConversation(rig.websites().get(i % 5),
                        Visitor.from("chat").withNickname("Chatty")));
            }
            for (Conversation conversation : conversations) {
                conversation.started().get(10, TimeUnit.SECONDS);
            }
            Await.until(Duration.ofSeconds(10), Duration.ofMillis(20), () -> plugin.gauges().early() == 0);
            double before = received(plugin);
            String quiet = LoadMeter.awaitQuiet(0.3);
            LoadMeter meter = LoadMeter.start();
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                conversations.get(i % conversations.size()).visitorMessage("and one more thing");
            }
            long emitted = System.nanoTime() - start;
            boolean all = Await.until(Duration.ofSeconds(60), Duration.ofMillis(20),
                    () -> received(plugin) - before >= events);
            long total = System.nanoTime() - start;
            double got = received(plugin) - before;
            String metrics = plugin.http().metricsText();
            report.add(Figure.info(SECTION, "irrelevant events/s over a real socket (sandbox emitting)",
                    Math.round(got / (total / 1e9)), "/s", String.format("%,d message:send of decided chat sessions "
                                    + "emitted by the sandbox in %.0f ms (its Socket.IO server on this JVM and these 2 cores "
                                    + "is the limit here, so this is a floor), %,.0f received%s after %.0f ms; dropped %.0f; "
                                    + "%s; %s", events, emitted / 1e6, got, all ? "" : " (NOT ALL)", total / 1e6,
                            PluginHttp.sum(metrics, "richcontact_rtm_events_dropped_total"), quiet, meter.describe())));
        }
    }

    private static double received(InProcessPlugin plugin) {
        return PluginHttp.sum(plugin.http().metricsText(), "richcontact_rtm_events_received_total",
                "event=\"message:send\"");
    }
}
