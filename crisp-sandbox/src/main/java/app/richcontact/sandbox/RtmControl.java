package app.richcontact.sandbox;

import java.time.Duration;

/** Observes and breaks the RTM (Socket.IO) side of the sandbox. */
public interface RtmControl {

    /** Open Engine.IO connections, authenticated or not. */
    int connections();

    /** Connections that passed {@code authentication}. */
    int authenticatedConnections();

    /** {@code socket:bind} events received from authenticated sockets since start. */
    long bindsReceived();

    /** {@code socket:bind} events honoured (the others came within the bind interval). */
    long bindsHonoured();

    /** Cuts every connection at the transport level, as a network failure would; clients may reconnect. */
    void dropAllConnections();

    /** Refuses every new connection (Engine.IO handshake) for this long from now. */
    void refuseConnectionsFor(Duration duration);

    /** Answers every {@code authentication} with {@code unauthorized} for this long from now. */
    void refuseAuthenticationFor(Duration duration);

    /**
     * Takes the RTM side down: drops every connection and refuses new ones until
     * {@link #restore()}. Events raised meanwhile are lost for RTM, as in production.
     */
    void kill();

    /** Accepts connections again after {@link #kill()}. */
    void restore();

    /**
     * Sends a broken payload for {@code event} to every authenticated socket subscribed to it,
     * ignoring website binding.
     */
    void emitMalformed(String event, MalformedPayload kind);
}
