package app.richcontact.domain;

/** The masked forms that personal values print instead of themselves. */
final class Mask {

    static final String HIDDEN = "\u2022\u2022\u2022";

    private Mask() {
    }

    /** {@code +351•••••3040}: a country-code-sized head and a short tail, the rest hidden. */
    static String maskPhoneDigits(String digits) {
        int head = digits.length() >= 10 ? 3 : 1;
        int tail = digits.length() >= 10 ? 4 : 2;
        return "+" + digits.substring(0, head)
                + "\u2022".repeat(digits.length() - head - tail)
                + digits.substring(digits.length() - tail);
    }

    /** {@code j•••}: the first character only. */
    static String firstCharacter(String value) {
        return value.substring(0, value.offsetByCodePoints(0, 1)) + HIDDEN;
    }
}
