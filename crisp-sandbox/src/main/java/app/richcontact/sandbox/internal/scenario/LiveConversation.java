package app.richcontact.sandbox.internal.scenario;

import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.ConversationSnapshot;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.internal.world.Session;
import java.util.concurrent.CompletableFuture;

/** The handle of a conversation started by the scenario driver. */
record LiveConversation(Session session, SessionEvents events, CompletableFuture<Void> started) implements Conversation {

    @Override
    public String websiteId() {
        return session.websiteId();
    }

    @Override
    public String sessionId() {
        return session.id();
    }

    @Override
    public Conversation visitorMessage(String content) {
        events.visitorMessage(content);
        return this;
    }

    @Override
    public Conversation operatorMessage(String content) {
        events.operatorMessage(content);
        return this;
    }

    @Override
    public Conversation setPhone(String phone) {
        events.phone(phone);
        return this;
    }

    @Override
    public Conversation setEmail(String email) {
        events.email(email);
        return this;
    }

    @Override
    public Conversation setNickname(String nickname) {
        events.nickname(nickname);
        return this;
    }

    @Override
    public Conversation syncGeolocation(Geolocation geolocation) {
        events.geolocation(geolocation);
        return this;
    }

    @Override
    public Conversation bindPeople(String peopleId) {
        events.bindPeople(peopleId);
        return this;
    }

    @Override
    public Conversation requestInitiated() {
        events.requestInitiated();
        return this;
    }

    @Override
    public ConversationSnapshot snapshot() {
        return Snapshots.of(session);
    }
}
