package app.richcontact.sandbox;

import java.util.List;

/**
 * A CRM profile as the sandbox holds it.
 *
 * @param peopleId Crisp's people id
 * @param email the profile email
 * @param nickname or null
 * @param phone or null
 * @param geolocation or null when no part is known
 * @param segments the profile's segments
 * @param createdAt creation time, epoch milliseconds
 */
public record CrmProfile(String peopleId, String email, String nickname, String phone, Geolocation geolocation,
                         List<String> segments, long createdAt) {
}
