package app.richcontact.domain;

/** A Crisp conversation session, identified as {@code session_<uuid>} (stored lower-case). */
public record SessionId(String value) {

    private static final String PREFIX = "session_";

    public SessionId {
        Text.required(value, "session_id");
        if (!value.startsWith(PREFIX) || !Text.isUuid(value, PREFIX.length())) {
            throw new InvalidValueException("session_id", "must be session_ followed by a UUID");
        }
        value = Text.lowerAscii(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
