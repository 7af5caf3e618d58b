package app.richcontact.sandbox.internal.rtm;

import io.socket.socketio.server.SocketIoSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The plugin's view of one Socket.IO connection: whether it authenticated, what it subscribed to, which websites it is bound to. */
final class PluginSocket {

    private final SocketIoSocket socket;
    private final Set<String> boundWebsites = ConcurrentHashMap.newKeySet();
    private volatile Set<String> events = Set.of();
    private volatile boolean authenticated;
    private volatile long lastBindNanos;
    private volatile boolean everBound;

    PluginSocket(SocketIoSocket socket) {
        this.socket = socket;
    }

    SocketIoSocket socket() {
        return socket;
    }

    boolean authenticated() {
        return authenticated;
    }

    void authenticate(Set<String> subscribed, Iterable<String> installedWebsites) {
        events = Set.copyOf(subscribed);
        boundWebsites.clear();
        installedWebsites.forEach(boundWebsites::add);
        authenticated = true;
    }

    boolean wants(String event) {
        return authenticated && events.contains(event);
    }

    boolean boundTo(String websiteId) {
        return boundWebsites.contains(websiteId);
    }

    void unbind(String websiteId) {
        boundWebsites.remove(websiteId);
    }

    /**
     * Binds every installed website unless the last honoured bind was too recent.
     *
     * @return whether the bind was honoured
     */
    synchronized boolean bind(Iterable<String> installedWebsites, long minIntervalNanos, long nowNanos) {
        if (everBound && nowNanos - lastBindNanos < minIntervalNanos) {
            return false;
        }
        everBound = true;
        lastBindNanos = nowNanos;
        installedWebsites.forEach(boundWebsites::add);
        return true;
    }
}
