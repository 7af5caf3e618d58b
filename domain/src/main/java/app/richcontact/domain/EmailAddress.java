package app.richcontact.domain;

import java.util.Locale;

/**
 * An email address: a real one given by the visitor (validated, domain lower-cased), or a
 * placeholder that keys a contact who gave none: {@code <phone digits>@<channel>.nomail} for a
 * sender with a phone, {@code session-<uuid>@<channel>.nomail} for one without (its local part is
 * never all digits, so the two kinds cannot collide).
 * Two addresses are equal when they match ignoring case, as in Crisp's CRM.
 */
public final class EmailAddress implements PersonalData {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String PLACEHOLDER_SUFFIX = ".nomail";
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-.";
    private static final String FIELD = "email";

    private final String value;
    private final int at;

    private EmailAddress(String local, String domain) {
        this.value = local + "@" + domain;
        this.at = local.length();
    }

    public static EmailAddress parse(String input) {
        String text = Text.required(input, FIELD).strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must be 3 to " + MAX_LENGTH + " characters");
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidValueException(FIELD, "must contain @");
        }
        String local = text.substring(0, at);
        String domain = Text.lowerAscii(text.substring(at + 1));
        if (!isLocalPart(local)) {
            throw new InvalidValueException(FIELD, "has an invalid part before @");
        }
        if (!isDomain(domain)) {
            throw new InvalidValueException(FIELD, "has an invalid domain");
        }
        return new EmailAddress(local, domain);
    }

    /** The placeholder whose local part is {@code local}: phone digits, or {@code session-<uuid>}. */
    static EmailAddress placeholder(String local, Channel channel) {
        return new EmailAddress(local, channel.name() + PLACEHOLDER_SUFFIX);
    }

    /** True for {@code …@<channel>.nomail}: no visitor gave it, Rich Contact made it up. */
    public boolean isPlaceholder() {
        return value.endsWith(PLACEHOLDER_SUFFIX);
    }

    /** Its keyed digest (case aside, as it compares), for remembering it without keeping it. */
    public Fingerprint fingerprint(FingerprintKey key) {
        return key.of("email", value.toLowerCase(Locale.ROOT));
    }

    @Override
    public String revealForCrm() {
        return value;
    }

    private static boolean isLocalPart(String local) {
        if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH
                || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAsciiLetterOrDigit(c) && LOCAL_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!isLabel(label)) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        return tld.length() >= 2 && (tld.startsWith("xn--") || tld.chars().allMatch(Character::isLetter));
    }

    private static boolean isLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH
                || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress email && email.value.equalsIgnoreCase(value);
    }

    @Override
    public int hashCode() {
        return value.toLowerCase(Locale.ROOT).hashCode();
    }

    /** {@code j•••@example.com}: the first character and the domain. */
    @Override
    public String toString() {
        return Mask.firstCharacter(value.substring(0, at)) + value.substring(at);
    }
}
