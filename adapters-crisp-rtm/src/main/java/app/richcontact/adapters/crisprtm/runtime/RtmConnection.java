package app.richcontact.adapters.crisprtm.runtime;

import app.richcontact.adapters.crisprtm.wire.SocketIoPacket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One Socket.IO v4 connection to Crisp's real-time server over the JDK's WebSocket, opened once
 * and never reconnected by itself (the {@link ConnectionLoop} decides). Connects to the URL's
 * origin with the URL's path as Socket.IO path, answers the server's heartbeat and gives up when
 * it stops, asks a silent peer whether it is still there (a WebSocket ping: the JDK's client may
 * not notice a connection the server cut, and the heartbeat alone would take 45 s to), joins the
 * default namespace, and hands events to {@link IncomingEvents}. Its
 * callbacks run on the WebSocket client's thread: lifecycle ones go to the {@link Listener} (at
 * most one of {@code openFailed}/{@code closed}, never after {@link #close()}).
 */
final class RtmConnection implements WebSocket.Listener {

    /** What the connection reports; called on the WebSocket client's thread. */
    interface Listener {

        void opened(RtmConnection connection);

        void openFailed(RtmConnection connection, Object cause);

        void closed(RtmConnection connection, String reason);

        void authenticated(RtmConnection connection);

        void unauthorized(RtmConnection connection);

        /** A WebSocket ping sent to a silent peer was answered. */
        void probeAnswered(RtmConnection connection);
    }

    /** Socket.IO's reason when the server ended the connection on purpose. */
    static final String SERVER_DISCONNECT = "io server disconnect";
    static final String TRANSPORT_CLOSE = "transport close";
    static final String TRANSPORT_ERROR = "transport error";
    static final String PING_TIMEOUT = "ping timeout";
    static final String PROBE_TIMEOUT = "no answer to a WebSocket ping";

    /**
     * Silence after which a WebSocket ping asks whether the peer is still there: shorter than the
     * server's heartbeat interval (Crisp's is 25 s), so a live connection answers in a few
     * milliseconds while a connection the server cut, which the JDK's client sometimes leaves in
     * CLOSE_WAIT without telling (seen about once in a hundred cuts on JDK 17 and 25), is given up
     * after {@link #PROBE_PATIENCE} more. One 2-byte frame per silent interval.
     */
    static final Duration PROBE_AFTER = Duration.ofSeconds(5);
    /** How long a ping may go unanswered (by a pong or any other frame) before the connection is given up. */
    static final Duration PROBE_PATIENCE = Duration.ofSeconds(10);
    private static final Duration PROBE_CHECK = Duration.ofSeconds(1);
    private static final ByteBuffer NO_DATA = ByteBuffer.allocate(0);

    /** Emitted after every (re)connect; Crisp answers {@link #AUTHENTICATED} or {@link #UNAUTHORIZED}. */
    static final String AUTHENTICATION = "authentication";
    static final String AUTHENTICATED = "authenticated";
    static final String UNAUTHORIZED = "unauthorized";
    /** Emitted so that websites installed since authentication send their events. */
    static final String SOCKET_BIND = "socket:bind";

    /** A message longer than this (across its fragments) ends the connection rather than the heap. */
    private static final int MAX_MESSAGE_CHARS = 16 * 1024 * 1024;

    private final URI endpoint;
    private final HttpClient http;
    private final IncomingEvents incoming;
    private final Listener listener;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final StringBuilder fragments = new StringBuilder();
    private volatile WebSocket socket;
    private volatile boolean joined;
    private volatile long lastHeardMillis = -1;
    private volatile long probeSentMillis = -1;
    private Duration heartbeatPatience = Duration.ZERO;
    /** Guarded by {@code this}: the JDK's WebSocket takes one text message at a time. */
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> prober;

    RtmConnection(URI endpoint, HttpClient http, IncomingEvents incoming, Listener listener, Clock clock,
                  ScheduledExecutorService timers) {
        this.endpoint = endpoint;
        this.http = http;
        this.incoming = incoming;
        this.listener = listener;
        this.clock = clock;
        this.timers = timers;
    }

    /**
     * The Engine.IO URL: WebSocket scheme, the URL's authority, its path (with the trailing slash
     * Engine.IO clients add) and query, plus the protocol version and transport.
     */
    static URI engineIoUri(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        String ws = scheme.equals("https") || scheme.equals("wss") ? "wss" : "ws";
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        String query = endpoint.getRawQuery() == null ? "" : endpoint.getRawQuery() + "&";
        return URI.create(ws + "://" + endpoint.getRawAuthority() + (path.endsWith("/") ? path : path + "/")
                + "?" + query + "EIO=4&transport=websocket");
    }

    URI endpoint() {
        return endpoint;
    }

    void open() {
        http.newWebSocketBuilder().buildAsync(engineIoUri(endpoint), this).whenComplete((opened, failure) -> {
            if (failure != null) {
                end(() -> listener.openFailed(this, unwrap(failure)));
            }
        });
    }

    void authenticate(String identifier, String key, List<String> events) {
        send(SocketIoPacket.event(AUTHENTICATION, Map.of("tier", "plugin", "username", identifier, "password", key,
                "events", events)));
    }

    void bind() {
        send(SocketIoPacket.event(SOCKET_BIND, Map.of()));
    }

    /** When the last packet arrived (epoch millis of the listener's clock), or -1. */
    long lastHeardMillis() {
        return lastHeardMillis;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        if (ended.get()) {
            webSocket.abort();
            return;
        }
        lastHeardMillis = clock.millis();
        startProbing();
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        long sent = probeSentMillis;
        lastHeardMillis = clock.millis();
        if (sent >= 0 && !ended.get()) {
            listener.probeAnswered(this);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        lastHeardMillis = clock.millis();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        lastHeardMillis = clock.millis();
        if (!last || fragments.length() > 0) {
            fragments.append(data);
            if (fragments.length() > MAX_MESSAGE_CHARS) {
                fragments.setLength(0);
                end(() -> listener.closed(this, TRANSPORT_ERROR));
                webSocket.abort();
                return null;
            }
        }
        if (last) {
            String frame = fragments.length() > 0 ? fragments.toString() : data.toString();
            fragments.setLength(0);
            try {
                received(SocketIoPacket.decode(frame));
            } catch (RuntimeException unexpected) {
                // Never onto the WebSocket's thread; IncomingEvents already counts its own failures.
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        end(() -> listener.closed(this, TRANSPORT_CLOSE));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        end(() -> {
            if (joined) {
                listener.closed(this, TRANSPORT_ERROR);
            } else {
                listener.openFailed(this, error);
            }
        });
    }

    private void received(SocketIoPacket packet) {
        if (ended.get()) {
            return;
        }
        if (packet instanceof SocketIoPacket.Event event) {
            if (joined) {
                onEvent(event);
            }
        } else if (packet instanceof SocketIoPacket.Ping) {
            send(SocketIoPacket.PONG);
            watchHeartbeat();
        } else if (packet instanceof SocketIoPacket.Open open) {
            heartbeatPatience = open.pingInterval().plus(open.pingTimeout());
            watchHeartbeat();
            send(SocketIoPacket.CONNECT);
        } else if (packet instanceof SocketIoPacket.Connected) {
            joined = true;
            listener.opened(this);
        } else if (packet instanceof SocketIoPacket.ConnectError refused) {
            end(() -> listener.openFailed(this, refused.message()));
            release();
        } else if (packet instanceof SocketIoPacket.Disconnected) {
            end(() -> listener.closed(this, SERVER_DISCONNECT));
            release();
        } else if (packet instanceof SocketIoPacket.Close) {
            end(() -> listener.closed(this, TRANSPORT_CLOSE));
            release();
        }
    }

    private void onEvent(SocketIoPacket.Event event) {
        switch (event.name()) {
            case AUTHENTICATED -> {
                if (event.payload() != null && event.payload().isBoolean() && !event.payload().booleanValue()) {
                    listener.unauthorized(this);
                } else {
                    listener.authenticated(this);
                }
            }
            case UNAUTHORIZED -> listener.unauthorized(this);
            default -> incoming.onEvent(event.name(), event.payload());
        }
    }

    /** Gives up on a server that stopped its heartbeat for longer than it announced. */
    private synchronized void watchHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        heartbeat = timers.schedule(() -> {
            end(() -> listener.closed(this, PING_TIMEOUT));
            forceClose();
        }, heartbeatPatience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void startProbing() {
        prober = timers.scheduleWithFixedDelay(this::probe, PROBE_CHECK.toMillis(), PROBE_CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Pings a peer silent for {@link #PROBE_AFTER}; gives up on one that let a ping go unanswered too long. */
    private void probe() {
        WebSocket open = socket;
        if (ended.get() || open == null) {
            return;
        }
        long now = clock.millis();
        long sent = probeSentMillis;
        boolean answered = sent < 0 || lastHeardMillis >= sent;
        if (!answered && now - sent >= PROBE_PATIENCE.toMillis()) {
            end(() -> listener.closed(this, PROBE_TIMEOUT));
            forceClose();
        } else if (answered && now - lastHeardMillis >= PROBE_AFTER.toMillis()) {
            probeSentMillis = now;
            // A ping refused (one still out, the close handshake begun) goes unanswered and ends the same way.
            open.sendPing(NO_DATA.duplicate());
        }
    }

    /** Reports once; nothing is reported after that, nor after {@link #close()}. */
    private void end(Runnable report) {
        if (ended.compareAndSet(false, true)) {
            stopHeartbeat();
            report.run();
        }
    }

    private synchronized void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
        if (prober != null) {
            prober.cancel(false);
            prober = null;
        }
    }

    private synchronized void send(String text) {
        WebSocket open = socket;
        if (open != null) {
            sending = sending.handle((sent, failed) -> null).thenCompose(previous -> open.sendText(text, true));
        }
    }

    /** Closes the transport after a packet that ended the session. */
    private synchronized void release() {
        WebSocket open = socket;
        if (open != null) {
            sending = sending.handle((sent, failed) -> null)
                    .thenCompose(previous -> open.sendClose(WebSocket.NORMAL_CLOSURE, ""));
        }
    }

    /** Ends the connection politely (leaves the namespace, then the WebSocket close handshake). */
    void close() {
        ended.set(true);
        stopHeartbeat();
        if (joined) {
            send(SocketIoPacket.DISCONNECT);
        }
        release();
    }

    /** Waits at most {@code grace} for what {@link #close()} sent to leave. */
    void awaitClosed(Duration grace) {
        CompletableFuture<?> pending;
        synchronized (this) {
            pending = sending;
        }
        try {
            pending.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notSent) {
            // forceClose() releases it anyway.
        }
    }

    /** Releases a WebSocket whose peer does not answer; does nothing once it closed. */
    void forceClose() {
        ended.set(true);
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
