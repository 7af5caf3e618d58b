package app.richcontact.crispevents;

/**
 * Why a payload cannot be used, as a counter label; thrown inside the reader only. It carries
 * no payload data and no stack trace (malformed input is expected, not exceptional).
 */
final class Rejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    Rejection(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    static Rejection missing(String field) {
        return new Rejection("missing_" + field);
    }

    static Rejection wrongType(String field) {
        return new Rejection("wrong_type_" + field);
    }

    static Rejection tooLong(String field) {
        return new Rejection("too_long_" + field);
    }
}
