package app.richcontact.domain;

import java.util.List;

/** Settings that cannot be saved, with one message per invalid field. */
public final class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidSettingsException(List<FieldError> errors) {
        super("invalid settings: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
