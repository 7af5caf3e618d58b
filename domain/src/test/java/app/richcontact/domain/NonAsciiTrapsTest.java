package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property-style: identifiers are ASCII by definition, whatever {@code Character.digit} or
 * {@code toLowerCase} would make of other scripts. Generated UUIDs with one character swapped
 * for a look-alike digit or letter, texts with a lone surrogate, and origins whose names only
 * become ASCII once case-folded are all rejected.
 */
class NonAsciiTrapsTest {

    private static final int RUNS = 2_000;
    /** Characters {@code Character.digit(c, 16)} accepts that are not ASCII hex digits. */
    private static final String NON_ASCII_HEX = "\uFF10\uFF11\uFF15\uFF19\uFF21\uFF26\uFF41\uFF46"
            + "\u0660\u0665\u0669\u06F0\u0966\u096F\u09E6\u0E50\u1040\uA620";
    /** Characters that become ASCII letters when case-folded: Kelvin, dotted I, long s, Angstrom and friends. */
    private static final String FOLDING_TRAPS = "\u212A\u0130\u017F\u0131\u212B";
    private static final String LONE_SURROGATES = "\uD800\uDBFF\uDC00\uDFFF";

    private final Random random = new Random(16);

    @Test
    void an_identifier_with_a_non_ascii_digit_anywhere_is_rejected() {
        for (int run = 0; run < RUNS; run++) {
            String uuid = withTrap(UUID.randomUUID().toString(), NON_ASCII_HEX);
            rejects("website_id", WebsiteId::new, uuid);
            rejects("people_id", ContactId::new, uuid);
            rejects("session_id", SessionId::new, "session_" + uuid);
        }
    }

    @Test
    void an_identifier_with_a_case_folding_trap_is_rejected() {
        for (int run = 0; run < RUNS; run++) {
            String uuid = withTrap(UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT), FOLDING_TRAPS);
            rejects("website_id", WebsiteId::new, uuid);
            rejects("session_id", SessionId::new, "session_" + uuid);
        }
    }

    @Test
    void a_segment_or_a_name_with_a_lone_surrogate_is_rejected_and_paired_ones_are_kept() {
        for (int run = 0; run < RUNS; run++) {
            String text = Generators.token(random, 1, 40, "abcdefghij0123456789-é漢");
            String trapped = withInsert(text, LONE_SURROGATES);
            rejects("segment", Segment::new, trapped);
            assertThrows(InvalidValueException.class, () -> Nickname.parse(trapped), "nickname " + escaped(trapped));
        }
        assertEquals("vip-\uD83D\uDE00", new Segment("VIP-\uD83D\uDE00").value(), "an emoji is a pair, not a lone half");
    }

    @Test
    void an_origin_whose_name_is_ascii_only_once_case_folded_is_rejected() {
        for (int run = 0; run < RUNS; run++) {
            String name = withTrap(Generators.token(random, 2, 20, "abcdefghijklmnopqrstuvwxyz0123456789"), FOLDING_TRAPS);
            rejects("origin", Origin::new, "urn:crisp.im:" + name + ":0");
            rejects("channel", Channel::new, name);
        }
        assertThrows(InvalidValueException.class, () -> new Origin("urn:crisp.im:\u212Aakao:0"));
        assertEquals("urn:crisp.im:kakao:0", new Origin("URN:Crisp.IM:KAKAO:0").value(), "ASCII upper case still folds");
        assertThrows(InvalidValueException.class, () -> new Geolocation("\u0131t", null), "a dotless i is not an I");
        assertEquals("IT", new Geolocation("it", null).country());
    }

    private <T> void rejects(String field, Function<String, T> parse, String input) {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> parse.apply(input),
                field + " accepted " + escaped(input));
        assertEquals(field, error.field());
        assertTrue(!error.getMessage().contains(input), "the message does not echo the input");
    }

    /** Replaces one non-dash character by one of {@code traps}. */
    private String withTrap(String text, String traps) {
        int at;
        do {
            at = random.nextInt(text.length());
        } while (text.charAt(at) == '-');
        return text.substring(0, at) + traps.charAt(random.nextInt(traps.length())) + text.substring(at + 1);
    }

    private String withInsert(String text, String inserts) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + inserts.charAt(random.nextInt(inserts.length())) + text.substring(at);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
