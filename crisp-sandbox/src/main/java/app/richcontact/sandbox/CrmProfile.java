package app.richcontact.sandbox;

import java.util.List;

/**
 * A CRM profile as the sandbox holds it now (reads here are always fresh).
 *
 * @param peopleId Crisp's people id
 * @param email the profile email
 * @param nickname or null
 * @param phone or null
 * @param geolocation or null when no part is known
 * @param segments the profile's segments
 * @param createdAt creation time, epoch milliseconds
 * @param emailSubscribed whether it receives email ({@code people/subscription}; true unless unsubscribed)
 * @param events the events added to it ({@code people/events}), oldest first
 */
public record CrmProfile(String peopleId, String email, String nickname, String phone, Geolocation geolocation,
                         List<String> segments, long createdAt, boolean emailSubscribed, List<ProfileEvent> events) {

    public CrmProfile {
        segments = List.copyOf(segments);
        events = List.copyOf(events);
    }
}
