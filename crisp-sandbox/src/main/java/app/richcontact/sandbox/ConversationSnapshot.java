package app.richcontact.sandbox;

/**
 * What Crisp knows of one conversation at one moment.
 *
 * @param websiteId the website
 * @param sessionId the session
 * @param origin where the visitor writes from
 * @param nickname or null
 * @param email or null
 * @param phone or null
 * @param geolocation or null
 * @param peopleId the linked CRM profile, or null
 * @param createdAt epoch milliseconds
 * @param updatedAt epoch milliseconds
 * @param visitorMessages how many {@code message:send} the visitor sent
 */
public record ConversationSnapshot(String websiteId, String sessionId, String origin, String nickname, String email,
                                   String phone, Geolocation geolocation, String peopleId, long createdAt,
                                   long updatedAt, int visitorMessages) {
}
