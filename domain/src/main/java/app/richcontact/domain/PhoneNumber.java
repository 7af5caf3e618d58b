package app.richcontact.domain;

import java.util.List;

/**
 * A visitor's phone number in international form, kept as its canonical digits (country code
 * first, no {@code +}). Accepts the forms channels send ({@code +351 925 923 040},
 * {@code 00351925923040}, {@code 351925923040}, {@code (+1) 415-555-0100},
 * {@code whatsapp:+…}, {@code tel:+…}) and never adds or removes a digit to make one fit.
 * Where a country writes one mobile subscriber two ways ({@link VariableMobileDigit}), it knows
 * both {@link #writtenForms() forms} and one {@link #subscriber() key} for them, yet stays the
 * number it was given: equality is of the written digits.
 */
public final class PhoneNumber implements PersonalData {

    public static final int MIN_DIGITS = 7;
    public static final int MAX_DIGITS = 15;
    private static final int MAX_INPUT_LENGTH = 40;
    private static final String[] SCHEMES = {"tel:", "whatsapp:", "sms:"};
    private static final String FIELD = "phone";

    private final String digits;

    private PhoneNumber(String digits) {
        this.digits = digits;
    }

    public static PhoneNumber parse(String input) {
        String text = Text.required(input, FIELD).strip();
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidValueException(FIELD, "is too long to be a phone number");
        }
        text = withoutScheme(text).strip();
        if (text.contains("(0)")) {
            throw new InvalidValueException(FIELD, "has an ambiguous trunk prefix (0)");
        }
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        boolean plus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && !plus && digits.length() == 0) {
                plus = true;
            } else if (!isSeparator(c)) {
                throw new InvalidValueException(FIELD,
                        "must contain only digits, separators and one leading +");
            }
        }
        return new PhoneNumber(international(digits.toString(), plus));
    }

    private static String withoutScheme(String text) {
        for (String scheme : SCHEMES) {
            if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return text.substring(scheme.length());
            }
        }
        return text;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/'
                || c == '\u00a0';
    }

    private static String international(String digits, boolean plus) {
        String number = !plus && digits.startsWith("00") ? digits.substring(2) : digits;
        if (number.isEmpty() || number.charAt(0) == '0') {
            throw new InvalidValueException(FIELD, "must start with a country code");
        }
        if (number.length() < MIN_DIGITS || number.length() > MAX_DIGITS) {
            throw new InvalidValueException(FIELD,
                    "must have " + MIN_DIGITS + " to " + MAX_DIGITS + " digits with its country code");
        }
        return number;
    }

    /**
     * The ways its subscriber's number is written: itself first, then the other form where its
     * country writes mobiles with and without a digit (at most two forms).
     */
    public List<PhoneNumber> writtenForms() {
        return VariableMobileDigit.otherForm(digits)
                .map(other -> List.of(this, new PhoneNumber(other)))
                .orElseGet(() -> List.of(this));
    }

    /**
     * The key of its subscriber, equal for each of its written forms and only for them: what
     * decides in memory that two numbers are one person (locks, recent creations). A key to
     * compare, never a number to store: a contact keeps the phone as the visitor gave it.
     */
    public PhoneNumber subscriber() {
        String key = VariableMobileDigit.longForm(digits);
        return key.equals(digits) ? this : new PhoneNumber(key);
    }

    /** Whether both are written forms of one subscriber. */
    public boolean sameSubscriber(PhoneNumber other) {
        return subscriber().equals(other.subscriber());
    }

    /**
     * The email that keys a contact when the visitor gave none: {@code <digits>@<channel>.nomail},
     * the digits of its {@link #subscriber() subscriber}, so that both written forms of one
     * subscriber name one placeholder (and Crisp refuses the second as {@code people_exists}).
     */
    public EmailAddress placeholderEmail(Channel channel) {
        return EmailAddress.placeholder(subscriber().digits, channel);
    }

    /**
     * Its subscriber's keyed digest (the same for both written forms), for remembering that a
     * contact has this phone without keeping the phone.
     */
    public Fingerprint fingerprint(FingerprintKey key) {
        return key.of("phone", subscriber().digits);
    }

    /** The E.164 form, {@code +<digits>}. */
    @Override
    public String revealForCrm() {
        return "+" + digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && phone.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return Mask.maskPhoneDigits(digits);
    }
}
