package app.richcontact.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The per-website secret Crisp gives each installation; the settings page must present it.
 * It can only be compared (in constant time), never read back or printed.
 */
public final class WebsiteToken {

    public static final int MAX_LENGTH = 256;

    private final byte[] secret;

    private WebsiteToken(byte[] secret) {
        this.secret = secret;
    }

    public static WebsiteToken of(String value) {
        String text = Text.required(value, "token");
        if (text.isBlank() || text.length() > MAX_LENGTH || Text.hasControlCharacter(text)) {
            throw new InvalidValueException("token", "must be 1 to " + MAX_LENGTH + " printable characters");
        }
        return new WebsiteToken(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in time independent of where the candidate differs; null never matches. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(secret, candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebsiteToken token && MessageDigest.isEqual(secret, token.secret);
    }

    @Override
    public int hashCode() {
        return secret.length;
    }

    @Override
    public String toString() {
        return "WebsiteToken[\u2022\u2022\u2022\u2022]";
    }
}
