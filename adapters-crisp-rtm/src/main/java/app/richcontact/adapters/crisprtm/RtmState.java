package app.richcontact.adapters.crisprtm;

/** Where the listener stands with Crisp's real-time server; only {@link #AUTHENTICATED} hears events. */
public enum RtmState {
    /** No connection: before start, after close, or waiting to retry after a failure. */
    DISCONNECTED,
    /** Opening the WebSocket. */
    CONNECTING,
    /** Connected, {@code authentication} sent, waiting for the answer. */
    AUTHENTICATING,
    /** Authenticated: subscribed events arrive. */
    AUTHENTICATED,
    /** Crisp refused the plugin's credentials: a configuration error, retried only after a long back-off. */
    UNAUTHORIZED
}
