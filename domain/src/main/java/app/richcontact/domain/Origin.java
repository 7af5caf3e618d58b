package app.richcontact.domain;

/**
 * Where a conversation came from: {@code chat} (the chatbox), {@code email}, or
 * {@code urn:<namespace>:<name>:<version>}, the integration that carried it. Stored lower-case.
 */
public record Origin(String value) {

    public static final int MAX_LENGTH = 128;
    public static final Origin CHAT = new Origin("chat");
    public static final Origin EMAIL = new Origin("email");

    private static final String URN_PREFIX = "urn:";
    private static final int MAX_PART_LENGTH = 64;

    public Origin {
        Text.required(value, "origin");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("origin", "must be 1 to " + MAX_LENGTH + " characters");
        }
        value = Text.lowerAscii(value);
        if (!value.equals("chat") && !value.equals("email") && !isWellFormedUrn(value)) {
            throw new InvalidValueException("origin",
                    "must be chat, email or urn:<namespace>:<name>:<version>");
        }
    }

    public boolean isUrn() {
        return value.startsWith(URN_PREFIX);
    }

    /** The integration's name, the third part of a URN; empty for chat and email. */
    public java.util.Optional<String> integrationName() {
        return isUrn() ? java.util.Optional.of(value.split(":", -1)[2]) : java.util.Optional.empty();
    }

    private static boolean isWellFormedUrn(String value) {
        if (!value.startsWith(URN_PREFIX)) {
            return false;
        }
        String[] parts = value.split(":", -1);
        if (parts.length != 4) {
            return false;
        }
        return isUrnPart(parts[1], MAX_PART_LENGTH)
                && isUrnPart(parts[2], Channel.MAX_LENGTH)
                && isUrnPart(parts[3], MAX_PART_LENGTH);
    }

    /** Letters, digits, '.', '-', '_', starting and ending with a letter or digit. */
    private static boolean isUrnPart(String part, int maxLength) {
        if (part.isEmpty() || part.length() > maxLength
                || !Character.isLetterOrDigit(part.charAt(0))
                || !Character.isLetterOrDigit(part.charAt(part.length() - 1))) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
