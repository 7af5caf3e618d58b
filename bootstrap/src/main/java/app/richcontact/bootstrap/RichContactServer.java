package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprest.CrispRestGateway;
import app.richcontact.adapters.crisprtm.CrispRtmListener;
import app.richcontact.adapters.kubernetes.KubernetesLeaseElection;
import app.richcontact.adapters.web.JavalinWebServer;
import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.Readiness;
import app.richcontact.adapters.web.WebPorts;
import app.richcontact.application.InstallationSchedule;
import app.richcontact.application.ReplicaRoles;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.activity.CaptureActivity;
import app.richcontact.application.port.in.EventSource;
import app.richcontact.application.port.in.ReplicaRole;
import app.richcontact.application.port.in.RoleChange;
import app.richcontact.application.port.in.WebsiteActivity.Listening;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rich Contact, wired: every object built here with {@code new}, in one place. Start-up starts
 * the web server (health) while it loads the installations on their schedule, then becomes
 * active (always, or when it wins the Kubernetes Lease): only the active replica starts the event
 * sources. Closing stands by: the event sources stop first, open windows are processed within the
 * deadline (then the Lease is released), then the web server and the threads stop. Public so that
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
    private final EventSourceTerms terms;
    private final ReplicaRoles roles;
    private final Optional<KubernetesLeaseElection> election;
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
        CaptureActivity activity = new CaptureActivity(clock, () -> listening(gateway));
        CaptureOutcomes outcomes = new CaptureOutcomes() {
            @Override
            public void report(CaptureOutcome outcome) {
                counted.report(outcome);
                logged.report(outcome);
                activity.report(outcome);
            }

            @Override
            public void report(CaptureOutcome outcome, Duration sinceFirstEvent) {
                counted.report(outcome, sinceFirstEvent);
                logged.report(outcome);
                activity.report(outcome);
            }
        };
        this.core = new RichContactCore(config.capture(), clock, scheduler, workers, gateway.installations(),
                gateway.settingsStore(), gateway.conversations(), gateway.contacts(), gateway.cards(), outcomes,
                new LoggedUpgrades(), origins,
                this::includeNewInstalls);
        List<MetricSource> metrics = new ArrayList<>(List.of(counted, new CrispRequestMetrics(gateway), origins));
        // Read at each scrape: the terms and roles are built below, once the web server gives its hook source.
        config.realtime().ifPresent(rtm -> metrics.add(new RealtimeMetrics(this::realtimeListener)));
        metrics.add(new RoleMetrics(this::role));
        WebPorts webPorts = new WebPorts(core.readSettings(), core.saveSettings(), core.verifyWebsiteToken(),
                core.captureConversation(), core.trackInstallations(), core.readCaptureGauges(), activity);
        this.web = new JavalinWebServer(config.web(), webPorts, this::readiness, metrics, clock);
        this.terms = new EventSourceTerms(config.realtime(), core, gateway::realtimeEndpoints, web.hookEvents(), clock);
        this.roles = new ReplicaRoles(clock, terms, core.drainCaptures(), shutdownDeadline);
        this.election = config.lease().map(lease -> new KubernetesLeaseElection(lease, roles, clock));
        this.installations = new InstallationSchedule(core.loadInstallations(), core.refreshInstallations(),
                installationsTimer, clock, new LoggedInstallationLoads(), () -> election.ifPresentOrElse(
                        KubernetesLeaseElection::start, () -> roles.change(new RoleChange.Activate(Optional.empty()))),
                config.server().installationsRefresh());
    }

    /**
     * Starts the web server on a thread of its own while this thread loads the installations (and,
     * once they are loaded, connects the event sources): the two are independent, and each is a
     * good part of the time to ready. Returns when both are done; a web server that failed to
     * start fails this call.
     */
    public void start() {
        FutureTask<Void> listening = new FutureTask<>(web::start, null);
        Threads.daemons("web-start").newThread(listening).start();
        installations.start();
        try {
            listening.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the web server started", interrupted);
        }
        LOG.info("Rich Contact listens on port {} (settings page /settings), health /health/ready and metrics "
                + "/metrics on port {}", web.port(), web.operationsPort());
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

    /** A new install is heard only by sources of the term under way; a standby's next term binds all at once. */
    private void includeNewInstalls() {
        terms.current().forEach(EventSource::includeNewInstalls);
    }

    private Optional<CrispRtmListener> realtimeListener() {
        return terms.listener();
    }

    /** For the settings page's activity: what this replica hears of Crisp now (nothing before the sources exist). */
    private Listening listening(CrispRestGateway gateway) {
        if (terms == null) {
            return Listening.UNKNOWN;
        }
        List<EventSource> sources = terms.current();
        boolean realtime = sources.stream().anyMatch(source -> source instanceof CrispRtmListener && source.status().ready());
        boolean hooks = web.hookEvents().map(sources::contains).orElse(false);
        return new Listening(realtime, hooks, gateway.statistics().pausedForQuota());
    }

    private ReplicaRole role() {
        return roles.role();
    }

    Readiness readiness() {
        if (closed) {
            return Readiness.notReady("shutting down");
        }
        if (!installations.loaded()) {
            return Readiness.notReady("installations are not loaded yet");
        }
        ReplicaRole role = roles.role();
        if (!role.active()) {
            return Readiness.ready("standby since " + role.since() + ": settings page and API served, events taken "
                    + "by the active replica");
        }
        EventSource.Status status = EventSource.Status.of(terms.current());
        String reason = "active since " + role.since() + ": " + status.description();
        return new Readiness(status.ready(), reason.length() > 200 ? reason.substring(0, 200) : reason);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("shutting down: no new captures; processing open windows for at most {}", shutdownDeadline);
        installations.stop();
        // Standing by stops the event sources and drains the open windows; the election then releases the Lease.
        election.ifPresentOrElse(KubernetesLeaseElection::close,
                () -> roles.change(new RoleChange.StandBy("shutting down")));
        installationsTimer.close();
        web.stop();
        scheduler.close();
        workers.shutdownNow();
    }
}
