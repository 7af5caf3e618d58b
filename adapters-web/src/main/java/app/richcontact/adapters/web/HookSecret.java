package app.richcontact.adapters.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The plugin's web-hook secret from the Crisp Marketplace. It signs but never shows itself:
 * there is no accessor and {@code toString()} is masked, so it cannot reach a log by accident.
 */
public final class HookSecret {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_LENGTH = 512;

    private final SecretKeySpec key;

    private HookSecret(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public static HookSecret of(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_LENGTH
                || secret.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("hook secret must be 1 to " + MAX_LENGTH + " printable characters");
        }
        return new HookSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The HMAC-SHA256, keyed with this secret, of the parts one after the other. */
    public byte[] hmacSha256(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            // Every Java platform must provide HmacSHA256, and any non-empty key fits it.
            throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
        }
    }

    @Override
    public String toString() {
        return "HookSecret[\u2022\u2022\u2022\u2022]";
    }
}
