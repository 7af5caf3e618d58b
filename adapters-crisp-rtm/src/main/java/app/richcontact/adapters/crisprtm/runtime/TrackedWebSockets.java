package app.richcontact.adapters.crisprtm.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The WebSocket factory of one connection: OkHttp's, remembering each socket so that it can be
 * cancelled once the polite close had its chance. OkHttp keeps a socket's writer thread (not a
 * daemon) for a minute when the peer never answers the close handshake; cancelling a socket that
 * already closed does nothing.
 */
final class TrackedWebSockets implements WebSocket.Factory {

    private final OkHttpClient http;
    private final List<WebSocket> created = new CopyOnWriteArrayList<>();

    TrackedWebSockets(OkHttpClient http) {
        this.http = http;
    }

    @Override
    public WebSocket newWebSocket(Request request, WebSocketListener listener) {
        WebSocket socket = http.newWebSocket(request, listener);
        created.add(socket);
        return socket;
    }

    /** Releases every socket at once. */
    void cancelAll() {
        for (WebSocket socket : created) {
            socket.cancel();
        }
        created.clear();
    }
}
