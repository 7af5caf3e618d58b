package app.richcontact.crispevents;

/**
 * Why a payload cannot be used, as a counter label; thrown inside the reader only. It carries
 * no payload data and no stack trace (malformed input is expected, not exceptional).
 */
final class Rejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Rejection(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }

    static Rejection missing(String field) {
        return new Rejection("missing_" + field);
    }

    static Rejection wrongType(String field) {
        return new Rejection("wrong_type_" + field);
    }

    /** A domain parser refused the field; its name is ours or the domain's, made a safe label all the same. */
    static Rejection invalid(String field) {
        StringBuilder label = new StringBuilder("invalid_");
        for (int i = 0; i < field.length() && label.length() < 64; i++) {
            char c = Character.toLowerCase(field.charAt(i));
            label.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '_');
        }
        return new Rejection(label.toString());
    }

    static Rejection tooLong(String field) {
        return new Rejection("too_long_" + field);
    }
}
