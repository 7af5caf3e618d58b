package app.richcontact.adapters.web.http;

/** The request body did not arrive within its deadline: a slow upload is cut, not waited for. */
public final class BodyTooSlowException extends Exception {

    private static final long serialVersionUID = 1L;

    public BodyTooSlowException() {
        super("the request body did not arrive in time", null, false, false);
    }
}
