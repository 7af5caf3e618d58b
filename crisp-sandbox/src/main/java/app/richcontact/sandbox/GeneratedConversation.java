package app.richcontact.sandbox;

/**
 * One conversation the traffic generator started.
 *
 * @param websiteId the website
 * @param sessionId the session
 * @param kind what it is, for computing expected contacts
 * @param origin the origin ({@code urn:…}, {@code chat} or {@code email})
 * @param phone the visitor's phone as sent, or null
 * @param email the visitor's email, or null (for {@link ConversationKind#LATE_EMAIL}, the one given later)
 * @param startedAt epoch milliseconds
 */
public record GeneratedConversation(String websiteId, String sessionId, ConversationKind kind, String origin,
                                    String phone, String email, long startedAt) {
}
