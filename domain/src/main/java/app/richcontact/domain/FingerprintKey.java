package app.richcontact.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A random secret, made once per process and never written anywhere, that turns personal data
 * into {@link Fingerprint}s with HMAC-SHA-256: without the secret a fingerprint cannot be matched
 * to a guessed phone or email, and with the process gone it matches nothing at all.
 */
public final class FingerprintKey {

    private static final int BLOCK = 64;
    private static final int SECRET_BYTES = 32;

    private final byte[] innerPad = new byte[BLOCK];
    private final byte[] outerPad = new byte[BLOCK];

    private FingerprintKey(byte[] secret) {
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < secret.length ? secret[i] : 0;
            innerPad[i] = (byte) (k ^ 0x36);
            outerPad[i] = (byte) (k ^ 0x5c);
        }
    }

    /** A new key from a strong random source. */
    public static FingerprintKey random() {
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return new FingerprintKey(secret);
    }

    /** The fingerprint of a normalised value of one kind (the kind keeps a phone and an email apart). */
    Fingerprint of(String kind, String normalised) {
        MessageDigest sha = sha256();
        sha.update(innerPad);
        sha.update((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8));
        byte[] inner = sha.digest();
        sha.update(outerPad);
        ByteBuffer mac = ByteBuffer.wrap(sha.digest(inner));
        return new Fingerprint(mac.getLong(), mac.getLong());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "FingerprintKey[•••]";
    }
}
