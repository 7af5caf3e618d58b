package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void a_real_address_keeps_its_local_part_and_lower_cases_its_domain() {
        EmailAddress email = EmailAddress.parse(" Jane.Doe+crm@Example.COM ");
        assertEquals("Jane.Doe+crm@example.com", email.revealForCrm());
        assertFalse(email.isPlaceholder());
    }

    @Test
    void addresses_are_equal_ignoring_case_as_in_the_crm() {
        EmailAddress a = EmailAddress.parse("Jane@example.com");
        EmailAddress b = EmailAddress.parse("jane@EXAMPLE.com");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "o'brien@example.ie", "x_y-z@sub.domain.example.org", "u@xn--bcher-kva.xn--p1ai"})
    void common_real_addresses_are_accepted(String input) {
        assertEquals(input, EmailAddress.parse(input).revealForCrm());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "plain", "@example.com", "jane@", "jane@example", "jane@@example.com",
            "jane@exa mple.com", "jane@-example.com", "jane@example-.com", ".jane@example.com", "jane.@example.com",
            "ja..ne@example.com", "jane@example.c", "jane@example.123", "jané@example.com", "jane@exämple.com",
            "\"jane\"@example.com", "jane@exam\nple.com", "jane doe@example.com"})
    void malformed_addresses_are_rejected_without_echoing_them(String input) {
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> EmailAddress.parse(input));
        assertEquals("email", error.field());
        if (input != null && input.length() > 4) {
            assertFalse(error.getMessage().contains(input.strip()));
        }
    }

    @Test
    void over_long_addresses_are_rejected() {
        assertThrows(InvalidValueException.class, () -> EmailAddress.parse("a".repeat(65) + "@example.com"));
        assertThrows(InvalidValueException.class,
                () -> EmailAddress.parse("a@" + ("b".repeat(60) + ".").repeat(5) + "com"));
    }

    @Test
    void a_dot_nomail_address_read_back_from_crisp_is_known_as_a_placeholder() {
        assertTrue(EmailAddress.parse("351925923040@whatsapp.nomail").isPlaceholder());
    }

    @Test
    void an_address_prints_its_first_character_and_its_domain_only() {
        assertEquals("j\u2022\u2022\u2022@example.com", EmailAddress.parse("jane.doe@example.com").toString());
    }
}
