package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The written forms of one subscriber (see {@link VariableMobileDigit}): properties over numbers
 * generated from fixed seeds, for the rows' countries, their look-alikes and everyone else, then
 * the cases that pin the rules.
 */
class PhoneNumberFormsTest {

    private static final int NUMBERS_PER_SEED = 4_000;
    private static final Channel WHATSAPP = new Channel("whatsapp");

    /** Numbers of every kind that matters: both forms of each row, and the numbers that must have no other form. */
    private static final List<Function<Random, String>> KINDS = List.of(
            random -> "55" + area(random) + "9" + oneOf(random, "6789") + digits(random, 7),
            random -> "55" + area(random) + oneOf(random, "6789") + digits(random, 7),
            random -> "55" + area(random) + oneOf(random, "2345") + digits(random, 7),
            random -> "55" + area(random) + "9" + oneOf(random, "012345") + digits(random, 7),
            random -> "55" + digits(random, 9 + random.nextInt(2) * 3),
            random -> "549" + oneOf(random, "123") + digits(random, 9),
            random -> "54" + oneOf(random, "123") + digits(random, 9),
            random -> "54" + oneOf(random, "0456789") + digits(random, 9),
            random -> "54" + digits(random, 8 + random.nextInt(2) * 4),
            random -> "521" + oneOf(random, "23456789") + digits(random, 9),
            random -> "52" + oneOf(random, "23456789") + digits(random, 9),
            random -> "52" + digits(random, 9 + random.nextInt(2) * 3),
            random -> Generators.digits(random, PhoneNumber.MIN_DIGITS
                    + random.nextInt(PhoneNumber.MAX_DIGITS - PhoneNumber.MIN_DIGITS + 1)));

    private static List<PhoneNumber> generated(long seed) {
        Random random = new Random(seed);
        List<PhoneNumber> numbers = new ArrayList<>(NUMBERS_PER_SEED);
        for (int i = 0; i < NUMBERS_PER_SEED; i++) {
            numbers.add(PhoneNumber.parse("+" + KINDS.get(random.nextInt(KINDS.size())).apply(random)));
        }
        return numbers;
    }

    private static String area(Random random) {
        return oneOf(random, "123456789") + oneOf(random, "123456789");
    }

    private static String oneOf(Random random, String choices) {
        return String.valueOf(choices.charAt(random.nextInt(choices.length())));
    }

    private static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String digitsOf(PhoneNumber phone) {
        return phone.revealForCrm().substring(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void a_number_is_its_own_first_form_and_has_at_most_one_other(long seed) {
        for (PhoneNumber phone : generated(seed)) {
            List<PhoneNumber> forms = phone.writtenForms();
            assertSame(phone, forms.get(0));
            assertTrue(forms.size() <= 2, phone.toString());
            assertEquals(forms.size(), new HashSet<>(forms).size(), phone.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void being_another_form_of_a_number_is_symmetric(long seed) {
        for (PhoneNumber phone : generated(seed)) {
            for (PhoneNumber form : phone.writtenForms()) {
                assertEquals(Set.copyOf(phone.writtenForms()), Set.copyOf(form.writtenForms()), phone.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void the_forms_of_a_number_share_its_country_code_and_its_subscriber_key(long seed) {
        for (PhoneNumber phone : generated(seed)) {
            for (PhoneNumber form : phone.writtenForms()) {
                assertEquals(digitsOf(phone).substring(0, 2), digitsOf(form).substring(0, 2), phone.toString());
                assertEquals(phone.subscriber(), form.subscriber(), phone.toString());
                assertTrue(phone.sameSubscriber(form), phone.toString());
                assertEquals(phone.placeholderEmail(WHATSAPP), form.placeholderEmail(WHATSAPP));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void two_different_subscribers_never_share_a_key(long seed) {
        Map<PhoneNumber, Set<PhoneNumber>> byKey = new HashMap<>();
        for (PhoneNumber phone : generated(seed)) {
            byKey.computeIfAbsent(phone.subscriber(), key -> new HashSet<>()).add(phone);
        }
        byKey.forEach((key, numbers) -> {
            for (PhoneNumber phone : numbers) {
                assertTrue(Set.copyOf(phone.writtenForms()).containsAll(numbers), phone.toString());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void the_key_of_a_form_is_stable_and_is_one_of_its_forms(long seed) {
        for (PhoneNumber phone : generated(seed)) {
            PhoneNumber key = phone.subscriber();
            assertEquals(key, key.subscriber(), phone.toString());
            assertEquals(key, phone.subscriber(), phone.toString());
            assertTrue(phone.writtenForms().contains(key), phone.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "+55 11 98765-4321, +551187654321",
            "+55 21 6123-4567, +5521961234567",
            "+55 19 99123-4567, +551991234567",
            "+54 9 11 2345-6789, +541123456789",
            "+54 351 234-5678, +5493512345678",
            "+52 1 55 1234 5678, +525512345678",
            "+52 81 1234 5678, +5218112345678"})
    void a_mobile_of_brazil_argentina_or_mexico_has_its_other_written_form(String given, String other) {
        PhoneNumber phone = PhoneNumber.parse(given);
        assertEquals(List.of(phone, PhoneNumber.parse(other)), phone.writtenForms());
        assertNotEquals(phone, PhoneNumber.parse(other), "numbers are never rewritten: the forms stay two numbers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+55 11 3456-7890", "+55 11 5456-7890", "+55 11 93456-7890", "+55 11 90456-7890",
            "+55 01 98765-4321", "+55 10 8765-4321", "+55 11 8765-432", "+55 11 98765-43210", "+54 800 123 4567",
            "+54 11 2345-678", "+549 11 2345-67890", "+52 1 12 3456 7890", "+52 55 1234 567", "+351 925 923 040",
            "+1 415 555 0100", "+44 20 7946 0958", "+56 9 8765 4321"})
    void a_landline_a_wrong_length_or_another_country_has_only_itself(String given) {
        PhoneNumber phone = PhoneNumber.parse(given);
        assertEquals(List.of(phone), phone.writtenForms(), phone.toString());
        assertSame(phone, phone.subscriber());
    }

    @Test
    void both_forms_of_a_subscriber_have_one_fingerprint_and_one_placeholder_but_keep_their_own_digits() {
        FingerprintKey key = FingerprintKey.random();
        PhoneNumber with = PhoneNumber.parse("+55 11 98765-4321");
        PhoneNumber without = PhoneNumber.parse("+55 11 8765-4321");
        assertEquals(with.fingerprint(key), without.fingerprint(key));
        assertEquals(with.placeholderEmail(WHATSAPP), without.placeholderEmail(WHATSAPP));
        assertEquals("+551187654321", without.revealForCrm());
        assertNotEquals(with.fingerprint(key), PhoneNumber.parse("+55 11 98765-4322").fingerprint(key));
    }
}
