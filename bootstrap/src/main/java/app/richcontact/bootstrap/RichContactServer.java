package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprest.CrispRestConfig;
import app.richcontact.adapters.crisprest.CrispRestGateway;
import app.richcontact.adapters.crisprest.RealtimeEndpoints;
import app.richcontact.adapters.crisprtm.CrispRtmConfig;
import app.richcontact.adapters.crisprtm.CrispRtmListener;
import app.richcontact.adapters.crisprtm.RtmEndpoints;
import app.richcontact.adapters.crisprtm.RtmHealth;
import app.richcontact.adapters.web.HookSecret;
import app.richcontact.adapters.web.JavalinWebServer;
import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.Readiness;
import app.richcontact.adapters.web.WebConfig;
import app.richcontact.adapters.web.WebPorts;
import app.richcontact.application.CaptureConfig;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.port.in.DrainCapturesUseCase.DrainReport;
import app.richcontact.application.port.out.CaptureOutcomes;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.application.port.out.TaskScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rich Contact, wired: every object built here with {@code new}, in one place. Start-up serves
 * health at once, loads the installations (retrying until Crisp answers), then connects the
 * real-time listener, and only then reports ready. Closing drains: the listener stops first,
 * open windows are processed within the deadline, then the web server and the threads stop.
 * Public so that benchmarks and end-to-end tests run exactly what production runs.
 */
public final class RichContactServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RichContactServer.class);
    private static final Duration LOAD_RETRY = Duration.ofSeconds(30);
    private static final Duration REFRESH_EVERY = Duration.ofMinutes(10);
    private static final Duration FULL_LOAD_EVERY = Duration.ofHours(6);

    private final PluginConfiguration config;
    private final Clock clock;
    private final ExecutorTaskScheduler scheduler = new ExecutorTaskScheduler("capture-timer");
    /** Installation loads block on Crisp: they get their own thread, never the capture timer's. */
    private final ExecutorTaskScheduler installationsTimer = new ExecutorTaskScheduler("installations");
    private final ThreadPoolExecutor workers;
    private final CrispRestGateway gateway;
    private final RichContactCore core;
    private final CrispRtmListener realtime;
    private final JavalinWebServer web;
    private volatile TaskScheduler.Cancellable nextTimer;
    private volatile boolean installationsLoaded;
    private volatile Instant lastRefresh;
    private volatile boolean closed;

    public RichContactServer(PluginConfiguration config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.workers = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(config.maxPendingCaptures()), Threads.daemons("capture-worker"));
        this.workers.allowCoreThreadTimeOut(true);
        this.gateway = new CrispRestGateway(restConfig(config), clock);
        CaptureOutcomeCounter counted = new CaptureOutcomeCounter();
        LoggedOutcomes logged = new LoggedOutcomes();
        OriginSightingsLog origins = new OriginSightingsLog();
        CaptureOutcomes outcomes = outcome -> {
            counted.report(outcome);
            logged.report(outcome);
        };
        this.core = new RichContactCore(captureConfig(config), clock, scheduler, workers, gateway.installations(),
                gateway.settingsStore(), gateway.conversations(), gateway.contacts(), outcomes, origins);
        this.realtime = config.realtime()
                ? new CrispRtmListener(rtmConfig(config), core.captureConversation(), core.trackInstallations(),
                        core.catchUpConversations(), () -> rtmEndpoints(gateway.realtimeEndpoints()), clock)
                : null;
        List<MetricSource> metrics = new ArrayList<>(List.of(counted, new CrispRequestMetrics(gateway), origins));
        if (realtime != null) {
            metrics.add(new RealtimeMetrics(realtime));
        }
        WebPorts webPorts = new WebPorts(core.readSettings(), core.saveSettings(), core.verifyWebsiteToken(),
                core.captureConversation(), core.trackInstallations(), core.readCaptureGauges());
        this.web = new JavalinWebServer(webConfig(config), webPorts, this::readiness, metrics, clock);
    }

    public void start() {
        web.start();
        LOG.info("Rich Contact listens on port {} (settings page /settings, health /health/ready, metrics /metrics)",
                web.port());
        loadInstallations();
    }

    public int port() {
        return web.port();
    }

    public RichContactCore core() {
        return core;
    }

    Readiness readiness() {
        if (closed) {
            return Readiness.notReady("shutting down");
        }
        if (!installationsLoaded) {
            return Readiness.notReady("installations are not loaded yet");
        }
        if (realtime == null) {
            return config.hookSecret() != null ? Readiness.ready("events come by web hooks")
                    : Readiness.notReady("neither the real-time listener nor web hooks are enabled");
        }
        RtmHealth health = realtime.health();
        if (health.ready()) {
            return Readiness.ready("real-time events authenticated since " + health.since());
        }
        return config.hookSecret() != null
                ? Readiness.ready("events come by web hooks; real-time listener " + health.state())
                : Readiness.notReady("real-time listener " + health.state() + " since " + health.since());
    }

    /**
     * Loads every installation: the first time on the starting thread, so that start-up says at
     * once whether Crisp answered; until it does, again on the installations timer (and the
     * listener waits: its events would each cost a lookup). Whatever goes wrong, the next
     * attempt is scheduled.
     */
    private void loadInstallations() {
        if (closed) {
            return;
        }
        Instant started = clock.instant();
        try {
            int websites = core.loadInstallations().loadAll();
            lastRefresh = started;
            installationsLoaded = true;
            LOG.info("loaded {} installations", websites);
            if (realtime != null) {
                realtime.start();
            }
            nextTimer = installationsTimer.schedule(REFRESH_EVERY, this::refreshInstallations);
        } catch (RuntimeException | Error failure) {
            LOG.warn("could not load installations ({}): retrying in {}", describe(failure), LOAD_RETRY);
            nextTimer = installationsTimer.schedule(LOAD_RETRY, this::loadInstallations);
        }
    }

    /** The cheap refresh (what changed) every few minutes, a full reload now and then. */
    private void refreshInstallations() {
        if (closed) {
            return;
        }
        Instant started = clock.instant();
        try {
            if (Duration.between(lastRefresh, started).compareTo(FULL_LOAD_EVERY) >= 0) {
                LOG.info("reloaded {} installations", core.loadInstallations().loadAll());
            } else {
                int changed = core.refreshInstallations().refreshChangedSince(lastRefresh.minus(Duration.ofMinutes(1)));
                if (changed > 0) {
                    LOG.info("refreshed {} changed installations", changed);
                }
            }
            lastRefresh = started;
        } catch (RuntimeException | Error failure) {
            LOG.warn("could not refresh installations ({}): trying again in {}", describe(failure), REFRESH_EVERY);
        } finally {
            if (!closed) {
                nextTimer = installationsTimer.schedule(REFRESH_EVERY, this::refreshInstallations);
            }
        }
    }

    /** A failure's own message when it is ours (never personal data), else only its type. */
    private static String describe(Throwable failure) {
        return failure instanceof OutboundFailure ? failure.getMessage() : failure.getClass().getName();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("shutting down: no new captures; processing open windows for at most {}", config.shutdownDeadline());
        TaskScheduler.Cancellable timer = nextTimer;
        if (timer != null) {
            timer.cancel();
        }
        web.refuseEvents();
        if (realtime != null) {
            realtime.close();
        }
        installationsTimer.close();
        DrainReport drained = core.drainCaptures().drain(config.shutdownDeadline());
        LOG.info("drained {} open captures; {} unfinished at the deadline", drained.closed(), drained.unfinished());
        web.stop();
        scheduler.close();
        workers.shutdownNow();
    }

    private static CrispRestConfig restConfig(PluginConfiguration config) {
        return CrispRestConfig.defaults(config.apiUrl(), config.identifier(), config.key(), Version.CURRENT)
                .withDailyQuota(config.dailyQuota(), config.optionalQuotaShare())
                .withRateLimits(config.requestsPerSecond(), config.maxConcurrentRequests())
                .withPhoneSearch(config.phoneSearch())
                .withQuotaPause(config.quotaPause());
    }

    private static CaptureConfig captureConfig(PluginConfiguration config) {
        CaptureConfig defaults = CaptureConfig.DEFAULTS;
        Duration maxRetryDelay = config.maxRetryDelay();
        Duration firstRetryDelay = defaults.firstRetryDelay().compareTo(maxRetryDelay) > 0 ? maxRetryDelay
                : defaults.firstRetryDelay();
        return defaults.withWindow(config.collectionWindow())
                .withMaxOpenCaptures(config.maxPendingCaptures())
                .withRetries(firstRetryDelay, maxRetryDelay, config.maxRetries())
                .withChannels(config.channels());
    }

    private static CrispRtmConfig rtmConfig(PluginConfiguration config) {
        CrispRtmConfig defaults = CrispRtmConfig.defaults(config.identifier(), config.key());
        return defaults.withCatchUp(defaults.catchUpMargin(), config.catchUpLookback());
    }

    private static WebConfig webConfig(PluginConfiguration config) {
        WebConfig web = WebConfig.defaults(config.port(), config.channels());
        web = new WebConfig(config.port(), config.frameAncestors(), web.hookSecret(), web.hookTolerance(),
                web.clientRateLimit(), web.websiteRateLimit(), web.maxBodyBytes(), web.offeredChannels(),
                config.trustForwardedFor());
        return config.hookSecret() == null ? web : web.withHookSecret(HookSecret.of(config.hookSecret()));
    }

    private static RtmEndpoints rtmEndpoints(RealtimeEndpoints endpoints) {
        return new RtmEndpoints(endpoints.primary(), endpoints.rescue());
    }
}
