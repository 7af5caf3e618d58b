package app.richcontact.sandbox;

import java.util.concurrent.CompletableFuture;

/**
 * A live conversation started by {@link Scenario#startConversation}. Follow-up methods emit
 * their event at once; call them after {@link #started()} completes when order matters.
 */
public interface Conversation {

    String websiteId();

    String sessionId();

    /** Completes when every event of the scripted start has been emitted. */
    CompletableFuture<Void> started();

    /** The visitor writes again ({@code message:send}). */
    Conversation visitorMessage(String content);

    /** An operator answers ({@code message:received}). */
    Conversation operatorMessage(String content);

    /** {@code session:set_phone}. */
    Conversation setPhone(String phone);

    /** {@code session:set_email}, then a native profile and {@code people:bind:session} if that switch is on. */
    Conversation setEmail(String email);

    /** {@code session:set_nickname}. */
    Conversation setNickname(String nickname);

    /** {@code session:sync:geolocation}. */
    Conversation syncGeolocation(Geolocation geolocation);

    /** Links a CRM profile to the session ({@code people:bind:session}). */
    Conversation bindPeople(String peopleId);

    /** {@code session:request:initiated}. */
    Conversation requestInitiated();

    /** What Crisp knows of the conversation now. */
    ConversationSnapshot snapshot();
}
