package app.richcontact.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The countries whose mobile numbers are written two ways for the same subscriber, with and
 * without one digit, one row per country: adding a country is adding a row. A row reads: the
 * country code, where the variable digit sits in the national number, the digit, and the national
 * number it may be added to (the short form, without the digit).
 *
 * <ul>
 *   <li>Brazil: {@code 55} + 2-digit area + {@code 9} + 8 digits, also written without the
 *       {@code 9}, only for a mobile: the 8-digit local number starts with 6 to 9 (landlines start
 *       with 2 to 5; area codes have no 0). Sources: Anatel's ninth digit (2012–2016);
 *       libphonenumber's {@code PhoneNumberMetadata.xml} for BR (fixed line
 *       {@code <area>[2-5]\d{7}}, mobile {@code <area>9\d{8}}, formerly {@code <area>[6-9]\d{7}});
 *       Chatwoot's {@code Whatsapp::PhoneNormalizers::BrazilPhoneNormalizer} (issue 5840), which
 *       adds the 9 to 12-digit WhatsApp ids.</li>
 *   <li>Argentina: {@code 54 9} + 10 digits (the international form of a mobile) and {@code 54} +
 *       the same 10 digits (how WhatsApp ids and address books also write it). National numbers
 *       start with 1 to 3 (libphonenumber's AR metadata), so toll-free {@code 800} numbers gain
 *       no 9. Source: Chatwoot's {@code ArgentinaPhoneNormalizer} ({@code 549} ↔ {@code 54}).</li>
 *   <li>Mexico: {@code 52 1} + 10 digits (the mobile prefix dropped in 2019, still in WhatsApp ids)
 *       and {@code 52} + the same 10 digits; national numbers start with 2 to 9. Source:
 *       Chatwoot's {@code MexicoPhoneNormalizer} ({@code 521} ↔ {@code 52}).</li>
 * </ul>
 *
 * Country codes are prefix-free, and the two forms differ in length, so a number is at most one
 * form of one row.
 */
enum VariableMobileDigit {

    BRAZIL("55", 2, '9', "[1-9]{2}[6-9]\\d{7}"),
    ARGENTINA("54", 0, '9', "[1-3]\\d{9}"),
    MEXICO("52", 0, '1', "[2-9]\\d{9}");

    private final String countryCode;
    private final int position;
    private final char digit;
    private final Pattern shortNational;

    /**
     * @param countryCode the country calling code
     * @param position how many national digits come before the variable digit
     * @param digit the digit one form has and the other has not
     * @param shortNational the national numbers (without the digit) that have the other form
     */
    VariableMobileDigit(String countryCode, int position, char digit, String shortNational) {
        this.countryCode = countryCode;
        this.position = position;
        this.digit = digit;
        this.shortNational = Pattern.compile(shortNational);
    }

    /** The other written form of these international digits, if a row has one for them. */
    static Optional<String> otherForm(String digits) {
        for (VariableMobileDigit row : values()) {
            if (digits.startsWith(row.countryCode)) {
                return row.otherFormIn(digits.substring(row.countryCode.length()));
            }
        }
        return Optional.empty();
    }

    /** The form with the variable digit: the same for both forms of one subscriber. */
    static String longForm(String digits) {
        return otherForm(digits).filter(other -> other.length() > digits.length()).orElse(digits);
    }

    private Optional<String> otherFormIn(String national) {
        if (shortNational.matcher(national).matches()) {
            return Optional.of(countryCode + national.substring(0, position) + digit + national.substring(position));
        }
        boolean hasDigit = national.length() > position && national.charAt(position) == digit;
        String without = hasDigit ? national.substring(0, position) + national.substring(position + 1) : "";
        if (hasDigit && shortNational.matcher(without).matches()) {
            return Optional.of(countryCode + without);
        }
        return Optional.empty();
    }
}
