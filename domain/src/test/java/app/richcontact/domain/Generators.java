package app.richcontact.domain;

import java.util.Random;

/** Seeded input generators for the property-style tests of this package. */
final class Generators {

    private Generators() {
    }

    /** A token of {@code min..max} characters drawn from {@code alphabet}, starting and ending alphanumeric. */
    static String token(Random random, int min, int max, String alphabet) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c;
            do {
                c = alphabet.charAt(random.nextInt(alphabet.length()));
            } while ((i == 0 || i == length - 1) && !Character.isLetterOrDigit(c));
            token.append(c);
        }
        return token.toString();
    }

    /** Any text, biased towards the characters that parsers of ids, origins and phones care about. */
    static String anyText(Random random, int min, int max) {
        String interesting = "urn:chatemail+0123456789 ()-._/@\t\n\u0000\u00a0\u2022é漢";
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0
                    ? (char) random.nextInt(0x3000)
                    : interesting.charAt(random.nextInt(interesting.length())));
        }
        return text.toString();
    }

    static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        digits.append((char) ('1' + random.nextInt(9)));
        while (digits.length() < length) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
