package app.richcontact.probe;

import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * One connection to Crisp's real-time API that hears only {@code plugin:settings:saved}, set up
 * as Crisp's official client does (the announced URL's path, WebSocket only, authentication
 * with the plugin token), without reconnecting: the probe listens for seconds.
 */
final class SettingsEventsListener implements AutoCloseable {

    static final String SETTINGS_SAVED = "plugin:settings:saved";

    private final OkHttpClient http = new OkHttpClient.Builder().build();
    private final Socket socket;
    private final BlockingQueue<Object[]> received = new LinkedBlockingQueue<>();

    private SettingsEventsListener(URI announced) {
        IO.Options options = IO.Options.builder()
                .setPath(announced.getPath() == null || announced.getPath().isEmpty() ? "/" : announced.getPath())
                .setTransports(new String[] {"websocket"})
                .setReconnection(false)
                .build();
        options.callFactory = http;
        options.webSocketFactory = http;
        socket = IO.socket(URI.create(announced.getScheme() + "://" + announced.getAuthority()), options);
        for (String event : new String[] {Socket.EVENT_CONNECT, Socket.EVENT_CONNECT_ERROR, Socket.EVENT_DISCONNECT,
                "authenticated", "unauthorized", SETTINGS_SAVED}) {
            socket.on(event, args -> received.add(new Object[] {event, args.length > 0 ? args[0] : null}));
        }
    }

    /**
     * Connects to {@code announced}, authenticates and waits for the answer.
     *
     * @throws ProbeFailure when the connection or the authentication fails within {@code patience}
     */
    static SettingsEventsListener open(URI announced, RealtimeAccess access, Duration patience) {
        SettingsEventsListener listener = new SettingsEventsListener(announced);
        try {
            listener.socket.connect();
            listener.awaitLifecycle(Socket.EVENT_CONNECT, patience);
            JSONObject authentication = new JSONObject();
            authentication.put("tier", "plugin");
            authentication.put("username", access.identifier());
            authentication.put("password", access.key());
            authentication.put("events", new JSONArray().put(SETTINGS_SAVED));
            listener.socket.emit("authentication", authentication);
            listener.awaitLifecycle("authenticated", patience);
            return listener;
        } catch (RuntimeException failed) {
            listener.close();
            throw failed;
        }
    }

    /** The first {@code plugin:settings:saved} payload that {@code wanted} accepts, or null after {@code patience}. */
    JSONObject await(Predicate<JSONObject> wanted, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Object[] next = poll(deadline); next != null; next = poll(deadline)) {
            if (SETTINGS_SAVED.equals(next[0]) && next[1] instanceof JSONObject payload && wanted.test(payload)) {
                return payload;
            }
        }
        return null;
    }

    private void awaitLifecycle(String expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Object[] next = poll(deadline); next != null; next = poll(deadline)) {
            if (expected.equals(next[0])) {
                return;
            }
            if (!SETTINGS_SAVED.equals(next[0]) && !Socket.EVENT_CONNECT.equals(next[0])) {
                throw new ProbeFailure("the real-time API answered " + next[0] + " while the probe waited for " + expected);
            }
        }
        throw new ProbeFailure("the real-time API gave no " + expected + " within " + patience.toSeconds() + " s");
    }

    private Object[] poll(long deadline) {
        try {
            return received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        socket.off();
        socket.close();
        // Without this socket.io-client-java's OkHttp threads keep the JVM alive for a minute.
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
