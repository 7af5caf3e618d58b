package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+351 925 923 040", "00351925923040", "351925923040", "+351925923040",
            "whatsapp:+351925923040", "WhatsApp:+351 925-923-040", "tel:+351-925-923-040", "sms:00351925923040",
            "(+351) 925.923.040", "+351/925/923/040", "+351\u00a0925\u00a0923\u00a0040", "  +351 925 923 040  "})
    void the_forms_channels_send_normalise_to_the_same_number(String input) {
        assertEquals(PhoneNumber.parse("+351925923040"), PhoneNumber.parse(input));
        assertEquals("+351925923040", PhoneNumber.parse(input).revealForCrm());
    }

    @Test
    void a_north_american_number_in_parentheses_form_keeps_its_country_code() {
        assertEquals("+14155550100", PhoneNumber.parse("(+1) 415-555-0100").revealForCrm());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "anonymous", "Withheld", "private", "unknown", "+", "12345", "123456",
            "+1234567890123456", "0925923040", "+0351925923040", "0", "+351 925 923 04O", "+351+925923040",
            "351925923040+", "+44 (0) 20 7946 0958", "+351925923040;ext=12", "+351925923040 x12",
            "1-800-FLOWERS", "phone:+351925923040", "+351_925_923_040", "+351\n925923040",
            "+3519259230401234567890123456789012345678901"})
    void what_is_not_an_international_phone_number_is_rejected_without_echoing_it(String input) {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> PhoneNumber.parse(input));
        assertEquals("phone", error.field());
        if (input != null && input.length() > 3) {
            assertFalse(error.getMessage().contains(input.strip()), error.getMessage());
        }
    }

    @Test
    void generated_numbers_in_any_accepted_format_parse_to_exactly_their_digits() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            String digits = Generators.digits(random, PhoneNumber.MIN_DIGITS
                    + random.nextInt(PhoneNumber.MAX_DIGITS - PhoneNumber.MIN_DIGITS + 1));
            String formatted = format(random, digits);
            assertEquals("+" + digits, PhoneNumber.parse(formatted).revealForCrm(), formatted);
        }
    }

    @Test
    void generated_junk_never_becomes_a_number_with_digits_it_did_not_contain() {
        Random random = new Random(99);
        for (int i = 0; i < 20_000; i++) {
            String junk = Generators.anyText(random, 0, 45);
            try {
                String parsed = PhoneNumber.parse(junk).revealForCrm().substring(1);
                String inputDigits = junk.replaceAll("[^0-9]", "");
                assertEquals(inputDigits.startsWith("00") && !junk.contains("+") ? inputDigits.substring(2) : inputDigits,
                        parsed, junk);
            } catch (InvalidValueException expected) {
                assertEquals("phone", expected.field());
            }
        }
    }

    @Test
    void numbers_differing_in_one_digit_are_different() {
        assertNotEquals(PhoneNumber.parse("+351925923040"), PhoneNumber.parse("+351925923041"));
        assertNotEquals(PhoneNumber.parse("+351925923040"), PhoneNumber.parse("+3519259230400"));
    }

    @Test
    void a_phone_prints_only_its_masked_form() {
        assertEquals("+351\u2022\u2022\u2022\u2022\u20223040", PhoneNumber.parse("+351 925 923 040").toString());
        assertEquals("+1\u2022\u2022\u2022\u202267", PhoneNumber.parse("+1234567").toString());
    }

    @Test
    void the_placeholder_email_is_the_digits_at_the_channel_dot_nomail() {
        EmailAddress placeholder = PhoneNumber.parse("+351 925 923 040").placeholderEmail(new Channel("whatsapp"));
        assertEquals("351925923040@whatsapp.nomail", placeholder.revealForCrm());
        assertEquals(true, placeholder.isPlaceholder());
    }

    private static String format(Random random, String digits) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && random.nextInt(4) == 0) {
                body.append(" -./\u00a0".charAt(random.nextInt(5)));
            }
            body.append(digits.charAt(i));
        }
        switch (random.nextInt(6)) {
            case 0: return "+" + body;
            case 1: return "00" + body;
            case 2: return body.toString();
            case 3: return "whatsapp:+" + body;
            case 4: return "tel:+" + body;
            default: return "(+" + body.substring(0, 1) + ") " + body.substring(1);
        }
    }
}
