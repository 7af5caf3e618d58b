package app.richcontact.application;

import app.richcontact.application.port.in.LoadInstallationsUseCase;
import app.richcontact.application.port.in.RefreshInstallationsUseCase;
import app.richcontact.application.port.out.InstallationLoadReports;
import app.richcontact.application.port.out.TaskScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When installations are loaded: once at start, on the caller's thread, so that start-up says at
 * once whether Crisp answered; until it does, again every 30 s; then the cheap refresh (what
 * changed, with a minute of overlap) every 10 minutes (or as configured: it is also how soon an
 * install Crisp announced to nobody is found), and a full reload every 6 hours. Whatever goes
 * wrong, the next attempt is scheduled; outcomes go to the reports.
 */
public final class InstallationSchedule {

    static final Duration LOAD_RETRY = Duration.ofSeconds(30);
    /** The default time between two cheap refreshes. */
    public static final Duration REFRESH_EVERY = Duration.ofMinutes(10);
    static final Duration FULL_LOAD_EVERY = Duration.ofHours(6);
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final LoadInstallationsUseCase load;
    private final RefreshInstallationsUseCase refresh;
    private final TaskScheduler timer;
    private final Clock clock;
    private final InstallationLoadReports reports;
    private final Runnable onFirstLoad;
    private final Duration refreshEvery;
    private volatile TaskScheduler.Cancellable next;
    private volatile Instant lastRefresh;
    private volatile Instant lastFullLoad;
    private volatile boolean loaded;
    private volatile boolean stopped;

    /**
     * @param timer       runs the later attempts; loads block on Crisp, so it must not be the capture timer
     * @param onFirstLoad runs once, after the first load succeeded (bootstrap starts the event sources there)
     */
    public InstallationSchedule(LoadInstallationsUseCase load, RefreshInstallationsUseCase refresh, TaskScheduler timer,
                                Clock clock, InstallationLoadReports reports, Runnable onFirstLoad) {
        this(load, refresh, timer, clock, reports, onFirstLoad, REFRESH_EVERY);
    }

    /** @param refreshEvery the time between two cheap refreshes */
    public InstallationSchedule(LoadInstallationsUseCase load, RefreshInstallationsUseCase refresh, TaskScheduler timer,
                                Clock clock, InstallationLoadReports reports, Runnable onFirstLoad, Duration refreshEvery) {
        if (refreshEvery == null || refreshEvery.isNegative() || refreshEvery.isZero()) {
            throw new IllegalArgumentException("refreshEvery must be positive");
        }
        this.refreshEvery = refreshEvery;
        this.load = load;
        this.refresh = refresh;
        this.timer = timer;
        this.clock = clock;
        this.reports = reports;
        this.onFirstLoad = onFirstLoad;
    }

    /** The first load, on the calling thread. */
    public void start() {
        loadFirst();
    }

    /** Whether the installations were loaded at least once. */
    public boolean loaded() {
        return loaded;
    }

    /** No further attempt; one running now finishes. */
    public void stop() {
        stopped = true;
        TaskScheduler.Cancellable pending = next;
        if (pending != null) {
            pending.cancel();
        }
    }

    private void loadFirst() {
        if (stopped) {
            return;
        }
        Instant started = clock.instant();
        try {
            int websites = load.loadAll();
            lastRefresh = started;
            lastFullLoad = started;
            loaded = true;
            reports.loaded(websites, true);
            onFirstLoad.run();
            schedule(refreshEvery, this::refresh);
        } catch (RuntimeException | Error failure) {
            // An Error too: on the timer's thread nothing else would schedule the next attempt.
            reports.failed(true, failure, LOAD_RETRY);
            schedule(LOAD_RETRY, this::loadFirst);
        }
    }

    private void refresh() {
        if (stopped) {
            return;
        }
        Instant started = clock.instant();
        try {
            // Counted from the last full load: the cheap refreshes in between do not postpone it.
            if (Duration.between(lastFullLoad, started).compareTo(FULL_LOAD_EVERY) >= 0) {
                reports.loaded(load.loadAll(), false);
                lastFullLoad = started;
            } else {
                int changed = refresh.refreshChangedSince(lastRefresh.minus(OVERLAP));
                if (changed > 0) {
                    reports.refreshed(changed);
                }
            }
            lastRefresh = started;
        } catch (RuntimeException | Error failure) {
            reports.failed(false, failure, refreshEvery);
        } finally {
            schedule(refreshEvery, this::refresh);
        }
    }

    private void schedule(Duration delay, Runnable task) {
        if (!stopped) {
            next = timer.schedule(delay, task);
        }
    }
}
