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

    /**
     * The email that keys the contact of a sender with no phone and no email:
     * {@code session-<uuid>@<channel>.nomail}. A session id is Crisp's, not personal data, and the
     * local part starts with letters, so it never equals a phone's placeholder (all digits).
     */
    public EmailAddress placeholderEmail(Channel channel) {
        return EmailAddress.placeholder("session-" + value.substring(PREFIX.length()), channel);
    }

    @Override
    public String toString() {
        return value;
    }
}
