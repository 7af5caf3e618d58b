package app.richcontact.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * A CRM profile to pre-load into a website, as if it existed before the plugin came.
 *
 * @param email required, unique per website (case-insensitive)
 * @param nickname or null
 * @param phone or null
 * @param geolocation or null
 * @param segments the profile's segments
 */
public record NewProfile(String email, String nickname, String phone, Geolocation geolocation, List<String> segments) {

    public NewProfile {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email must not be blank");
        }
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
    }

    public static NewProfile of(String email, String nickname, String phone, String... segments) {
        return new NewProfile(email, nickname, phone, null, List.of(segments));
    }
}
