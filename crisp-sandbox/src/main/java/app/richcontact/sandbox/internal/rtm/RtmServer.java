package app.richcontact.sandbox.internal.rtm;

import app.richcontact.sandbox.MalformedPayload;
import app.richcontact.sandbox.RtmControl;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.SubscriptionEvents;
import app.richcontact.sandbox.internal.DaemonThreads;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.Payloads;
import app.richcontact.sandbox.internal.events.SandboxEvent;
import app.richcontact.sandbox.internal.world.Ids;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.websocket.WsConfig;
import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoServerOptions;
import io.socket.socketio.server.SocketIoNamespace;
import io.socket.socketio.server.SocketIoServer;
import io.socket.socketio.server.SocketIoSocket;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.LongAdder;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Crisp's real-time side: a Socket.IO v4 server on the sandbox's Jetty, with the plugin
 * {@code authentication} handshake, event subscriptions, website binding and fault injection.
 */
public final class RtmServer implements RtmControl, EventSink {

    private final String identifier;
    private final String key;
    private final World world;
    private final SandboxSwitches switches;
    private final EngineIoServer engineIo;
    private final ConcurrentHashMap<String, EngineIoBridge> bridges = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SocketIoSocket, PluginSocket> sockets = new ConcurrentHashMap<>();
    private final LongAdder bindsReceived = new LongAdder();
    private final LongAdder bindsHonoured = new LongAdder();
    private volatile long refuseConnectionsUntil;
    private volatile long refuseAuthenticationUntil;
    private volatile boolean killed;

    public RtmServer(String identifier, String key, World world, SandboxSwitches switches) {
        this.identifier = identifier;
        this.key = key;
        this.world = world;
        this.switches = switches;
        EngineIoServerOptions options = EngineIoServerOptions.newFromDefault();
        options.setCorsHandlingDisabled(true);
        // Its own timer thread: EngineIoServer.shutdown() stops whatever executor it was given.
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("sandbox-engineio"));
        options.setScheduledExecutorService(timers);
        options.setHandshakeInterceptor((query, headers) -> acceptsConnections());
        this.engineIo = new EngineIoServer(options);
        SocketIoNamespace namespace = new SocketIoServer(engineIo).namespace("/");
        namespace.on("connection", args -> onConnection((SocketIoSocket) args[0]));
    }

    /** Serves Socket.IO on each of these paths (the announced URL and its rescue twin). */
    public void mount(JavalinConfig config, String... paths) {
        for (String path : paths) {
            // Refused before the upgrade, with a 503: clients see a connect error, as in an outage.
            config.routes.wsBeforeUpgrade(path, ctx -> {
                if (!acceptsConnections()) {
                    throw new ServiceUnavailableResponse("rtm unavailable");
                }
            });
            config.routes.ws(path, this::configure);
        }
    }

    private void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            EngineIoBridge bridge = new EngineIoBridge(ctx);
            bridges.put(ctx.sessionId(), bridge);
            engineIo.handleWebSocket(bridge);
        });
        ws.onMessage(ctx -> {
            EngineIoBridge bridge = bridges.get(ctx.sessionId());
            if (bridge != null) {
                bridge.received(ctx.message());
            }
        });
        ws.onClose(ctx -> Optional.ofNullable(bridges.remove(ctx.sessionId())).ifPresent(EngineIoBridge::closed));
        ws.onError(ctx -> Optional.ofNullable(bridges.remove(ctx.sessionId()))
                .ifPresent(bridge -> bridge.failed(ctx.error())));
    }

    private boolean acceptsConnections() {
        return !killed && System.currentTimeMillis() >= refuseConnectionsUntil;
    }

    private void onConnection(SocketIoSocket socket) {
        PluginSocket plugin = new PluginSocket(socket);
        sockets.put(socket, plugin);
        socket.on("authentication", args -> authenticate(plugin, args.length > 0 ? args[0] : null));
        socket.on("socket:bind", args -> {
            if (plugin.authenticated()) {
                if (plugin.bind(installedWebsiteIds(), switches.get(SandboxSwitch.BIND_INTERVAL).toNanos(), System.nanoTime())) {
                    bindsHonoured.increment();
                }
                // Counted last, so a test that sees the count also sees the binding.
                bindsReceived.increment();
            }
        });
        socket.on("disconnect", args -> sockets.remove(socket));
    }

    private void authenticate(PluginSocket plugin, Object argument) {
        if (!(argument instanceof JSONObject request) || !validCredentials(request)
                || System.currentTimeMillis() < refuseAuthenticationUntil) {
            plugin.socket().send("unauthorized");
            // A server-side disconnect: socket.io clients do not reconnect after it on their own.
            plugin.socket().disconnect(true);
            return;
        }
        Set<String> events = new HashSet<>();
        JSONArray wanted = request.optJSONArray("events");
        for (Object name : wanted == null ? new JSONArray() : wanted) {
            if (name instanceof String eventName) {
                events.add(eventName);
            }
        }
        plugin.authenticate(events, installedWebsiteIds());
        plugin.socket().send("authenticated", true);
    }

    private boolean validCredentials(JSONObject request) {
        return "plugin".equals(request.opt("tier"))
                && request.opt("username") instanceof String username
                && request.opt("password") instanceof String password
                && constantTimeEquals(identifier, username)
                && constantTimeEquals(key, password);
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> installedWebsiteIds() {
        return world.websites().stream().filter(Website::installed).map(Website::id).toList();
    }

    @Override
    public void publish(SandboxEvent event) {
        if (sockets.isEmpty() || !event.pluginLevel() && world.installed(event.websiteId()) == null) {
            return;
        }
        boolean unbound = event.pluginLevel()
                && switches.get(SandboxSwitch.SUBSCRIPTION_EVENTS) == SubscriptionEvents.ALL_SUBSCRIBED;
        for (PluginSocket plugin : sockets.values()) {
            if (plugin.wants(event.name()) && (unbound || plugin.boundTo(event.websiteId()))) {
                plugin.socket().send(event.name(), event.payload());
            }
        }
    }

    /** Forgets the website on every socket: a later install needs a new {@code socket:bind}. */
    public void unbindEverywhere(String websiteId) {
        for (PluginSocket plugin : sockets.values()) {
            plugin.unbind(websiteId);
        }
    }

    @Override
    public int connections() {
        return bridges.size();
    }

    @Override
    public int authenticatedConnections() {
        return (int) sockets.values().stream().filter(PluginSocket::authenticated).count();
    }

    @Override
    public long bindsReceived() {
        return bindsReceived.sum();
    }

    @Override
    public long bindsHonoured() {
        return bindsHonoured.sum();
    }

    @Override
    public void dropAllConnections() {
        for (EngineIoBridge bridge : bridges.values()) {
            bridge.cut();
        }
    }

    @Override
    public void refuseConnectionsFor(Duration duration) {
        refuseConnectionsUntil = System.currentTimeMillis() + duration.toMillis();
    }

    @Override
    public void refuseAuthenticationFor(Duration duration) {
        refuseAuthenticationUntil = System.currentTimeMillis() + duration.toMillis();
    }

    @Override
    public void kill() {
        killed = true;
        dropAllConnections();
    }

    @Override
    public void restore() {
        killed = false;
    }

    @Override
    public void emitMalformed(String event, MalformedPayload kind) {
        for (PluginSocket plugin : sockets.values()) {
            if (!plugin.wants(event)) {
                continue;
            }
            switch (kind) {
                case NO_ARGUMENT -> plugin.socket().send(event);
                case NOT_AN_OBJECT -> plugin.socket().send(event, "not an object");
                default -> plugin.socket().send(event, malformed(kind));
            }
        }
    }

    private static JSONObject malformed(MalformedPayload kind) {
        long now = System.currentTimeMillis();
        String websiteId = Ids.uuid();
        String sessionId = Ids.sessionId();
        return switch (kind) {
            case EMPTY_OBJECT -> new JSONObject();
            case MISSING_SESSION_ID -> {
                JSONObject payload = Payloads.session(websiteId, sessionId);
                payload.remove("session_id");
                payload.put("from", "user");
                payload.put("origin", "urn:crisp.im:whatsapp:0");
                payload.put("content", "Hello");
                yield payload;
            }
            case WRONG_TYPES -> {
                JSONObject payload = Payloads.session(websiteId, sessionId);
                payload.put("type", "text");
                payload.put("from", "user");
                payload.put("origin", "urn:crisp.im:whatsapp:0");
                payload.put("content", 42);
                payload.put("fingerprint", "not a number");
                payload.put("timestamp", "yesterday");
                payload.put("user", "nobody");
                yield payload;
            }
            case UNKNOWN_WEBSITE -> Payloads.messageSend(websiteId, sessionId, "urn:crisp.im:whatsapp:0", "Hello",
                    Ids.fingerprint(), "Ghost", now).payload();
            default -> throw new IllegalArgumentException("not an object payload: " + kind);
        };
    }

    /** Drops every connection and stops Engine.IO's timers. */
    public void shutdown() {
        killed = true;
        for (EngineIoBridge bridge : bridges.values()) {
            bridge.close();
        }
        engineIo.shutdown();
    }
}
