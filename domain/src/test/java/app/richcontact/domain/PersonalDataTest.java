package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void no_generated_personal_value_prints_its_raw_form_anywhere_a_log_could_reach() {
        Random random = new Random(2026);
        for (int i = 0; i < 5_000; i++) {
            PhoneNumber phone = PhoneNumber.parse("+" + Generators.digits(random, 7 + random.nextInt(9)));
            EmailAddress email = EmailAddress.parse(
                    Generators.token(random, 6, 20, "abcdefghijklmnopqrstuvwxyz0123456789_+-") + "@example.org");
            Nickname nickname = Nickname.parse(Generators.token(random, 6, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh é"));
            VisitorDetails details = new VisitorDetails(phone, email, nickname, new Geolocation("PT", "Lisboa"));
            NewContact contact = details.toNewContact(new Channel("whatsapp"), WebsiteSettings.DEFAULTS,
                    new SessionId("session_0b9e1a52-5a3c-4c7e-9d1f-2a6b8c4d7e10")).orElseThrow();
            String printed = String.join("|", phone.toString(), email.toString(), nickname.toString(),
                    details.toString(), contact.toString(), String.valueOf(List.of(phone, email, nickname)));
            for (PersonalData value : List.<PersonalData>of(phone, email, nickname)) {
                String raw = value.revealForCrm();
                assertFalse(printed.contains(raw), () -> "raw value printed: " + printed);
            }
            assertFalse(printed.contains(phone.revealForCrm().substring(1)));
        }
    }

    @Test
    void a_nickname_is_one_trimmed_line_that_prints_its_first_character_only() {
        Nickname nickname = Nickname.parse("  Jane Doe ");
        assertEquals("Jane Doe", nickname.revealForCrm());
        assertEquals("J\u2022\u2022\u2022", nickname.toString());
        assertEquals("\uD83D\uDE00\u2022\u2022\u2022", Nickname.parse("\uD83D\uDE00 smiley").toString());
    }

    @Test
    void a_nickname_rejects_blank_multi_line_and_over_long_values_without_echoing_them() {
        for (String bad : new String[] {"", "   ", "Jane\nDoe", "Jane\u0000", "J".repeat(101)}) {
            InvalidValueException error = assertThrows(InvalidValueException.class, () -> Nickname.parse(bad));
            assertEquals("nickname", error.field());
            assertTrue(bad.isBlank() || !error.getMessage().contains(bad));
        }
    }

    @Test
    void a_website_token_matches_only_itself_and_never_prints() {
        WebsiteToken token = WebsiteToken.of("s3cr3t-token-value");
        assertTrue(token.matches("s3cr3t-token-value"));
        assertFalse(token.matches("s3cr3t-token-valuE"));
        assertFalse(token.matches("s3cr3t"));
        assertFalse(token.matches(null));
        assertFalse(token.toString().contains("s3cr3t"));
        assertThrows(InvalidValueException.class, () -> WebsiteToken.of(" "));
        assertThrows(InvalidValueException.class, () -> WebsiteToken.of("a\nb"));
    }
}
