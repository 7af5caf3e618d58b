package app.richcontact.bootstrap.e2e;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phone in text however it is written: with or without {@code +} or {@code 00}, with
 * spaces, dots, dashes, slashes or parentheses anywhere, in national form (without its country
 * code), or masked ({@code •}, {@code *}, {@code x}, {@code #} for hidden digits) when seven or
 * more of its digits show, the plugin's own mask (country code and last four digits) excepted;
 * any eight digits of it in a row also count. Besides the phones it is given, it knows the shape
 * of a Portuguese mobile ({@code +351 9…}), the numbers random traffic invents in any process.
 */
final class PhoneLeaks {

    /**
     * A run of digits and mask marks, with the separators people write between them, standing
     * apart from letters and digits (so the digit groups of an id like {@code b5d9-4646-8717} are not one).
     */
    private static final Pattern SPAN = Pattern.compile(
            "(?<![\\p{L}\\d])[0-9•*xX#][0-9•*xX#\\s.()/+\\-]*[0-9•*xX#](?![\\p{L}\\d])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()/+\\-]");
    private static final int REVEALED = 7;
    private static final int RUN = 8;
    private static final int HEAD = 3;
    private static final int TAIL = 4;

    private PhoneLeaks() {
    }

    /** The first written form of one of {@code phones} (digits only, international) in {@code text}. */
    static Optional<String> find(String text, Collection<String> phones) {
        Matcher span = SPAN.matcher(text);
        while (span.find()) {
            String compact = compact(span.group());
            if (compact.chars().filter(Character::isDigit).count() < REVEALED) {
                continue;
            }
            for (String phone : phones) {
                if (reveals(compact, phone)) {
                    return Optional.of(span.group().strip());
                }
            }
            if (revealsPortugueseMobile(compact)) {
                return Optional.of(span.group().strip());
            }
        }
        return Optional.empty();
    }

    private static String compact(String span) {
        String compact = SEPARATORS.matcher(span).replaceAll("");
        return compact.startsWith("00") ? compact.substring(2) : compact;
    }

    private static boolean reveals(String compact, String phone) {
        for (int start = 0; start + RUN <= phone.length(); start++) {
            if (compact.contains(phone.substring(start, start + RUN))) {
                return true;
            }
        }
        if (alignsShowing(compact, phone, true)) {
            return true;
        }
        for (int countryCode = 1; countryCode <= HEAD; countryCode++) {
            if (alignsShowing(compact, phone.substring(countryCode), false)) {
                return true;
            }
        }
        return false;
    }

    /** Some window of {@code compact}, bounded by non-digits, lines up with {@code form} and shows enough of it. */
    private static boolean alignsShowing(String compact, String form, boolean international) {
        for (int offset = 0; offset + form.length() <= compact.length(); offset++) {
            if (bounded(compact, offset, form.length()) && shows(compact.substring(offset, offset + form.length()),
                    form, international)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shows(String window, String form, boolean international) {
        int revealed = 0;
        boolean beyondOwnMask = !international;
        for (int i = 0; i < form.length(); i++) {
            char c = window.charAt(i);
            if (Character.isDigit(c)) {
                if (c != form.charAt(i)) {
                    return false;
                }
                revealed++;
                beyondOwnMask |= i >= HEAD && i < form.length() - TAIL;
            }
        }
        return revealed >= REVEALED && beyondOwnMask;
    }

    /** {@code 351 9} and eight more, or {@code 9} and eight more, with seven digits or more showing. */
    private static boolean revealsPortugueseMobile(String compact) {
        for (int offset = 0; offset + 9 <= compact.length(); offset++) {
            if (compact.startsWith("3519", offset) && offset + 12 <= compact.length() && bounded(compact, offset, 12)
                    && shows(compact.substring(offset, offset + 12), "3519" + compact.substring(offset + 4, offset + 12)
                    .replaceAll("[•*xX#]", "0"), true) && digitsOrMasks(compact.substring(offset, offset + 12))) {
                return true;
            }
            if (compact.charAt(offset) == '9' && bounded(compact, offset, 9) && digitsOrMasks(compact.substring(offset, offset + 9))
                    && compact.substring(offset, offset + 9).chars().filter(Character::isDigit).count() >= REVEALED) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitsOrMasks(String window) {
        return window.chars().allMatch(c -> Character.isDigit(c) || "•*xX#".indexOf(c) >= 0);
    }

    private static boolean bounded(String compact, int offset, int length) {
        return (offset == 0 || !Character.isDigit(compact.charAt(offset - 1)))
                && (offset + length == compact.length() || !Character.isDigit(compact.charAt(offset + length)));
    }
}
