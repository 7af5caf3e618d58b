package app.richcontact.sandbox.internal.world;

import java.util.List;

/** One CRM contact of one website, immutable once created. */
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
        long createdAt) {

    public Profile {
        segments = List.copyOf(segments);
    }
}
