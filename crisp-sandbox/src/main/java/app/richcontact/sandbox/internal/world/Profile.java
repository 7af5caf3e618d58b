package app.richcontact.sandbox.internal.world;

import java.util.List;

/**
 * One CRM contact of one website, immutable once created. The lower-cased email and nickname
 * and the phone's digits are kept too: every people search compares against them.
 */
public record Profile(
        long seq,
        String peopleId,
        String email,
        String nickname,
        String phone,
        String country,
        String region,
        String city,
        List<String> segments,
        long createdAt,
        String emailLower,
        String nicknameLower,
        String phoneDigits) {

    public Profile {
        segments = List.copyOf(segments);
    }

    public Profile(long seq, String peopleId, String email, String nickname, String phone, String country,
                   String region, String city, List<String> segments, long createdAt) {
        this(seq, peopleId, email, nickname, phone, country, region, city, segments, createdAt,
                lower(email), lower(nickname), digits(phone));
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
