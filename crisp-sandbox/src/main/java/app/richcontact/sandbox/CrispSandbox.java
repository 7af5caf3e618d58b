package app.richcontact.sandbox;

import app.richcontact.sandbox.internal.DaemonThreads;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.hooks.WebhookSender;
import app.richcontact.sandbox.internal.page.CrmPage;
import app.richcontact.sandbox.internal.rest.FaultInjector;
import app.richcontact.sandbox.internal.rest.Quota;
import app.richcontact.sandbox.internal.rest.RequestCounter;
import app.richcontact.sandbox.internal.rest.RestApi;
import app.richcontact.sandbox.internal.rest.RestDispatcher;
import app.richcontact.sandbox.internal.rtm.RtmServer;
import app.richcontact.sandbox.internal.scenario.ScenarioDriver;
import app.richcontact.sandbox.internal.settings.SettingsSaves;
import app.richcontact.sandbox.internal.settings.SettingsSchema;
import app.richcontact.sandbox.internal.traffic.RandomTraffic;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * A running emulator of Crisp's plugin API: REST under {@link #restBaseUrl()}, Socket.IO RTM at
 * {@link #rtmUrl()}, and an HTML view of its CRM at {@link #pageUrl()}, all on one loopback
 * port. Start it with {@link #start(SandboxOptions)}, drive it with {@link #scenario()}, break it
 * with {@link #restFaults()} and {@link #rtm()}, observe it with {@link #requestLog()}, and
 * {@link #close()} it when done.
 */
public final class CrispSandbox implements AutoCloseable {

    static final String RTM_PATH = "/rtm/";
    static final String RESCUE_RTM_PATH = "/rtm-rescue/";

    private final SandboxOptions options;
    private final SandboxSwitches switches;
    private final World world;
    private final Quota quota;
    private final FaultInjector faults;
    private final RequestCounter log;
    private final RtmServer rtm;
    private final WebhookSender webhooks;
    private final ScenarioDriver scenario;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService delayed;
    private final List<RandomTraffic> traffic = new CopyOnWriteArrayList<>();
    private final Javalin http;
    private final String baseUrl;

    private CrispSandbox(SandboxOptions options) {
        this.options = options;
        this.switches = new SandboxSwitches(options);
        this.world = new World();
        this.quota = new Quota(Clock.systemUTC());
        this.faults = new FaultInjector();
        this.log = new RequestCounter();
        this.scheduler = new ScheduledThreadPoolExecutor(2, new DaemonThreads("sandbox-scenario"));
        scheduler.setRemoveOnCancelPolicy(true);
        this.delayed = Executors.newCachedThreadPool(new DaemonThreads("sandbox-latency"));
        this.rtm = new RtmServer(pluginIdentifier(), pluginKey(), world, switches);
        this.webhooks = new WebhookSender(switches, world);
        EventSink events = EventSink.both(rtm, webhooks);
        JsonNode schema = settingsSchema(options.get(SandboxOptions.SETTINGS_SCHEMA));
        SettingsSaves settingsSaves = new SettingsSaves(new SettingsSchema(schema), switches, events, pluginId());
        this.scenario = new ScenarioDriver(world, events, rtm, switches, scheduler, pluginId(), settingsSaves);
        RestDispatcher rest = RestApi.dispatcher(new RestApi.Wiring(world, switches, quota, faults, log,
                delayed, pluginIdentifier(), pluginKey(), pluginId(), schema, settingsSaves, events,
                this::rtmUrl, this::rescueRtmUrl));
        CrmPage page = new CrmPage(world, scenario);
        this.http = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.get(SandboxOptions.HOST);
            config.jetty.port = options.get(SandboxOptions.PORT);
            QueuedThreadPool threads = new QueuedThreadPool(200, 4);
            threads.setName("sandbox-http");
            // Daemon threads: a test that forgets close() must not keep its JVM alive.
            threads.setDaemon(true);
            config.jetty.threadPool = threads;
            // Jetty's default scheduler thread is not a daemon; this one is, for the same reason.
            config.unsafe.jettyInternal.server =
                    new Server(threads, new ScheduledExecutorScheduler("sandbox-http-scheduler", true), null);
            config.routes.get("/", page::handle);
            for (HandlerType method : List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.POST, HandlerType.PUT,
                    HandlerType.PATCH, HandlerType.DELETE)) {
                config.routes.addHttpHandler(method, "/v1/*", rest::handle);
            }
            rtm.mount(config, RTM_PATH, RESCUE_RTM_PATH);
        });
        try {
            http.start();
        } catch (RuntimeException e) {
            closeQuietly();
            throw new IllegalStateException("the sandbox cannot listen on " + options.get(SandboxOptions.HOST) + ":"
                    + options.get(SandboxOptions.PORT), e);
        }
        this.baseUrl = "http://" + options.get(SandboxOptions.ADVERTISED_HOST) + ":" + http.port();
    }

    private static JsonNode settingsSchema(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("settingsSchema is not JSON", unreadable);
        }
    }

    /**
     * Starts a sandbox and returns once it listens.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public static CrispSandbox start(SandboxOptions options) {
        return new CrispSandbox(options);
    }

    /** Starts a sandbox with {@link SandboxOptions#defaults()}. */
    public static CrispSandbox start() {
        return start(SandboxOptions.defaults());
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return http.port();
    }

    /** The REST base URL, ending in {@code /v1/}: the plugin's {@code CRISP_API_URL}. */
    public URI restBaseUrl() {
        return URI.create(baseUrl + "/v1/");
    }

    /** The RTM URL announced as {@code data.socket.app}; its path is the Socket.IO path. */
    public URI rtmUrl() {
        return URI.create(baseUrl + RTM_PATH);
    }

    /** The second RTM URL, announced as {@code data.rescue.socket.app}; it works too. */
    public URI rescueRtmUrl() {
        return URI.create(baseUrl + RESCUE_RTM_PATH);
    }

    /** The HTML page showing the CRM and recent conversations. */
    public URI pageUrl() {
        return URI.create(baseUrl + "/");
    }

    public String pluginIdentifier() {
        return options.get(SandboxOptions.IDENTIFIER);
    }

    public String pluginKey() {
        return options.get(SandboxOptions.KEY);
    }

    public String pluginId() {
        return options.get(SandboxOptions.PLUGIN_ID);
    }

    /** The options it started with; {@link #switches()} holds the current values. */
    public SandboxOptions options() {
        return options;
    }

    /** Behaviours that tests may change while it runs. */
    public SandboxSwitches switches() {
        return switches;
    }

    public RestFaults restFaults() {
        return faults;
    }

    public RtmControl rtm() {
        return rtm;
    }

    public RequestLog requestLog() {
        return log;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Requests counted against today's quota (those past the budget included). */
    public long quotaUsed() {
        return quota.used();
    }

    /** Starts today's quota count again from zero. */
    public void resetQuota() {
        quota.reset();
    }

    public WebhookCounts webhookCounts() {
        return webhooks.counts();
    }

    /** Installs websites and generates random conversations on them until stopped. */
    public TrafficRun startTraffic(TrafficOptions trafficOptions) {
        RandomTraffic run = RandomTraffic.start(scenario, trafficOptions, scheduler);
        traffic.add(run);
        return run;
    }

    /** Stops traffic, drops every connection and frees the port; idempotent. */
    @Override
    public void close() {
        traffic.forEach(RandomTraffic::stop);
        closeQuietly();
    }

    private void closeQuietly() {
        scheduler.shutdownNow();
        rtm.shutdown();
        webhooks.close();
        http.stop();
        delayed.shutdownNow();
    }
}
