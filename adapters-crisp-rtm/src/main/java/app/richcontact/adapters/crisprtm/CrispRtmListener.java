package app.richcontact.adapters.crisprtm;

import app.richcontact.adapters.crisprtm.runtime.CatchUps;
import app.richcontact.adapters.crisprtm.runtime.ConnectionLoop;
import app.richcontact.adapters.crisprtm.runtime.DaemonThreads;
import app.richcontact.adapters.crisprtm.runtime.EventDispatcher;
import app.richcontact.adapters.crisprtm.runtime.IncomingEvents;
import app.richcontact.adapters.crisprtm.runtime.ListenerCounters;
import app.richcontact.adapters.crisprtm.wire.RtmPayloadParser;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.EventSource;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Listens to Crisp's real-time events (Socket.IO over the JDK's WebSocket) and feeds them to the application's in-ports,
 * and never silently goes deaf: it re-authenticates on every connection, reconnects forever,
 * and asks the application to catch up on every period it could not hear (start-up included).
 *
 * <p>Events are parsed on the socket's thread and delivered in order, on one thread of the
 * listener's own, through a bounded queue. {@link #health()} and {@link #counters()} are for the
 * readiness endpoint and metrics. Every thread it starts is a daemon named {@code crisp-rtm-…};
 * {@link #close()} stops them all.
 */
public final class CrispRtmListener implements EventSource, AutoCloseable {

    /** How long {@link #close()} lets the in-ports take the events already queued. */
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final ListenerCounters counters = new ListenerCounters();
    private final EventDispatcher conversationDispatcher;
    private final EventDispatcher installationDispatcher;
    private final CatchUps catchUps;
    private final ExecutorService httpThreads;
    private final HttpClient http;
    private final ConnectionLoop loop;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    public CrispRtmListener(CrispRtmConfig config, CaptureConversationUseCase capture,
                            TrackInstallationsUseCase installations, CatchUpConversationsUseCase catchUp,
                            RtmEndpointDiscovery discovery, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(installations, "installations");
        Objects.requireNonNull(catchUp, "catchUp");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(clock, "clock");
        this.catchUps = new CatchUps(catchUp, counters, config.catchUp().spacing());
        // An event dropped for a full queue is recovered like those missed while disconnected.
        Runnable recoverLoss = () -> catchUps.gap(clock.instant().minus(config.catchUp().margin()), clock.instant());
        this.conversationDispatcher = new EventDispatcher("dispatch", config.limits().dispatchQueueCapacity(), counters,
                recoverLoss);
        this.installationDispatcher = new EventDispatcher("dispatch-installations", config.limits().dispatchQueueCapacity(),
                counters, () -> { });
        // One thread of our own for the WebSocket's callbacks: the JDK's default executor would
        // start threads as frames come. The client's selector thread is the JDK's (a daemon).
        this.httpThreads = Executors.newSingleThreadExecutor(DaemonThreads.single("socket"));
        this.http = HttpClient.newBuilder().executor(httpThreads).connectTimeout(config.reconnect().connectTimeout())
                .build();
        IncomingEvents incoming = new IncomingEvents(
                new RtmPayloadParser(config.limits().maxPayloadChars(), config.limits().maxPayloadDepth()),
                counters, conversationDispatcher, installationDispatcher, capture, installations, clock);
        this.loop = new ConnectionLoop(config, discovery, clock, counters, incoming, catchUps, http,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Starts connecting in the background and returns at once. */
    @Override
    public void start() {
        if (closed.get()) {
            throw new IllegalStateException("the listener is closed");
        }
        if (started.compareAndSet(false, true)) {
            conversationDispatcher.start();
            installationDispatcher.start();
            loop.start();
        }
    }

    /** The connection state now, for readiness and metrics. */
    public RtmHealth health() {
        return loop.health();
    }

    /** Ready once authenticated; otherwise the connection state and since when. */
    @Override
    public Status status() {
        RtmHealth health = health();
        return health.ready() ? new Status(true, "real-time events authenticated since " + health.since())
                : new Status(false, "real-time listener " + health.state() + " since " + health.since());
    }

    @Override
    public void stop() {
        close();
    }

    /** Cumulative counts since the listener was built. */
    public RtmCounters counters() {
        return counters.snapshot();
    }

    /** Sends a {@code socket:bind} (debounced), so that Crisp sends the new website's events too. */
    @Override
    public void includeNewInstalls() {
        loop.requestBind();
    }

    /**
     * Disconnects, delivers the events already queued (for a few seconds at most), interrupts a
     * catch-up in progress and stops every thread. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        loop.close();
        catchUps.close();
        conversationDispatcher.close(DRAIN);
        installationDispatcher.close(DRAIN);
        httpThreads.shutdown();
        try {
            httpThreads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
