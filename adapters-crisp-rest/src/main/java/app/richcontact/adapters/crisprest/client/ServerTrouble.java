package app.richcontact.adapters.crisprest.client;

/** No usable answer: an I/O error, a timeout or a 5xx. Retried with backoff. */
final class ServerTrouble extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServerTrouble(String message, Throwable cause) {
        super(message, cause);
    }
}
