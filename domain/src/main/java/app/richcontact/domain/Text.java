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
        if (hasLoneSurrogate(stripped)) {
            throw new InvalidValueException(field, "must be valid Unicode text");
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

    /** True when a UTF-16 surrogate is not half of a pair: such text has no UTF-8 form (it would reach Crisp as '?'). */
    static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** True for the canonical 8-4-4-4-12 form, ASCII hex digits in either case (no other script's digits). */
    static boolean isUuid(String value, int from) {
        if (value.length() - from != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(from + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isAsciiHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Lower-cases A to Z only: anything else is kept as it is, so that a check for ASCII made
     * afterwards still sees it (Unicode case-folding turns the Kelvin sign into {@code k}).
     */
    static String lowerAscii(String value) {
        StringBuilder lower = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) {
                    lower = new StringBuilder(value);
                }
                lower.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return lower == null ? value : lower.toString();
    }

    /** Lower-cases human text (segments) in every script, the same on every machine. */
    static String lowerText(String value) {
        return value.toLowerCase(java.util.Locale.ROOT);
    }
}
