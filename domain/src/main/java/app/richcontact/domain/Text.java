package app.richcontact.domain;

/** Checks shared by the value objects of this package; none of them echoes its input. */
final class Text {

    private Text() {
    }

    static String required(String value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /**
     * Strips surrounding white space and checks the length, in characters as a person counts
     * them (code points, as JSON Schema does), and the absence of control characters.
     */
    static String cleanLine(String value, String field, int maxLength) {
        String stripped = required(value, field).strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        if (hasControlCharacter(stripped)) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return stripped;
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** True for the canonical 8-4-4-4-12 form, hex digits in either case. */
    static boolean isUuid(String value, int from) {
        if (value.length() - from != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(from + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static String lowerAscii(String value) {
        return value.toLowerCase(java.util.Locale.ROOT);
    }
}
