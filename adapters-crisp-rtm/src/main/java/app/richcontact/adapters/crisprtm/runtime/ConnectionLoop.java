package app.richcontact.adapters.crisprtm.runtime;

import app.richcontact.adapters.crisprtm.CrispRtmConfig;
import app.richcontact.adapters.crisprtm.RtmEndpointDiscovery;
import app.richcontact.adapters.crisprtm.RtmHealth;
import app.richcontact.adapters.crisprtm.RtmState;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one authenticated connection to Crisp's real-time server, forever: discovers the URL,
 * connects, sends {@code authentication} on every connection and waits for the answer within a
 * deadline, reconnects with back-off and jitter, falls back to the rescue URL, backs off for
 * long after {@code unauthorized}, debounces {@code socket:bind}, and reports every deaf period
 * to the {@link CatchUps} once it hears again. All of its state lives on one control thread;
 * the socket's callbacks only post to it.
 */
public final class ConnectionLoop implements RtmConnection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLoop.class);
    /** How long a closed WebSocket may take to finish its close handshake before it is cancelled. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
    private static final int WARN_EVERY_FAILURES = 10;

    /** The state, since when, and the URL it concerns; replaced as a whole. */
    private record Status(RtmState state, Instant since, URI endpoint) {
    }

    private final CrispRtmConfig config;
    private final Clock clock;
    private final ListenerCounters counters;
    private final IncomingEvents incoming;
    private final CatchUps catchUps;
    private final HttpClient http;
    private final EndpointRotation endpoints;
    private final ReconnectBackoff backoff;
    private final ScheduledExecutorService control =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.single("control"));

    private RtmConnection current;
    private final List<RtmConnection> closing = new ArrayList<>();
    private ScheduledFuture<?> deadline;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> pendingBind;
    private long lastBindNanos;
    /** A bind was asked for (a new install) since the last one sent. */
    private boolean bindAsked;
    private Instant deafSince;
    private int failureStreak;
    /** The true state, for the loop's decisions; {@link #status} is the reported one. */
    private RtmState phase = RtmState.DISCONNECTED;
    private boolean unauthorizedReported;
    private boolean everAuthenticated;

    private volatile Status status;
    private volatile boolean closed;

    public ConnectionLoop(CrispRtmConfig config, RtmEndpointDiscovery discovery, Clock clock,
                          ListenerCounters counters, IncomingEvents incoming, CatchUps catchUps,
                          HttpClient http, DoubleSupplier random) {
        this.config = config;
        this.clock = clock;
        this.counters = counters;
        this.incoming = incoming;
        this.catchUps = catchUps;
        this.http = http;
        this.endpoints = new EndpointRotation(discovery, config.reconnect().failuresBeforeRescue(), config.reconnect().endpointsMaxAge(),
                clock);
        this.backoff = new ReconnectBackoff(config.reconnect().delayMin(), config.reconnect().delayMax(),
                config.reconnect().jitter(), random);
        this.status = new Status(RtmState.DISCONNECTED, clock.instant(), null);
    }

    /** Starts connecting; the first catch-up will cover the configured look-back before now. */
    public void start() {
        onControl(() -> {
            deafSince = clock.instant().minus(config.catchUp().startupLookBack());
            attempt();
        });
    }

    public RtmHealth health() {
        Status now = status;
        return new RtmHealth(now.state(), now.since(), incoming.lastEventAt(), counters.reconnects(), now.endpoint());
    }

    /**
     * Asks for a {@code socket:bind}: sent at once, or coalesced into one at the end of the bind
     * interval; each is confirmed by one more an interval later (Crisp may ignore one, silently).
     */
    public void requestBind() {
        onControl(this::bindSoon);
    }

    private void attempt() {
        retry = null;
        if (closed) {
            return;
        }
        URI target;
        try {
            target = endpoints.next();
        } catch (EndpointRotation.DiscoveryFailed failed) {
            failureStreak++;
            Duration delay = backoff.next();
            setStatus(RtmState.DISCONNECTED, null);
            warnSometimes("Cannot discover Crisp's real-time endpoints ({}); retrying in {} ms",
                    Failures.describe(failed.getCause()), delay.toMillis());
            retryIn(delay);
            return;
        }
        counters.connectionAttempted();
        setStatus(RtmState.CONNECTING, target);
        LOG.debug("Connecting to Crisp's real-time server at {}", target);
        RtmConnection connection;
        try {
            connection = new RtmConnection(target, http, incoming, this, clock, control);
        } catch (RuntimeException unusable) {
            failed(null, "cannot open " + target + ": " + Failures.describe(unusable));
            return;
        }
        current = connection;
        connection.open();
        expectWithin(connection, config.reconnect().connectTimeout(),
                "no connection within " + config.reconnect().connectTimeout().toMillis() + " ms");
    }

    private void retryIn(Duration delay) {
        retry = schedule(this::attempt, delay);
    }

    @Override
    public void opened(RtmConnection connection) {
        onControl(() -> {
            if (connection != current) {
                return;
            }
            setStatus(RtmState.AUTHENTICATING, connection.endpoint());
            connection.authenticate(config.credentials().identifier(), config.credentials().key(), config.events());
            expectWithin(connection, config.reconnect().authenticationTimeout(),
                    "no answer to authentication within " + config.reconnect().authenticationTimeout().toMillis() + " ms");
        });
    }

    @Override
    public void probeAnswered(RtmConnection connection) {
        counters.probeAnswered();
    }

    @Override
    public void openFailed(RtmConnection connection, Object cause) {
        onControl(() -> {
            if (connection == current) {
                failed(connection, "cannot connect: " + Failures.describe(cause));
            }
        });
    }

    @Override
    public void authenticated(RtmConnection connection) {
        onControl(() -> {
            if (connection == current && phase == RtmState.AUTHENTICATING) {
                onAuthenticated(connection);
            }
        });
    }

    @Override
    public void unauthorized(RtmConnection connection) {
        onControl(() -> {
            if (connection == current) {
                onUnauthorized(connection, "Crisp answered unauthorized");
            }
        });
    }

    @Override
    public void closed(RtmConnection connection, String reason) {
        onControl(() -> {
            if (connection != current) {
                return;
            }
            switch (phase) {
                case AUTHENTICATED -> onLost(connection, reason);
                case AUTHENTICATING -> {
                    if (RtmConnection.SERVER_DISCONNECT.equals(reason)) {
                        onUnauthorized(connection, "Crisp disconnected right after authentication");
                    } else {
                        failed(connection, "closed while authenticating (" + reason + ")");
                    }
                }
                default -> failed(connection, "closed while connecting (" + reason + ")");
            }
        });
    }

    private void onAuthenticated(RtmConnection connection) {
        cancel(deadline);
        endpoints.succeeded();
        backoff.reset();
        Instant now = clock.instant();
        // Authentication binds every website installed so far; count it as the last bind.
        lastBindNanos = System.nanoTime();
        cancel(pendingBind);
        pendingBind = null;
        bindAsked = false;
        if (everAuthenticated) {
            LOG.info("Listening again to Crisp's real-time events at {}, deaf since {} ({} failed attempts)",
                    connection.endpoint(), deafSince, failureStreak);
        } else {
            LOG.info("Listening to Crisp's real-time events at {}", connection.endpoint());
        }
        everAuthenticated = true;
        failureStreak = 0;
        unauthorizedReported = false;
        catchUps.gap((deafSince == null ? now : deafSince).minus(config.catchUp().margin()), now);
        deafSince = null;
        // Said last, so that whoever sees the socket authenticated also finds the deaf period's catch-up asked for.
        counters.authenticated();
        setStatus(RtmState.AUTHENTICATED, connection.endpoint());
    }

    private void onUnauthorized(RtmConnection connection, String cause) {
        drop(connection);
        setStatus(RtmState.UNAUTHORIZED, connection.endpoint());
        if (!unauthorizedReported) {
            unauthorizedReported = true;
            LOG.warn("{}: the plugin identifier or key is wrong, or the plugin is not allowed real-time events. "
                    + "Nothing will be heard until this is fixed; trying again every {}", cause,
                    config.reconnect().unauthorizedBackoff());
        } else {
            LOG.debug("{} again; trying again in {}", cause, config.reconnect().unauthorizedBackoff());
        }
        retryIn(config.reconnect().unauthorizedBackoff());
    }

    private void onLost(RtmConnection connection, String reason) {
        long heard = connection.lastHeardMillis();
        deafSince = heard >= 0 ? Instant.ofEpochMilli(heard) : clock.instant();
        drop(connection);
        Duration delay = backoff.next();
        setStatus(RtmState.DISCONNECTED, connection.endpoint());
        LOG.info("Lost Crisp's real-time connection ({}); deaf since {}, reconnecting in {} ms",
                reason, deafSince, delay.toMillis());
        retryIn(delay);
    }

    private void failed(RtmConnection connection, String cause) {
        if (connection != null) {
            drop(connection);
        }
        endpoints.failed();
        failureStreak++;
        Duration delay = backoff.next();
        setStatus(RtmState.DISCONNECTED, connection == null ? status.endpoint() : connection.endpoint());
        warnSometimes("Connecting to Crisp's real-time server failed: {}; retrying in {} ms", cause, delay.toMillis());
        retryIn(delay);
    }

    /** Warns on the first failure of a streak and every tenth; the others go to debug. */
    private void warnSometimes(String format, Object cause, Object delay) {
        if (failureStreak == 1 || failureStreak % WARN_EVERY_FAILURES == 0) {
            LOG.warn(format + " (failure {} in a row)", cause, delay, failureStreak);
        } else {
            LOG.debug(format + " (failure {} in a row)", cause, delay, failureStreak);
        }
    }

    private void expectWithin(RtmConnection connection, Duration timeout, String cause) {
        cancel(deadline);
        deadline = schedule(() -> {
            if (connection == current) {
                failed(connection, cause);
            }
        }, timeout);
    }

    /** Closes a connection that is no longer wanted; its WebSocket is cancelled if it lingers. */
    private void drop(RtmConnection connection) {
        cancel(deadline);
        deadline = null;
        cancel(pendingBind);
        pendingBind = null;
        if (connection == current) {
            current = null;
        }
        connection.close();
        closing.add(connection);
        schedule(() -> {
            closing.remove(connection);
            connection.forceClose();
        }, CLOSE_GRACE);
    }

    private void bindSoon() {
        if (current == null || phase != RtmState.AUTHENTICATED) {
            // Not authenticated: the next authentication binds every website anyway.
            return;
        }
        bindAsked = true;
        if (pendingBind != null) {
            return;
        }
        long wait = config.bindInterval().toNanos() - (System.nanoTime() - lastBindNanos);
        if (wait <= 0) {
            bindNow();
        } else {
            pendingBind = control.schedule(this::bindNow, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void bindNow() {
        pendingBind = null;
        if (current == null || phase != RtmState.AUTHENTICATED) {
            return;
        }
        boolean asked = bindAsked;
        bindAsked = false;
        current.bind();
        lastBindNanos = System.nanoTime();
        counters.bindSent();
        LOG.debug("Sent socket:bind so that new installs send their events");
        if (asked) {
            // Crisp does not answer a bind, and ignores one that reaches it within its interval of the
            // last it honoured: a bind delayed on the way makes the next, though sent an interval later,
            // arrive too early. One more, an interval later, binds what the ignored one would have.
            pendingBind = control.schedule(this::bindNow, config.bindInterval().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Moves to {@code requested}; the reported state stays UNAUTHORIZED while retrying after a refusal. */
    private void setStatus(RtmState requested, URI endpoint) {
        phase = requested;
        Status previous = status;
        // Retrying after unauthorized is still unauthorized, until Crisp says otherwise.
        boolean retryingRefused = previous.state() == RtmState.UNAUTHORIZED
                && (requested == RtmState.CONNECTING || requested == RtmState.AUTHENTICATING);
        RtmState state = retryingRefused ? RtmState.UNAUTHORIZED : requested;
        if (previous.state() != state) {
            status = new Status(state, clock.instant(), endpoint);
        } else if (!Objects.equals(previous.endpoint(), endpoint)) {
            status = new Status(state, previous.since(), endpoint);
        }
    }

    private void onControl(Runnable task) {
        try {
            control.execute(guarded(task));
        } catch (RejectedExecutionException closing) {
            // Closed: nothing more to do.
        }
    }

    /** Runs {@code task} unless closed; a failure of the loop itself starts over rather than stay deaf. */
    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                if (!closed) {
                    task.run();
                }
            } catch (RuntimeException bug) {
                LOG.error("The real-time connection loop failed ({}); retrying", Failures.describe(bug));
                recover();
            }
        };
    }

    private void recover() {
        if (current != null) {
            drop(current);
        }
        cancel(retry);
        setStatus(RtmState.DISCONNECTED, status.endpoint());
        if (deafSince == null) {
            deafSince = clock.instant();
        }
        retryIn(backoff.next());
    }

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return control.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    /**
     * Closes the connection (politely, then by force after a short wait) and stops the control
     * thread. Idempotent.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<RtmConnection> ending = new ArrayList<>();
        try {
            control.submit(() -> {
                cancel(retry);
                cancel(deadline);
                cancel(pendingBind);
                if (current != null) {
                    current.close();
                    closing.add(current);
                    current = null;
                }
                ending.addAll(closing);
                phase = RtmState.DISCONNECTED;
                status = new Status(RtmState.DISCONNECTED, clock.instant(), status.endpoint());
            }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException unexpected) {
            LOG.warn("Closing the real-time connection did not finish cleanly ({})", Failures.describe(unexpected));
        }
        control.shutdownNow();
        // The polite close was queued on the control thread; once it left (or the grace passed), release what is left.
        long deadlineNanos = System.nanoTime() + CLOSE_GRACE.toNanos();
        for (RtmConnection connection : ending) {
            connection.awaitClosed(Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())));
            connection.forceClose();
        }
        LOG.info("Stopped listening to Crisp's real-time events");
    }
}
