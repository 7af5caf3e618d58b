package app.richcontact.sandbox;

import io.socket.client.IO;
import io.socket.client.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A socket.io-client-java connection to the sandbox, set up as the plugin does (path from the
 * announced URL, WebSocket only), recording everything it receives in order.
 */
final class RtmClient implements AutoCloseable {

    /** One received event and its first argument (null when it had none). */
    record Received(String event, Object payload) {

        JSONObject json() {
            return (JSONObject) payload;
        }
    }

    private final OkHttpClient http = new OkHttpClient.Builder().build();
    private final Socket socket;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private RtmClient(URI announced, boolean reconnect) {
        IO.Options options = IO.Options.builder()
                .setPath(announced.getPath())
                .setTransports(new String[] {"websocket"})
                .setReconnection(reconnect)
                .setReconnectionDelay(50)
                .setReconnectionDelayMax(100)
                .setRandomizationFactor(0)
                .build();
        options.callFactory = http;
        options.webSocketFactory = http;
        this.socket = IO.socket(URI.create(announced.getScheme() + "://" + announced.getAuthority()), options);
        socket.onAnyIncoming(args -> received.add(new Received((String) args[0], args.length > 1 ? args[1] : null)));
        for (String lifecycle : List.of(Socket.EVENT_CONNECT, Socket.EVENT_DISCONNECT, Socket.EVENT_CONNECT_ERROR)) {
            socket.on(lifecycle, args -> received.add(new Received(lifecycle, args.length > 0 ? args[0] : null)));
        }
    }

    /** A client that does not reconnect by itself. */
    static RtmClient connect(URI announced) {
        return connect(announced, false);
    }

    static RtmClient connect(URI announced, boolean reconnect) {
        RtmClient client = new RtmClient(announced, reconnect);
        client.socket.connect();
        return client;
    }

    /** Connects, authenticates with the sandbox's credentials and waits for {@code authenticated}. */
    static RtmClient authenticated(CrispSandbox sandbox, List<String> events) throws InterruptedException {
        RtmClient client = connect(sandbox.rtmUrl());
        client.expect(Socket.EVENT_CONNECT);
        client.authenticate(sandbox.pluginIdentifier(), sandbox.pluginKey(), events);
        client.expect("authenticated");
        return client;
    }

    void authenticate(String username, String password, List<String> events) {
        JSONObject request = new JSONObject();
        request.put("tier", "plugin");
        request.put("username", username);
        request.put("password", password);
        request.put("events", new JSONArray(events));
        socket.emit("authentication", request);
    }

    void emit(String event, Object payload) {
        socket.emit(event, payload);
    }

    boolean connected() {
        return socket.connected();
    }

    /** The next received event, or null after the timeout. */
    Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Skips received events until {@code event} arrives; fails after 5 s. */
    Received expect(String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            long left = deadline - System.nanoTime();
            Received next = left > 0 ? received.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                throw new AssertionError("no " + event + " within 5 s");
            }
            if (next.event().equals(event)) {
                return next;
            }
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
