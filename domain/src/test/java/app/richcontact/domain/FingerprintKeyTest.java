package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FingerprintKeyTest {

    private final FingerprintKey key = FingerprintKey.random();

    @Test
    void equal_values_have_equal_fingerprints_however_they_were_written() {
        assertEquals(PhoneNumber.parse("+351 925 923 040").fingerprint(key), PhoneNumber.parse("00351925923040").fingerprint(key));
        assertEquals(EmailAddress.parse("Jane@Example.com").fingerprint(key), EmailAddress.parse("jane@example.COM").fingerprint(key));
    }

    @Test
    void different_values_and_different_keys_give_different_fingerprints() {
        Fingerprint phone = PhoneNumber.parse("+351925923040").fingerprint(key);
        assertNotEquals(phone, PhoneNumber.parse("+351925923041").fingerprint(key));
        assertNotEquals(phone, PhoneNumber.parse("+351925923040").fingerprint(FingerprintKey.random()));
    }

    @Test
    void neither_a_fingerprint_nor_the_key_prints_the_value_or_the_secret() {
        Fingerprint phone = PhoneNumber.parse("+351925923040").fingerprint(key);
        assertFalse(phone.toString().contains("925923040"));
        assertEquals("FingerprintKey[•••]", key.toString());
    }
}
