package app.richcontact.domain;

/**
 * A value from outside did not pass validation; {@link #field()} names what was wrong, the
 * message says why, and neither ever repeats the rejected input.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    /** The name of the rejected parameter or field, for error messages and drop counters. */
    public String field() {
        return field;
    }
}
