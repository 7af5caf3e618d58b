package app.richcontact.adapters.crisprtm.runtime;

import io.socket.client.IO;
import io.socket.client.Manager;
import io.socket.client.Socket;
import io.socket.engineio.client.Transport;
import io.socket.engineio.client.transports.WebSocket;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * One Socket.IO connection to Crisp's real-time server, opened once and never reconnected by
 * the library (the {@link ConnectionLoop} decides). Connects to the URL's origin with the URL's
 * path as Socket.IO path, over WebSocket only. Its callbacks run on socket.io-client's event
 * thread: lifecycle ones go to the {@link Listener}, events to {@link IncomingEvents}.
 */
final class RtmConnection {

    /** What the connection reports; called on the socket's event thread. */
    interface Listener {

        void opened(RtmConnection connection);

        void openFailed(RtmConnection connection, Object cause);

        void closed(RtmConnection connection, String reason);

        void authenticated(RtmConnection connection);

        void unauthorized(RtmConnection connection);
    }

    /** Socket.IO's reason when the server ended the connection on purpose. */
    static final String SERVER_DISCONNECT = "io server disconnect";

    /** Emitted after every (re)connect; Crisp answers {@link #AUTHENTICATED} or {@link #UNAUTHORIZED}. */
    static final String AUTHENTICATION = "authentication";
    static final String AUTHENTICATED = "authenticated";
    static final String UNAUTHORIZED = "unauthorized";
    /** Emitted so that websites installed since authentication send their events. */
    static final String SOCKET_BIND = "socket:bind";

    private final URI endpoint;
    private final TrackedWebSockets webSockets;
    private final IncomingEvents incoming;
    private final Listener listener;
    private final Clock clock;
    private final Socket socket;
    private volatile long lastHeardMillis = -1;

    RtmConnection(URI endpoint, OkHttpClient http, IncomingEvents incoming, Listener listener, Clock clock) {
        this.endpoint = endpoint;
        this.webSockets = new TrackedWebSockets(http);
        this.incoming = incoming;
        this.listener = listener;
        this.clock = clock;
        IO.Options options = IO.Options.builder()
                .setPath(endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath())
                .setQuery(endpoint.getRawQuery())
                .setTransports(new String[] {WebSocket.NAME})
                .setUpgrade(false)
                .setForceNew(true)
                .setMultiplex(false)
                // The loop reconnects, re-authenticates and times out by itself.
                .setReconnection(false)
                .setTimeout(-1)
                .build();
        options.callFactory = http;
        options.webSocketFactory = webSockets;
        this.socket = IO.socket(origin(endpoint), options);
        socket.on(Socket.EVENT_CONNECT, args -> listener.opened(this));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> listener.openFailed(this, args.length > 0 ? args[0] : null));
        socket.on(Socket.EVENT_DISCONNECT, args -> listener.closed(this,
                args.length > 0 && args[0] != null ? String.valueOf(args[0]) : "unknown"));
        socket.onAnyIncoming(this::received);
        socket.io().on(Manager.EVENT_TRANSPORT, args -> {
            if (args.length > 0 && args[0] instanceof Transport transport) {
                // Every Engine.IO packet, pings included: the last moment we know we could hear.
                transport.on(Transport.EVENT_PACKET, packet -> lastHeardMillis = clock.millis());
            }
        });
    }

    /** The server's origin: socket.io-client takes the path from the options, not from this URI. */
    private static URI origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        String web = scheme.equals("wss") ? "https" : scheme.equals("ws") ? "http" : scheme;
        return URI.create(web + "://" + endpoint.getRawAuthority());
    }

    URI endpoint() {
        return endpoint;
    }

    void open() {
        socket.connect();
    }

    void authenticate(String identifier, String key, List<String> events) {
        socket.emit(AUTHENTICATION, new JSONObject(Map.of("tier", "plugin", "username", identifier, "password", key,
                "events", new JSONArray(events))));
    }

    void bind() {
        socket.emit(SOCKET_BIND, new JSONObject());
    }

    /** When the last packet arrived (epoch millis of the listener's clock), or -1. */
    long lastHeardMillis() {
        return lastHeardMillis;
    }

    private void received(Object... args) {
        try {
            lastHeardMillis = clock.millis();
            if (args.length == 0 || !(args[0] instanceof String event)) {
                return;
            }
            Object[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (event) {
                case AUTHENTICATED -> {
                    if (rest.length > 0 && Boolean.FALSE.equals(rest[0])) {
                        listener.unauthorized(this);
                    } else {
                        listener.authenticated(this);
                    }
                }
                case UNAUTHORIZED -> listener.unauthorized(this);
                default -> incoming.onEvent(event, rest);
            }
        } catch (RuntimeException unexpected) {
            // Never onto socket.io-client's event thread; IncomingEvents already counts its own failures.
        }
    }

    /** Ends the connection politely; {@link #forceClose()} then releases a WebSocket whose peer does not answer. */
    void close() {
        socket.off();
        socket.offAnyIncoming();
        socket.close();
    }

    void forceClose() {
        webSockets.cancelAll();
    }
}
