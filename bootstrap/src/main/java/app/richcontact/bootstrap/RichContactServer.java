package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprest.CrispRestGateway;
import app.richcontact.adapters.crisprest.RealtimeEndpoints;
import app.richcontact.adapters.crisprtm.CrispRtmListener;
import app.richcontact.adapters.crisprtm.RtmEndpoints;
import app.richcontact.adapters.web.JavalinWebServer;
import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.Readiness;
import app.richcontact.adapters.web.WebPorts;
import app.richcontact.application.InstallationSchedule;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.port.in.DrainCapturesUseCase.DrainReport;
import app.richcontact.application.port.in.EventSource;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rich Contact, wired: every object built here with {@code new}, in one place. Start-up serves
 * health at once, loads the installations on their schedule, then starts the event sources, and
 * only then reports ready. Closing drains: the event sources stop first, open windows are
 * processed within the deadline, then the web server and the threads stop. Public so that
 * benchmarks and end-to-end tests run exactly what production runs.
 */
public final class RichContactServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RichContactServer.class);

    private final Duration shutdownDeadline;
    private final ExecutorTaskScheduler scheduler = new ExecutorTaskScheduler("capture-timer");
    /** Installation loads block on Crisp: they get their own thread, never the capture timer's. */
    private final ExecutorTaskScheduler installationsTimer = new ExecutorTaskScheduler("installations");
    private final ThreadPoolExecutor workers;
    private final RichContactCore core;
    private final List<EventSource> sources = new ArrayList<>();
    private final InstallationSchedule installations;
    private final JavalinWebServer web;
    private volatile boolean closed;

    public RichContactServer(PluginConfiguration config, Clock clock) {
        this.shutdownDeadline = config.server().shutdownDeadline();
        int workerCount = config.server().workers();
        this.workers = new ThreadPoolExecutor(workerCount, workerCount, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(config.capture().collection().maxOpen()), Threads.daemons("capture-worker"));
        this.workers.allowCoreThreadTimeOut(true);
        CrispRestGateway gateway = new CrispRestGateway(config.rest(), clock);
        CaptureOutcomeCounter counted = new CaptureOutcomeCounter();
        LoggedOutcomes logged = new LoggedOutcomes();
        OriginSightingsLog origins = new OriginSightingsLog();
        CaptureOutcomes outcomes = new CaptureOutcomes() {
            @Override
            public void report(CaptureOutcome outcome) {
                counted.report(outcome);
                logged.report(outcome);
            }

            @Override
            public void report(CaptureOutcome outcome, Duration sinceFirstEvent) {
                counted.report(outcome, sinceFirstEvent);
                logged.report(outcome);
            }
        };
        this.core = new RichContactCore(config.capture(), clock, scheduler, workers, gateway.installations(),
                gateway.settingsStore(), gateway.conversations(), gateway.contacts(), outcomes, origins,
                () -> sources.forEach(EventSource::includeNewInstalls));
        List<MetricSource> metrics = new ArrayList<>(List.of(counted, new CrispRequestMetrics(gateway), origins));
        Optional<CrispRtmListener> realtime = config.realtime().map(rtm -> new CrispRtmListener(rtm,
                core.captureConversation(), core.trackInstallations(), core.catchUpConversations(),
                () -> rtmEndpoints(gateway.realtimeEndpoints()), clock));
        realtime.ifPresent(listener -> {
            sources.add(listener);
            metrics.add(new RealtimeMetrics(listener));
        });
        WebPorts webPorts = new WebPorts(core.readSettings(), core.saveSettings(), core.verifyWebsiteToken(),
                core.captureConversation(), core.trackInstallations(), core.readCaptureGauges());
        this.web = new JavalinWebServer(config.web(), webPorts, this::readiness, metrics, clock);
        web.hookEvents().ifPresent(sources::add);
        this.installations = new InstallationSchedule(core.loadInstallations(), core.refreshInstallations(),
                installationsTimer, clock, new LoggedInstallationLoads(), () -> sources.forEach(EventSource::start),
                config.server().installationsRefresh());
    }

    public void start() {
        web.start();
        LOG.info("Rich Contact listens on port {} (settings page /settings), health /health/ready and metrics "
                + "/metrics on port {}", web.port(), web.operationsPort());
        installations.start();
    }

    public int port() {
        return web.port();
    }

    /** The port of {@code /health/*} and {@code /metrics}: the management port when one is set, else {@link #port()}. */
    public int operationsPort() {
        return web.operationsPort();
    }

    public RichContactCore core() {
        return core;
    }

    Readiness readiness() {
        if (closed) {
            return Readiness.notReady("shutting down");
        }
        if (!installations.loaded()) {
            return Readiness.notReady("installations are not loaded yet");
        }
        EventSource.Status status = EventSource.Status.of(sources);
        return new Readiness(status.ready(), status.description());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("shutting down: no new captures; processing open windows for at most {}", shutdownDeadline);
        installations.stop();
        sources.forEach(EventSource::stop);
        installationsTimer.close();
        DrainReport drained = core.drainCaptures().drain(shutdownDeadline);
        LOG.info("drained {} open captures; {} unfinished at the deadline", drained.closed(), drained.unfinished());
        web.stop();
        scheduler.close();
        workers.shutdownNow();
    }

    private static RtmEndpoints rtmEndpoints(RealtimeEndpoints endpoints) {
        return new RtmEndpoints(endpoints.primary(), endpoints.rescue());
    }
}
