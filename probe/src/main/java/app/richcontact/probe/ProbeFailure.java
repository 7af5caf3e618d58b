package app.richcontact.probe;

/** Why the probe could not go on: Crisp unreachable, the token refused, the website not installed. */
final class ProbeFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ProbeFailure(String message) {
        super(message, null, false, false);
    }
}
