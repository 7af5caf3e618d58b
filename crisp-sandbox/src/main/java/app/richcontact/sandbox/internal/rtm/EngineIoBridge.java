package app.richcontact.sandbox.internal.rtm;

import io.javalin.websocket.WsContext;
import io.socket.engineio.server.EngineIoWebSocket;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Carries one Engine.IO connection over a Javalin (Jetty 12) WebSocket. */
public final class EngineIoBridge extends EngineIoWebSocket {

    private final WsContext ws;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;

    EngineIoBridge(WsContext ws) {
        this.ws = ws;
        Map<String, String> firstValues = new HashMap<>();
        ws.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                firstValues.put(name, values.get(0));
            }
        });
        this.query = Map.copyOf(firstValues);
        Map<String, List<String>> headerLists = new HashMap<>();
        ws.headerMap().forEach((name, value) -> headerLists.put(name, List.of(value)));
        this.headers = Map.copyOf(headerLists);
    }

    @Override
    public Map<String, String> getQuery() {
        return query;
    }

    @Override
    public Map<String, List<String>> getConnectionHeaders() {
        return headers;
    }

    @Override
    public void write(String message) {
        ws.send(message);
    }

    @Override
    public void write(byte[] message) {
        ws.send(ByteBuffer.wrap(message));
    }

    @Override
    public void close() {
        ws.closeSession();
    }

    /** Cuts the TCP connection without a close handshake, as a network failure would. */
    void cut() {
        ws.session.disconnect();
    }

    void received(String message) {
        emit("message", message);
    }

    void closed() {
        emit("close");
    }

    void failed(Throwable error) {
        emit("error", "transport error", error == null ? "" : String.valueOf(error.getMessage()));
    }
}
