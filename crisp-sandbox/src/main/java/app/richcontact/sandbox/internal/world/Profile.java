package app.richcontact.sandbox.internal.world;

import app.richcontact.sandbox.Geolocation;
import java.util.List;

/**
 * One CRM contact of one website, immutable once created. The lower-cased email and nickname
 * and the phone's digits are kept too: every people search compares against them.
 */
public record Profile(
        String peopleId,
        String email,
        String nickname,
        String phone,
        Geolocation geolocation,
        List<String> segments,
        long createdAt,
        String emailLower,
        String nicknameLower,
        String phoneDigits) {

    public Profile {
        geolocation = known(geolocation);
        segments = List.copyOf(segments);
    }

    Profile(String peopleId, String email, String nickname, String phone, Geolocation geolocation,
            List<String> segments, long createdAt) {
        this(peopleId, email, nickname, phone, geolocation, segments, createdAt,
                lower(email), lower(nickname), digits(phone));
    }

    /** The geolocation, or null when it is null or has no known part. */
    static Geolocation known(Geolocation geolocation) {
        return geolocation == null || geolocation.country() == null && geolocation.region() == null
                && geolocation.city() == null ? null : geolocation;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
