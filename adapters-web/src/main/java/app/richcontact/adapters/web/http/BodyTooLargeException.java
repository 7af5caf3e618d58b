package app.richcontact.adapters.web.http;

/** A request body over the configured limit: answered with 413. */
public final class BodyTooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
        super("request body too large", null, false, false);
    }
}
